package org.babysteps.programme.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.platform.VersionedDataFiles;
import org.babysteps.programme.Programmes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every programme definition, every version, read once at start-up from the files at
 * {@code babysteps.programmes.locations} (comma-separated patterns). Any invalid file stops start-up with a
 * message naming it, because a platform running on a misread rule would quietly mis-judge fidelity.
 */
@Component
public class ProgrammeCatalogue implements Programmes {


    private final Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> versions;
    /** "baby-steps v1" to the file it came from, so other modules' start-up checks can name the file. */
    private final Map<String, String> sourceFiles = new ConcurrentHashMap<>();
    private final ProgrammeDefinition defaultProgramme;

    public ProgrammeCatalogue(
            @Value("${babysteps.programmes.locations:classpath*:programmes/*.yml}") String[] locations,
            @Value("${babysteps.programmes.default:baby-steps}") String defaultProgrammeId) {
        this.versions = load(locations, sourceFiles);
        this.defaultProgramme = current(versions, new ProgrammeId(defaultProgrammeId))
                .orElseThrow(() -> new IllegalStateException("The default programme '" + defaultProgrammeId
                        + "' (babysteps.programmes.default) is not among the programmes loaded from "
                        + String.join(", ", locations) + ": " + versions.keySet()));
    }

    @Override
    public Optional<ProgrammeDefinition> find(ProgrammeId id) {
        return current(versions, id);
    }

    @Override
    public Optional<ProgrammeDefinition> find(ProgrammeId id, int version) {
        return Optional.ofNullable(versions.get(id)).map(byVersion -> byVersion.get(version));
    }

    @Override
    public List<ProgrammeDefinition> all() {
        return versions.keySet().stream().map(id -> current(versions, id).orElseThrow())
                .sorted(Comparator.comparing(ProgrammeDefinition::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<ProgrammeDefinition> versions(ProgrammeId id) {
        return Optional.ofNullable(versions.get(id)).map(byVersion -> List.copyOf(byVersion.values())).orElse(List.of());
    }

    @Override
    public Optional<String> sourceFile(ProgrammeId id, int version) {
        return Optional.ofNullable(sourceFiles.get(key(id, version)));
    }

    @Override
    public ProgrammeDefinition defaultProgramme() {
        return defaultProgramme;
    }

    private static Optional<ProgrammeDefinition> current(
            Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> versions, ProgrammeId id) {
        return Optional.ofNullable(versions.get(id)).map(byVersion -> byVersion.lastEntry().getValue());
    }

    private static String key(ProgrammeId id, int version) {
        return id.value() + " v" + version;
    }

    private static Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> load(String[] locations,
                                                                                   Map<String, String> sourceFiles) {
        ProgrammeFileReader reader = new ProgrammeFileReader();
        return VersionedDataFiles.load(locations, new VersionedDataFiles.Kind<>("programme", resource -> {
                    ProgrammeDefinition definition = reader.read(resource);
                    sourceFiles.put(key(definition.id(), definition.version()), VersionedDataFiles.location(resource));
                    return definition;
                },
                ProgrammeDefinition::id, ProgrammeDefinition::version,
                (file, message) -> new InvalidProgrammeFileException(file, List.of(message))));
    }
}
