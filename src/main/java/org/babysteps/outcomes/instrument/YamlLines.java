package org.babysteps.outcomes.instrument;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * The line each field and list entry of a YAML file starts on, by JSON Pointer ("/items/9/number"). Records read
 * by Jackson forget where they came from, so the file is walked once more as tokens to keep that, and problems
 * found later in the records can still say "line 42".
 */
final class YamlLines {

    private final Map<String, Integer> lineOf;

    private YamlLines(Map<String, Integer> lineOf) {
        this.lineOf = lineOf;
    }

    /** Only for content that has already parsed. */
    static YamlLines of(ObjectMapper yaml, byte[] content) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(content)) {
            while (parser.nextToken() != null) {
                // a field's name token comes before its value, so each pointer keeps the line its key is on
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        }
        return new YamlLines(lines);
    }

    /** The line of the pointer, or of its nearest enclosing entry when it is absent (e.g. a missing field). */
    int lineOf(String pointer) {
        String at = pointer;
        while (!at.isEmpty()) {
            Integer line = lineOf.get(at);
            if (line != null) {
                return line;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return lineOf.getOrDefault("", 1);
    }
}
