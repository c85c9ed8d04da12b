package org.babysteps.workforce.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.babysteps.platform.VersionedDataFiles;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.CourseDefinition;
import org.babysteps.workforce.Courses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every course definition, every version, read once at start-up from {@code babysteps.courses.locations}. An
 * invalid file, or a course for a programme that is not loaded, stops start-up with a message naming the file.
 */
@Component
public class CourseCatalogue implements Courses {


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
        return VersionedDataFiles.load(locations, new VersionedDataFiles.Kind<>("course", reader::read,
                CourseDefinition::code, CourseDefinition::version,
                (file, message) -> new InvalidCourseFileException(file, List.of(message))));
    }
}
