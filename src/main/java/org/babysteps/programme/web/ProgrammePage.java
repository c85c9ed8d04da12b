package org.babysteps.programme.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.babysteps.programme.AgencyTypeNames;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.Phase;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Theme;

/**
 * A programme as its page shows it: the curriculum in order and the rules in plain English, worked out here so
 * the template only places words.
 */
public record ProgrammePage(ProgrammeDefinition programme, List<Step> steps, List<ThemeCoverage> themes,
                     String groupSize, String gestation, List<String> completionVisits, String completionSessions,
                     String coFacilitation, String training) {

    /** One row of the curriculum table. */
    public record Step(int number, String title, String kind, String phase, String when, List<String> themes,
                boolean talkAndListenTime) {
    }

    /** A theme and the contacts that cover it. */
    public record ThemeCoverage(String title, List<String> coveredBy) {
    }

    static ProgrammePage of(ProgrammeDefinition programme) {
        Map<String, String> themeTitles = programme.themes().stream()
                .collect(Collectors.toMap(Theme::code, Theme::title));
        List<ContactDefinition> contacts = programme.contacts();
        List<Step> steps = IntStream.range(0, contacts.size())
                .mapToObj(i -> step(i + 1, contacts.get(i), themeTitles)).toList();
        List<ThemeCoverage> themes = programme.themes().stream()
                .map(theme -> new ThemeCoverage(theme.title(), contacts.stream()
                        .filter(contact -> contact.themeCodes().contains(theme.code()))
                        .map(ContactDefinition::title).toList()))
                .toList();
        var rules = programme.groupRules();
        var completion = programme.completion();
        var coFacilitation = programme.coFacilitation();
        return new ProgrammePage(programme, steps, themes,
                "Up to " + (rules.maxFamilies() == 1 ? "1 family" : rules.maxFamilies() + " families")
                        + ". Families referred to a full group go on its waiting list.",
                rules.minGestationWeeksAtStart() + " to " + rules.maxGestationWeeksAtStart()
                        + " weeks pregnant at the group's first session, worked out from the expected date of delivery.",
                programme.homeVisits().stream().filter(visit -> completion.requiredVisitCodes().contains(visit.code()))
                        .map(ContactDefinition::title).toList(),
                "At least " + completion.minimumGroupSessions() + " of the " + programme.groupSessions().size()
                        + " group sessions.",
                "Every group session is run by at least one " + coFacilitation.requiredAgencyTypes().stream()
                        .sorted(AgencyTypeNames.USUAL_ORDER).map(AgencyTypeNames::label)
                        .collect(Collectors.joining(" facilitator and one ")) + " facilitator.",
                coFacilitation.trainedOnly()
                        ? "Only facilitators trained in the programme count."
                        : "Facilitators count whether or not they are trained in the programme.");
    }

    /** "2 home visits and 9 group sessions, in the order a family goes through them". */
    public String curriculumCaption() {
        return count(programme.homeVisits().size(), "home visit") + " and "
                + count(programme.groupSessions().size(), "group session") + ", in the order a family goes through them";
    }

    private static Step step(int number, ContactDefinition contact, Map<String, String> themeTitles) {
        String kind = contact.isGroupSession() ? "Group session " + contact.sessionNumber() : "Home visit";
        String phase = contact.phase() == Phase.ANTENATAL ? "Antenatal" : "Postnatal";
        return new Step(number, contact.title(), kind, phase, when(contact),
                contact.themeCodes().stream().map(themeTitles::get).toList(), contact.talkAndListenTime());
    }

    private static String when(ContactDefinition contact) {
        if (!contact.isGroupSession()) {
            return "Arranged with the family";
        }
        int weeks = contact.weeksAfterStart();
        return switch (weeks) {
            case 0 -> "At the start of the group";
            case 1 -> "1 week after the first session";
            default -> weeks + " weeks after the first session";
        };
    }

    private static String count(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
