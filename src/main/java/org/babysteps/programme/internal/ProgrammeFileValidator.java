package org.babysteps.programme.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.babysteps.programme.internal.ProgrammeFile.ThemeEntry;

/**
 * Checks a programme file for everything that would make it mean something other than its author intended, and
 * says what, in words the author can act on. It returns every problem at once, so one start-up shows them all.
 */
final class ProgrammeFileValidator {

    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,62}";

    private ProgrammeFileValidator() {
    }

    static List<String> problems(ProgrammeFile file) {
        List<String> problems = new ArrayList<>();
        if (file == null) {
            problems.add("the file is empty");
            return problems;
        }
        checkIdentity(file, problems);
        checkThemes(file.themeList(), problems);
        ContactChecks.check(file, problems);
        RuleChecks.check(file, problems);
        LicenceChecks.check(file, problems);
        MeasurementChecks.check(file, problems);
        checkChoices("referralSources", file.referralSources(), true, problems);
        checkChoices("vulnerabilityFactors", file.vulnerabilityFactors(), false, problems);
        return problems;
    }

    private static void checkIdentity(ProgrammeFile file, List<String> problems) {
        if (blank(file.id())) {
            problems.add("id is missing");
        } else if (!file.id().matches(ID_PATTERN)) {
            problems.add("id '" + file.id() + "' must be lower-case words joined by hyphens, e.g. baby-steps");
        }
        if (file.version() == null) {
            problems.add("version is missing");
        } else if (file.version() < 1) {
            problems.add("version is " + file.version() + " but must be 1 or more");
        }
        if (blank(file.name())) {
            problems.add("name is missing");
        }
        if (blank(file.summary())) {
            problems.add("summary is missing");
        }
    }

    private static void checkThemes(List<ThemeEntry> themes, List<String> problems) {
        if (themes.isEmpty()) {
            problems.add("themes is empty: a programme needs at least one theme");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            ThemeEntry theme = themes.get(i);
            if (theme == null || blank(theme.code())) {
                problems.add("theme " + (i + 1) + " has no code");
                continue;
            }
            if (!codes.add(theme.code())) {
                problems.add("theme code '" + theme.code() + "' is used more than once");
            }
            if (blank(theme.title())) {
                problems.add("theme '" + theme.code() + "' has no title");
            }
        }
    }

    private static void checkChoices(String field, List<String> choices, boolean required, List<String> problems) {
        List<String> list = ProgrammeFile.orEmpty(choices);
        if (required && list.isEmpty()) {
            problems.add(field + " is empty: list at least one");
        }
        Set<String> seen = new HashSet<>();
        for (String choice : list) {
            if (blank(choice)) {
                problems.add(field + " has an empty entry");
            } else if (!seen.add(choice.trim().toLowerCase())) {
                problems.add(field + " lists '" + choice.trim() + "' more than once");
            }
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
