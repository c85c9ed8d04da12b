package org.babysteps.delivery;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A venue of the delivery module, referred to by id. */
public record VenueId(UUID value) implements Serializable {

    public VenueId {
        Objects.requireNonNull(value, "venue id");
    }

    public static VenueId random() {
        return new VenueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
