package org.babysteps.site.readiness;

import java.util.List;
import java.util.Optional;

/** A version of a readiness assessment: criteria in sections, each with guidance. Loaded from data files. */
public record ReadinessTemplate(String code, int version, String programme, String title, List<Section> sections) {

    public ReadinessTemplate {
        sections = List.copyOf(sections);
    }

    public record Section(String code, String title, List<Criterion> criteria) {
        public Section {
            criteria = List.copyOf(criteria);
        }
    }

    /** @param link another page the criterion is about ("steering-group"), or null */
    public record Criterion(String code, String title, String guidance, String link) {
    }

    public List<Criterion> criteria() {
        return sections.stream().flatMap(section -> section.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }
}
