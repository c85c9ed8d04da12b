package org.babysteps.workforce.internal;

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
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.CourseDefinition;
import org.babysteps.workforce.Courses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every course definition, every version, read once at start-up from {@code babysteps.courses.locations}. An
 * invalid file, or a course for a programme that is not loaded, stops start-up with a message naming the file.
 */
@Component
public class CourseCatalogue implements Courses {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalogue.class);

    private final Map<String, NavigableMap<Integer, CourseDefinition>> versions;

    public CourseCatalogue(@Value("${babysteps.courses.locations:classpath*:courses/*.yml}") String[] locations,
                           Programmes programmes) {
        this.versions = load(locations, programmes);
    }

    @Override
    public Optional<CourseDefinition> find(String code) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> byVersion.lastEntry().getValue());
    }

    @Override
    public Optional<CourseDefinition> find(String code, int version) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> byVersion.get(version));
    }

    @Override
    public List<CourseDefinition> all() {
        return versions.keySet().stream().map(code -> find(code).orElseThrow())
                .sorted(Comparator.comparing(CourseDefinition::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public List<CourseDefinition> versions(String code) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> List.copyOf(byVersion.values())).orElse(List.of());
    }

    private static Map<String, NavigableMap<Integer, CourseDefinition>> load(String[] locations, Programmes programmes) {
        CourseFileReader reader = new CourseFileReader(id -> programmes.find(new ProgrammeId(id)).isPresent());
        Map<String, NavigableMap<Integer, CourseDefinition>> loaded = new HashMap<>();
        Map<String, String> fileOfVersion = new HashMap<>();
        for (Resource resource : resources(locations).values()) {
            String file = CourseFileReader.location(resource);
            CourseDefinition course = reader.read(resource);
            String key = course.code() + " version " + course.version();
            String earlier = fileOfVersion.putIfAbsent(key, file);
            if (earlier != null) {
                throw new InvalidCourseFileException(file, List.of("course " + key + " is already defined in "
                        + earlier + ": give the new file the next version number"));
            }
            loaded.computeIfAbsent(course.code(), code -> new TreeMap<>()).put(course.version(), course);
            log.info("Loaded course {} from {}", key, file);
        }
        loaded.replaceAll((code, byVersion) -> Collections.unmodifiableNavigableMap(byVersion));
        return Map.copyOf(loaded);
    }

    private static Map<String, Resource> resources(String[] locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> byLocation = new TreeMap<>();
        for (String pattern : locations) {
            try {
                for (Resource resource : resolver.getResources(pattern.trim())) {
                    byLocation.putIfAbsent(CourseFileReader.location(resource), resource);
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot list course files at " + pattern, unreadable);
            }
        }
        return byLocation;
    }
}
