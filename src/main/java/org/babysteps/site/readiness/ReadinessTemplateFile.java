package org.babysteps.site.readiness;

import java.util.List;

/** A readiness template file exactly as written; every field may be missing so the validator can say which. */
record ReadinessTemplateFile(String code, Integer version, String programme, String title, List<SectionEntry> sections) {

    record SectionEntry(String code, String title, List<CriterionEntry> criteria) {
    }

    record CriterionEntry(String code, String title, String guidance, String link) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Only for a file the validator found no problem in. */
    ReadinessTemplate toTemplate() {
        return new ReadinessTemplate(code, version, programme, title.trim(), sections.stream()
                .map(section -> new ReadinessTemplate.Section(section.code(), section.title().trim(), section.criteria().stream()
                        .map(c -> new ReadinessTemplate.Criterion(c.code(), c.title().trim(), c.guidance().trim(), c.link()))
                        .toList()))
                .toList());
    }
}
