package org.babysteps.outcomes.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.platform.VersionedDataFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every instrument, every version, read once at start-up from the files at {@code babysteps.instruments.locations}
 * (comma-separated patterns). Any invalid file stops start-up with its name and line, because a misread instrument
 * would mis-score answers and miss risks.
 */
@Component
public class InstrumentCatalogue implements Instruments {

    private final Map<String, NavigableMap<Integer, InstrumentDefinition>> versions;

    public InstrumentCatalogue(
            @Value("${babysteps.instruments.locations:classpath*:instruments/*.yml}") String[] locations) {
        InstrumentFileReader reader = new InstrumentFileReader();
        this.versions = VersionedDataFiles.load(locations, new VersionedDataFiles.Kind<>("instrument", reader::read,
                InstrumentDefinition::code, InstrumentDefinition::version,
                (file, message) -> new InvalidInstrumentFileException(file, List.of(message))));
    }

    @Override
    public Optional<InstrumentDefinition> find(String code) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> byVersion.lastEntry().getValue());
    }

    @Override
    public Optional<InstrumentDefinition> find(String code, int version) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> byVersion.get(version));
    }

    @Override
    public List<InstrumentDefinition> all() {
        return versions.keySet().stream().map(code -> find(code).orElseThrow())
                .sorted(Comparator.comparing(InstrumentDefinition::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<InstrumentDefinition> versions(String code) {
        return Optional.ofNullable(versions.get(code)).map(byVersion -> List.copyOf(byVersion.values())).orElse(List.of());
    }
}
