package org.babysteps.site.readiness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.babysteps.site.readiness.ReadinessTemplateFile.CriterionEntry;
import org.babysteps.site.readiness.ReadinessTemplateFile.SectionEntry;

/** Every problem in a readiness template file at once, in words its author can act on. */
final class ReadinessTemplateValidator {

    private static final String CODE = "[a-z0-9][a-z0-9-]{0,62}";
    /** Pages a criterion may link to; an unknown name would render a broken link. */
    static final Set<String> LINKS = Set.of("steering-group");

    private ReadinessTemplateValidator() {
    }

    static List<String> problems(ReadinessTemplateFile file, Predicate<String> programmeExists) {
        List<String> problems = new ArrayList<>();
        if (file == null) {
            problems.add("the file is empty");
            return problems;
        }
        code("code", file.code(), problems);
        if (file.version() == null || file.version() < 1) {
            problems.add("version must be 1 or more");
        }
        if (blank(file.programme()) || !programmeExists.test(file.programme())) {
            problems.add("programme '" + file.programme() + "' is not one of the loaded programmes");
        }
        if (blank(file.title())) {
            problems.add("title is missing");
        }
        List<SectionEntry> sections = ReadinessTemplateFile.orEmpty(file.sections());
        if (sections.isEmpty()) {
            problems.add("sections is empty: a template has at least one section");
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionEntry section = sections.get(i);
            String name = "section " + (i + 1);
            if (section == null || blank(section.title())) {
                problems.add(name + " has no title");
                continue;
            }
            if (code(name + " code", section.code(), problems) && !sectionCodes.add(section.code())) {
                problems.add("section code '" + section.code() + "' is used more than once");
            }
            criteria(name, ReadinessTemplateFile.orEmpty(section.criteria()), criterionCodes, problems);
        }
        return problems;
    }

    private static void criteria(String section, List<CriterionEntry> criteria, Set<String> codes, List<String> problems) {
        if (criteria.isEmpty()) {
            problems.add(section + " has no criteria");
        }
        for (int i = 0; i < criteria.size(); i++) {
            CriterionEntry criterion = criteria.get(i);
            String name = section + " criterion " + (i + 1);
            if (criterion == null) {
                problems.add(name + " is empty");
                continue;
            }
            if (code(name + " code", criterion.code(), problems) && !codes.add(criterion.code())) {
                problems.add("criterion code '" + criterion.code() + "' is used more than once");
            }
            if (blank(criterion.title())) {
                problems.add(name + " has no title");
            }
            if (blank(criterion.guidance())) {
                problems.add(name + " has no guidance");
            }
            if (criterion.link() != null && !LINKS.contains(criterion.link())) {
                problems.add(name + " links to '" + criterion.link() + "', which is not one of " + LINKS);
            }
        }
    }

    private static boolean code(String field, String value, List<String> problems) {
        if (blank(value)) {
            problems.add(field + " is missing");
            return false;
        }
        if (!value.matches(CODE)) {
            problems.add(field + " '" + value + "' must be lower-case words joined by hyphens");
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
