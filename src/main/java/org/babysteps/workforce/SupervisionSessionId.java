package org.babysteps.workforce;

import java.util.Objects;
import java.util.UUID;

/** A reflective supervision session. */
public record SupervisionSessionId(UUID value) {

    public SupervisionSessionId {
        Objects.requireNonNull(value, "supervision session id");
    }

    public static SupervisionSessionId random() {
        return new SupervisionSessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
