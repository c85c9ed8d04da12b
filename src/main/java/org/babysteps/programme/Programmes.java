package org.babysteps.programme;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The programme definitions loaded at start-up: what other modules ask of this one. */
public interface Programmes {

    /** The current version of a programme. */
    Optional<ProgrammeDefinition> find(ProgrammeId id);

    /** A programme at a given version, so records made under an earlier version keep their meaning. */
    Optional<ProgrammeDefinition> find(ProgrammeId id, int version);

    /** Every programme, current versions. */
    List<ProgrammeDefinition> all();

    /** Every version of a programme, oldest first; empty for an unknown programme. */
    default List<ProgrammeDefinition> versions(ProgrammeId id) {
        return find(id).stream()
                .flatMap(current -> IntStream.rangeClosed(1, current.version()).mapToObj(version -> find(id, version)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The file a programme version was read from, for start-up messages about it; empty if not read from a file. */
    default Optional<String> sourceFile(ProgrammeId id, int version) {
        return Optional.empty();
    }

    /** The programme a site delivers by default (Baby Steps), for screens that do not ask. */
    ProgrammeDefinition defaultProgramme();
}
