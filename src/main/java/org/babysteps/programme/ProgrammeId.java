package org.babysteps.programme;

import java.io.Serializable;
import java.util.Objects;

/** A programme's stable code, e.g. "baby-steps". */
public record ProgrammeId(String value) implements Serializable {

    public ProgrammeId {
        Objects.requireNonNull(value, "programme id");
        if (!value.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("Programme ids are lower-case words joined by hyphens: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
