package org.babysteps.delivery;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A group of the delivery module, referred to by id. */
public record GroupId(UUID value) implements Serializable {

    public GroupId {
        Objects.requireNonNull(value, "group id");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
