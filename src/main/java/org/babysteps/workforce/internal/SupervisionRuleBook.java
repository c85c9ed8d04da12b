package org.babysteps.workforce.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.CapacityAllowances;
import org.babysteps.workforce.SupervisionRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The supervision frequency and capacity allowances of each programme, read once at start-up. A bad file, or
 * none for the default programme, stops start-up with a message naming the file: running with a guessed
 * frequency would report sites as compliant when they are not.
 */
@Component
public class SupervisionRuleBook {

    private static final Logger log = LoggerFactory.getLogger(SupervisionRuleBook.class);

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final SupervisionRulesFile current;

    public SupervisionRuleBook(@Value("${babysteps.supervision.locations:classpath*:supervision/*.yml}") String locations,
                               Programmes programmes) {
        Map<String, SupervisionRulesFile> byProgramme = new HashMap<>();
        for (Resource resource : resources(locations)) {
            String file = resource.getDescription();
            SupervisionRulesFile read = read(resource, file);
            List<String> problems = read == null ? List.of("the file is empty") : read.problems();
            if (problems.isEmpty() && programmes.find(new ProgrammeId(read.programme())).isEmpty()) {
                problems = List.of("programme '" + read.programme() + "' is not one of the loaded programmes");
            }
            if (problems.isEmpty() && byProgramme.putIfAbsent(read.programme(), read) != null) {
                problems = List.of("programme '" + read.programme() + "' already has a supervision file");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Supervision rules file " + file + " is invalid: " + String.join("; ", problems));
            }
            log.info("Loaded supervision rules for {} from {}", read.programme(), file);
        }
        String defaultProgramme = programmes.defaultProgramme().id().value();
        current = byProgramme.get(defaultProgramme);
        if (current == null) {
            throw new IllegalStateException("No supervision rules file for the default programme '" + defaultProgramme
                    + "' in " + locations);
        }
    }

    public SupervisionRules supervision() {
        return current.supervisionRules();
    }

    public CapacityAllowances capacity() {
        return current.capacityAllowances();
    }

    private SupervisionRulesFile read(Resource resource, String file) {
        try {
            byte[] content = resource.getContentAsByteArray();
            return new String(content).isBlank() ? null : yaml.readValue(content, SupervisionRulesFile.class);
        } catch (JacksonException unreadable) {
            throw new IllegalStateException("Supervision rules file " + file + " is invalid: "
                    + unreadable.getOriginalMessage(), unreadable);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read supervision rules file " + file, unreadable);
        }
    }

    private static Resource[] resources(String locations) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(locations.trim());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot list supervision rules files at " + locations, unreadable);
        }
    }
}
