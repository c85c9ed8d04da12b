package org.babysteps.programme.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.babysteps.programme.AgencyTypeNames;
import org.babysteps.programme.internal.ProgrammeFile.CoFacilitationEntry;
import org.babysteps.programme.internal.ProgrammeFile.CompletionEntry;
import org.babysteps.programme.internal.ProgrammeFile.ContactEntry;
import org.babysteps.programme.internal.ProgrammeFile.GroupRulesEntry;

/** The rules' checks: group size and gestation range, completion and co-facilitation, each one satisfiable. */
final class RuleChecks {

    /** Gestation in weeks that a group start could sensibly be planned at; outside it is surely a typing error. */
    private static final int EARLIEST_WEEK = 4;
    private static final int LATEST_WEEK = 42;

    private RuleChecks() {
    }

    static void check(ProgrammeFile file, List<String> problems) {
        checkGroupRules(file.groupRules(), problems);
        checkCompletion(file, problems);
        checkCoFacilitation(file.coFacilitation(), problems);
    }

    private static void checkGroupRules(GroupRulesEntry rules, List<String> problems) {
        if (rules == null) {
            problems.add("groupRules is missing");
            return;
        }
        if (rules.maxFamilies() == null) {
            problems.add("groupRules.maxFamilies is missing");
        } else if (rules.maxFamilies() < 1) {
            problems.add("groupRules.maxFamilies is " + rules.maxFamilies() + " but must be at least 1");
        }
        Integer min = rules.minGestationWeeksAtStart();
        Integer max = rules.maxGestationWeeksAtStart();
        checkWeek("groupRules.minGestationWeeksAtStart", min, problems);
        checkWeek("groupRules.maxGestationWeeksAtStart", max, problems);
        if (min != null && max != null && min >= max) {
            problems.add("groupRules.minGestationWeeksAtStart (" + min + ") must be less than"
                    + " groupRules.maxGestationWeeksAtStart (" + max + ")");
        }
    }

    private static void checkWeek(String field, Integer week, List<String> problems) {
        if (week == null) {
            problems.add(field + " is missing");
        } else if (week < EARLIEST_WEEK || week > LATEST_WEEK) {
            problems.add(field + " is " + week + " but must be between " + EARLIEST_WEEK + " and " + LATEST_WEEK
                    + " weeks of pregnancy");
        }
    }

    private static void checkCompletion(ProgrammeFile file, List<String> problems) {
        CompletionEntry completion = file.completion();
        if (completion == null) {
            problems.add("completion is missing");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String code : ProgrammeFile.orEmpty(completion.requiredVisits())) {
            if (!seen.add(code)) {
                problems.add("completion.requiredVisits lists '" + code + "' more than once");
                continue;
            }
            Optional<ContactEntry> contact = file.contactList().stream()
                    .filter(entry -> entry != null && code != null && code.equals(entry.code())).findFirst();
            if (contact.isEmpty()) {
                problems.add("completion.requiredVisits names '" + code + "', which is not a contact of the programme");
            } else if (contact.get().isGroupSession()) {
                problems.add("completion.requiredVisits names '" + code + "', which is a group session, not a home visit");
            }
        }
        int sessions = file.groupSessions().size();
        Integer minimum = completion.minimumGroupSessions();
        if (minimum == null) {
            problems.add("completion.minimumGroupSessions is missing");
        } else if (minimum < 1 || minimum > sessions) {
            problems.add("completion.minimumGroupSessions is " + minimum + " but must be between 1 and " + sessions
                    + " (the number of group sessions)");
        }
    }

    private static void checkCoFacilitation(CoFacilitationEntry rule, List<String> problems) {
        if (rule == null) {
            problems.add("coFacilitation is missing");
            return;
        }
        List<String> types = ProgrammeFile.orEmpty(rule.requiredAgencyTypes());
        if (types.isEmpty()) {
            problems.add("coFacilitation.requiredAgencyTypes is empty: name at least one of " + AgencyTypeNames.KNOWN);
        }
        for (String type : types) {
            if (type == null || !AgencyTypeNames.KNOWN.contains(type)) {
                problems.add("coFacilitation.requiredAgencyTypes names '" + type + "', which is not an agency type ("
                        + String.join(", ", AgencyTypeNames.KNOWN) + ")");
            }
        }
        if (rule.trainedOnly() == null) {
            problems.add("coFacilitation.trainedOnly is missing: say true or false");
        }
    }
}
