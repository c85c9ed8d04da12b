package org.babysteps.family;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A family, referred to by id across modules. */
public record FamilyId(UUID value) implements Serializable {

    public FamilyId {
        Objects.requireNonNull(value, "family id");
    }

    public static FamilyId random() {
        return new FamilyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
