package org.babysteps.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** An agency (an organisation of a site's partnership, the licensor or a commissioner), referred to by id. */
public record AgencyId(UUID value) implements Serializable {

    public AgencyId {
        Objects.requireNonNull(value, "agency id");
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
