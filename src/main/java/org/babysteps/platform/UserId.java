package org.babysteps.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A staff account, referred to by id. */
public record UserId(UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
