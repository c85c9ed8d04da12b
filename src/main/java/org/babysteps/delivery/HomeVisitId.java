package org.babysteps.delivery;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A home visit of the delivery module, referred to by id. */
public record HomeVisitId(UUID value) implements Serializable {

    public HomeVisitId {
        Objects.requireNonNull(value, "home visit id");
    }

    public static HomeVisitId random() {
        return new HomeVisitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
