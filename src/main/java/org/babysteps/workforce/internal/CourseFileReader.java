package org.babysteps.workforce.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.babysteps.workforce.CourseDefinition;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one course file, or refuses it with every problem found. Strict like the programme files: a misspelt or
 * repeated field is an error, because silently ignoring it would change who counts as trained.
 */
final class CourseFileReader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Predicate<String> programmeExists;

    /** @param programmeExists whether a programme id names a loaded programme */
    CourseFileReader(Predicate<String> programmeExists) {
        this.programmeExists = programmeExists;
    }

    CourseDefinition read(Resource resource) {
        String location = location(resource);
        CourseFile file;
        try (JsonParser parser = yaml.createParser(resource.getContentAsByteArray())) {
            file = parser.nextToken() == null ? null : yaml.readValue(parser, CourseFile.class);
        } catch (JacksonException unreadable) {
            throw new InvalidCourseFileException(location, explain(unreadable), unreadable);
        } catch (IOException unreadable) {
            throw new InvalidCourseFileException(location, "it cannot be read: " + unreadable.getMessage(), unreadable);
        }
        List<String> problems = CourseFileValidator.problems(file, programmeExists);
        if (!problems.isEmpty()) {
            throw new InvalidCourseFileException(location, problems);
        }
        return file.toDefinition();
    }

    static String location(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException noUrl) {
            return resource.getDescription();
        }
    }

    private static String explain(JacksonException problem) {
        String path = problem.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "item " + (ref.getIndex() + 1))
                .collect(Collectors.joining(" > "));
        TokenStreamLocation where = problem.getLocation();
        String line = where == null || where.getLineNr() < 1 ? "" : "line " + where.getLineNr();
        String prefix = path.isEmpty() ? line : line.isEmpty() ? path : path + ", " + line;
        prefix = prefix.isEmpty() ? "" : prefix + ": ";
        if (problem instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return prefix + "unknown field '" + unknown.getPropertyName() + "' (expected one of: " + known + ")";
        }
        return prefix + problem.getOriginalMessage();
    }
}
