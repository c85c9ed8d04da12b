package org.babysteps.family;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One recorded consent: a purpose, given on a date, perhaps later withdrawn. */
public record ConsentId(UUID value) implements Serializable {

    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
