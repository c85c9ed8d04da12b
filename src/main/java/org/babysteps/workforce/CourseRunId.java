package org.babysteps.workforce;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One run of a course, referred to by id. */
public record CourseRunId(UUID value) implements Serializable {

    public CourseRunId {
        Objects.requireNonNull(value, "course run id");
    }

    public static CourseRunId random() {
        return new CourseRunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
