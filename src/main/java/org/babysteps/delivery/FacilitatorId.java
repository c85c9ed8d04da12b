package org.babysteps.delivery;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A facilitator of the delivery module, referred to by id. */
public record FacilitatorId(UUID value) implements Serializable {

    public FacilitatorId {
        Objects.requireNonNull(value, "facilitator id");
    }

    public static FacilitatorId random() {
        return new FacilitatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
