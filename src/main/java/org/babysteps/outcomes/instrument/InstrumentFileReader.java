package org.babysteps.outcomes.instrument;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.platform.VersionedDataFiles;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one instrument file into a definition, or refuses it with every problem found, each naming the file and
 * line. Strict on purpose: a misspelt or repeated field is an error, because ignoring it would change a score.
 */
final class InstrumentFileReader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    InstrumentDefinition read(Resource resource) {
        String location = VersionedDataFiles.location(resource);
        String fileName = location.substring(location.lastIndexOf('/') + 1);
        byte[] content;
        InstrumentFile file;
        try {
            content = resource.getContentAsByteArray();
        } catch (IOException unreadable) {
            throw new InvalidInstrumentFileException(location, "it cannot be read: " + unreadable.getMessage(), unreadable);
        }
        try (JsonParser parser = yaml.createParser(content)) {
            // a file of nothing but comments has no first token: say "empty" rather than Jackson's end-of-input
            file = parser.nextToken() == null ? null : yaml.readValue(parser, InstrumentFile.class);
        } catch (JacksonException unreadable) {
            throw new InvalidInstrumentFileException(location, fileName + " " + explain(unreadable, content), unreadable);
        }
        List<Problem> problems = InstrumentFileValidator.problems(file);
        if (file != null && problems.isEmpty() && !fileName.equals(file.code() + ".v" + file.version() + ".yml")) {
            problems.add(Problem.at("/version", "the file declares " + file.code() + " version " + file.version()
                    + ": name it " + file.code() + ".v" + file.version() + ".yml so the two cannot disagree"));
        }
        if (!problems.isEmpty()) {
            YamlLines lines = file == null ? null : YamlLines.of(yaml, content);
            throw new InvalidInstrumentFileException(location, problems.stream()
                    .map(problem -> fileName + " line " + (lines == null ? 1 : lines.lineOf(problem.pointer()))
                            + ": " + problem.message())
                    .toList());
        }
        return file.toDefinition();
    }

    private String explain(JacksonException problem, byte[] content) {
        String line = line(problem, content);
        String path = problem.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "entry " + (ref.getIndex() + 1))
                .collect(Collectors.joining(" > "));
        String where = line + (path.isEmpty() ? "" : path + ": ");
        if (problem instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return where + "unknown field '" + unknown.getPropertyName() + "' (expected one of: " + known + ")";
        }
        return where + problem.getOriginalMessage();
    }

    /**
     * Where the problem is. Jackson reports a record's unknown field only once the whole record is read, at its end,
     * so when the path is known and the YAML itself parses, the field's own line is looked up instead.
     */
    private String line(JacksonException problem, byte[] content) {
        if (problem instanceof DatabindException && !problem.getPath().isEmpty()) {
            String pointer = problem.getPath().stream()
                    .map(ref -> "/" + (ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex()))
                    .collect(Collectors.joining());
            try {
                return "line " + YamlLines.of(yaml, content).lineOf(pointer) + ": ";
            } catch (JacksonException unparseable) {
                // the YAML is broken further on too: fall back to where Jackson stopped
            }
        }
        TokenStreamLocation location = problem.getLocation();
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
    }
}
