package org.babysteps.programme.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every programme definition, every version, read once at start-up from the files at
 * {@code babysteps.programmes.locations} (comma-separated patterns). Any invalid file stops start-up with a
 * message naming it, because a platform running on a misread rule would quietly mis-judge fidelity.
 */
@Component
public class ProgrammeCatalogue implements Programmes {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeCatalogue.class);

    private final Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> versions;
    private final ProgrammeDefinition defaultProgramme;

    public ProgrammeCatalogue(
            @Value("${babysteps.programmes.locations:classpath*:programmes/*.yml}") String[] locations,
            @Value("${babysteps.programmes.default:baby-steps}") String defaultProgrammeId) {
        this.versions = load(locations);
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
    public ProgrammeDefinition defaultProgramme() {
        return defaultProgramme;
    }

    private static Optional<ProgrammeDefinition> current(
            Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> versions, ProgrammeId id) {
        return Optional.ofNullable(versions.get(id)).map(byVersion -> byVersion.lastEntry().getValue());
    }

    private static Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> load(String[] locations) {
        ProgrammeFileReader reader = new ProgrammeFileReader();
        Map<ProgrammeId, NavigableMap<Integer, ProgrammeDefinition>> loaded = new HashMap<>();
        Map<String, String> fileOfVersion = new HashMap<>();
        for (Resource resource : resources(locations).values()) {
            String file = ProgrammeFileReader.location(resource);
            ProgrammeDefinition definition = reader.read(resource);
            String key = definition.id() + " version " + definition.version();
            String earlier = fileOfVersion.putIfAbsent(key, file);
            if (earlier != null) {
                throw new InvalidProgrammeFileException(file, List.of("programme " + key + " is already defined in "
                        + earlier + ": give the new file the next version number"));
            }
            loaded.computeIfAbsent(definition.id(), id -> new TreeMap<>()).put(definition.version(), definition);
            log.info("Loaded programme {} from {}", key, file);
        }
        loaded.replaceAll((id, byVersion) -> Collections.unmodifiableNavigableMap(byVersion));
        return Map.copyOf(loaded);
    }

    /** The files the patterns match, each once and in a stable order, whichever patterns overlap. */
    private static Map<String, Resource> resources(String[] locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> byLocation = new TreeMap<>();
        for (String pattern : locations) {
            try {
                for (Resource resource : resolver.getResources(pattern.trim())) {
                    byLocation.putIfAbsent(ProgrammeFileReader.location(resource), resource);
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot list programme files at " + pattern, unreadable);
            }
        }
        return byLocation;
    }
}
