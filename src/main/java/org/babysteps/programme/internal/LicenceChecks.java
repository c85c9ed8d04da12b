package org.babysteps.programme.internal;

import static org.babysteps.programme.internal.ProgrammeFileValidator.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.programme.internal.ProgrammeFile.ComponentEntry;
import org.babysteps.programme.internal.ProgrammeFile.LicenceConditionEntry;

/** Checks the parts of a programme file the licence is built from: its components and licence conditions. */
final class LicenceChecks {

    private LicenceChecks() {
    }

    static void check(ProgrammeFile file, List<String> problems) {
        checkComponents(file.componentList(), problems);
        checkConditions(file.licenceConditionList(), problems);
    }

    private static void checkComponents(List<ComponentEntry> components, List<String> problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentEntry component = components.get(i);
            if (component == null || blank(component.code())) {
                problems.add("component " + (i + 1) + " has no code");
                continue;
            }
            if (!codes.add(component.code())) {
                problems.add("component code '" + component.code() + "' is used more than once");
            }
            if (blank(component.title())) {
                problems.add("component '" + component.code() + "' has no title");
            }
            if (component.core() == null) {
                problems.add("component '" + component.code() + "' must say core: true or core: false");
            }
        }
    }

    private static void checkConditions(List<LicenceConditionEntry> conditions, List<String> problems) {
        Set<String> codes = new HashSet<>();
        Set<LicenceConditionType> types = new HashSet<>();
        for (int i = 0; i < conditions.size(); i++) {
            LicenceConditionEntry condition = conditions.get(i);
            if (condition == null || blank(condition.code())) {
                problems.add("licence condition " + (i + 1) + " has no code");
                continue;
            }
            String name = "licence condition '" + condition.code() + "'";
            if (!codes.add(condition.code())) {
                problems.add(name + " is listed more than once");
            }
            if (condition.type() == null) {
                problems.add(name + " has no type (one of " + List.of(LicenceConditionType.values()) + ")");
            } else if (!types.add(condition.type())) {
                problems.add(name + " repeats type " + condition.type() + ": each type may appear once");
            }
            if (blank(condition.title())) {
                problems.add(name + " has no title");
            }
            if (condition.type() == LicenceConditionType.REFLECTIVE_SUPERVISION
                    && (condition.frequencyWeeks() == null || condition.frequencyWeeks() < 1)) {
                problems.add(name + " needs frequencyWeeks of 1 or more");
            }
            checkThresholds(name, condition, problems);
        }
    }

    private static void checkThresholds(String name, LicenceConditionEntry condition, List<String> problems) {
        Integer met = condition.metAtPercent();
        Integer atRisk = condition.atRiskFromPercent();
        if (met == null || atRisk == null) {
            problems.add(name + " needs metAtPercent and atRiskFromPercent");
            return;
        }
        if (met < 1 || met > 100 || atRisk < 0 || atRisk > 100) {
            problems.add(name + " has a percentage outside 0 to 100");
        } else if (atRisk > met) {
            problems.add(name + " has atRiskFromPercent " + atRisk + " above metAtPercent " + met);
        }
    }
}
