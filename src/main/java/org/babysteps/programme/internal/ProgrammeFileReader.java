package org.babysteps.programme.internal;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.babysteps.programme.ProgrammeDefinition;
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
 * Reads one programme file and turns it into a definition, or refuses it with every problem found. Strict on
 * purpose: a misspelt or repeated field is an error, because silently ignoring it would change the rules.
 */
final class ProgrammeFileReader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    ProgrammeDefinition read(Resource resource) {
        String location = location(resource);
        ProgrammeFile file;
        try (JsonParser parser = yaml.createParser(resource.getContentAsByteArray())) {
            // a file of nothing but comments has no first token: say "empty" rather than Jackson's end-of-input
            file = parser.nextToken() == null ? null : yaml.readValue(parser, ProgrammeFile.class);
        } catch (JacksonException unreadable) {
            throw new InvalidProgrammeFileException(location, explain(unreadable), unreadable);
        } catch (IOException unreadable) {
            throw new InvalidProgrammeFileException(location, "it cannot be read: " + unreadable.getMessage(), unreadable);
        }
        List<String> problems = ProgrammeFileValidator.problems(file);
        if (!problems.isEmpty()) {
            throw new InvalidProgrammeFileException(location, problems);
        }
        return file.toDefinition();
    }

    /** The resource's full address, so the message names the file even when two folders hold the same name. */
    static String location(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException noUrl) {
            return resource.getDescription();
        }
    }

    private static String explain(JacksonException problem) {
        String where = where(problem);
        if (problem instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return where + "unknown field '" + unknown.getPropertyName() + "' (expected one of: " + known + ")";
        }
        return where + problem.getOriginalMessage();
    }

    /** "contacts > item 3 > kind, line 40: " from the path Jackson was reading and the place in the file. */
    private static String where(JacksonException problem) {
        String path = problem.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "item " + (ref.getIndex() + 1))
                .collect(Collectors.joining(" > "));
        TokenStreamLocation location = problem.getLocation();
        String line = location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr();
        String both = path.isEmpty() ? line : line.isEmpty() ? path : path + ", " + line;
        return both.isEmpty() ? "" : both + ": ";
    }
}
