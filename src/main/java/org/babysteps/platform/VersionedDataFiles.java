package org.babysteps.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loading rules that are data (programme definitions, training courses): every file the configured patterns
 * match, read once each in a stable order, kept by code and version, where two files claiming the same code and
 * version stop start-up with a message naming both.
 */
public final class VersionedDataFiles {

    private static final Logger log = LoggerFactory.getLogger(VersionedDataFiles.class);

    private VersionedDataFiles() {
    }

    /** How one kind of file is read and identified. */
    public record Kind<K, T>(String noun, Function<Resource, T> read, Function<T, K> code, ToIntFunction<T> version,
                             BiFunction<String, String, RuntimeException> invalid) {
    }

    public static <K, T> Map<K, NavigableMap<Integer, T>> load(String[] locations, Kind<K, T> kind) {
        Map<K, NavigableMap<Integer, T>> loaded = new HashMap<>();
        Map<String, String> fileOfVersion = new HashMap<>();
        for (Resource resource : resources(locations, kind.noun()).values()) {
            String file = location(resource);
            T definition = kind.read().apply(resource);
            String key = kind.code().apply(definition) + " version " + kind.version().applyAsInt(definition);
            String earlier = fileOfVersion.putIfAbsent(key, file);
            if (earlier != null) {
                throw kind.invalid().apply(file, kind.noun() + " " + key + " is already defined in " + earlier
                        + ": give the new file the next version number");
            }
            loaded.computeIfAbsent(kind.code().apply(definition), code -> new TreeMap<>())
                    .put(kind.version().applyAsInt(definition), definition);
            log.info("Loaded {} {} from {}", kind.noun(), key, file);
        }
        loaded.replaceAll((code, byVersion) -> Collections.unmodifiableNavigableMap(byVersion));
        return Map.copyOf(loaded);
    }

    /** Where a file came from, as messages name it. */
    public static String location(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException noUrl) {
            return resource.getDescription();
        }
    }

    /** The files the patterns match, each once and in a stable order, whichever patterns overlap. */
    private static Map<String, Resource> resources(String[] locations, String noun) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> byLocation = new TreeMap<>();
        for (String pattern : locations) {
            try {
                for (Resource resource : resolver.getResources(pattern.trim())) {
                    byLocation.putIfAbsent(location(resource), resource);
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot list " + noun + " files at " + pattern, unreadable);
            }
        }
        return byLocation;
    }
}
