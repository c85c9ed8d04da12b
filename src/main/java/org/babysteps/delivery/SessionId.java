package org.babysteps.delivery;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A session of the delivery module, referred to by id. */
public record SessionId(UUID value) implements Serializable {

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
