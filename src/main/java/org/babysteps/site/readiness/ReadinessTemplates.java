package org.babysteps.site.readiness;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.babysteps.platform.VersionedDataFiles;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every readiness template, every version, read once at start-up from {@code babysteps.readiness.locations}. A
 * misspelt field, a repeated code or a missing title stops start-up with a message naming the file.
 */
@Component
public class ReadinessTemplates {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Map<String, NavigableMap<Integer, ReadinessTemplate>> versions;

    ReadinessTemplates(@Value("${babysteps.readiness.locations:classpath*:readiness/*.yml}") String[] locations,
                       Programmes programmes) {
        this.versions = VersionedDataFiles.load(locations, new VersionedDataFiles.Kind<>("readiness template",
                resource -> read(resource, programmes), ReadinessTemplate::code, ReadinessTemplate::version,
                (file, message) -> new InvalidReadinessTemplateException(file, List.of(message))));
    }

    /** The newest template for a programme: what a new assessment is made against. */
    public Optional<ReadinessTemplate> current(ProgrammeId programme) {
        return versions.values().stream().map(NavigableMap::lastEntry).map(Map.Entry::getValue)
                .filter(template -> template.programme().equals(programme.value())).findFirst();
    }

    /** The version an assessment was made against, so old assessments keep their criteria. */
    public ReadinessTemplate get(String code, int version) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> byVersion.get(version))
                .orElseThrow(() -> new IllegalStateException("Readiness template " + code + " v" + version + " is not loaded"));
    }

    private ReadinessTemplate read(Resource resource, Programmes programmes) {
        String location = VersionedDataFiles.location(resource);
        ReadinessTemplateFile file;
        try (JsonParser parser = yaml.createParser(resource.getContentAsByteArray())) {
            file = parser.nextToken() == null ? null : yaml.readValue(parser, ReadinessTemplateFile.class);
        } catch (JacksonException unreadable) {
            throw new InvalidReadinessTemplateException(location, unreadable.getOriginalMessage(), unreadable);
        } catch (IOException unreadable) {
            throw new InvalidReadinessTemplateException(location, "it cannot be read: " + unreadable.getMessage(), unreadable);
        }
        List<String> problems = ReadinessTemplateValidator.problems(file,
                id -> id.matches("[a-z0-9][a-z0-9-]{0,62}") && programmes.find(new ProgrammeId(id)).isPresent());
        if (!problems.isEmpty()) {
            throw new InvalidReadinessTemplateException(location, problems);
        }
        return file.toTemplate();
    }
}
