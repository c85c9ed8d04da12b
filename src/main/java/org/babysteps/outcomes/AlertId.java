package org.babysteps.outcomes;

import java.util.Objects;
import java.util.UUID;

/** A safeguarding alert, referred to by id. */
public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "alert id");
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
