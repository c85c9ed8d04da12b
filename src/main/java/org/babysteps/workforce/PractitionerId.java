package org.babysteps.workforce;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A practitioner, referred to by id across modules. */
public record PractitionerId(UUID value) implements Serializable {

    public PractitionerId {
        Objects.requireNonNull(value, "practitioner id");
    }

    public static PractitionerId random() {
        return new PractitionerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
