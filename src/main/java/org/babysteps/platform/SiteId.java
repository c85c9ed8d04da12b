package org.babysteps.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A site, referred to by id across modules. */
public record SiteId(UUID value) implements Serializable {

    public SiteId {
        Objects.requireNonNull(value, "site id");
    }

    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
