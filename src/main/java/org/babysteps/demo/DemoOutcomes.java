package org.babysteps.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.babysteps.delivery.Enrolment;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.Group;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.HomeVisitSlot;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentItem;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.Questionnaires;
import org.babysteps.outcomes.ResponseOption;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.AskedInstrument;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.RespondentRole;
import org.babysteps.programme.TimePoint;
import org.springframework.stereotype.Component;

/**
 * Demo questionnaires, entered through the outcomes service so every score is real: baseline, end of antenatal groups
 * and end of programme answers for the parents of every family that completed a finished group (mostly improving,
 * some unchanged, a few worse; generated from a fixed seed and kept below the risk thresholds), the birth parent's
 * baseline EPDS and GAD-7 for the families of north's running group (the rest of their baseline is left due, for
 * the facilitators' home pages), and one EPDS at north whose item 10 answer is a safeguarding risk. Each is dated as
 * if entered from paper on (or up to three days after) its time point's contact: the antenatal home visit, session 6
 * or session 9; never after today.
 */
@Component
class DemoOutcomes {

    private final Questionnaires questionnaires;
    private final Instruments instruments;
    private final Programmes programmes;
    private final GroupQueries groups;
    private final Enrolments enrolments;
    private final Families families;
    private final HomeVisits homeVisits;

    DemoOutcomes(Questionnaires questionnaires, Instruments instruments, Programmes programmes, GroupQueries groups,
                 Enrolments enrolments, Families families, HomeVisits homeVisits) {
        this.homeVisits = homeVisits;
        this.questionnaires = questionnaires;
        this.instruments = instruments;
        this.programmes = programmes;
        this.groups = groups;
        this.enrolments = enrolments;
        this.families = families;
    }

    void seed(DemoSites.Seeded seeded) {
        Random random = new Random(20261130L);
        for (String site : List.of("north", "south", "east")) {
            boolean riskToGive = site.equals("north");
            for (Group group : groups.atSite(seeded.sites().get(site))) {
                boolean finished = group.name().contains("(finished)");
                Map<String, LocalDate> sessionDates = new HashMap<>();
                groups.sessions(group.id()).forEach(s -> sessionDates.put(s.contactCode(), s.plannedDate()));
                for (FamilyId family : families(group, finished)) {
                    Map<String, LocalDate> contacts = new HashMap<>(sessionDates);
                    contacts.put("antenatal-visit", antenatalVisit(family));
                    if (finished) {
                        pairedAnswers(family, contacts, random);
                    } else if (site.equals("north")) {
                        baseline(family, contacts, random, riskToGive);
                        riskToGive = false;
                    }
                }
            }
        }
    }

    private List<FamilyId> families(Group group, boolean finished) {
        EnrolmentStatus wanted = finished ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ENROLLED;
        return enrolments.ofGroup(group.id()).stream()
                .filter(place -> place.status() == wanted || (finished && place.status() == EnrolmentStatus.ENROLLED))
                .map(Enrolment::familyId).toList();
    }

    /**
     * Baseline, end of antenatal groups and end of programme for each parent, with one way of changing per parent and
     * instrument (halfway there at the end of the antenatal groups).
     */
    private void pairedAnswers(FamilyId family, Map<String, LocalDate> contacts, Random random) {
        List<Participant> parents = parents(family);
        for (int index = 0; index < parents.size(); index++) {
            RespondentRole role = index == 0 ? RespondentRole.BIRTH_PARENT : RespondentRole.PARTNER;
            for (AskedInstrument asked : timePoint("baseline").instruments()) {
                if (!asked.isAskedOf(role, parents.size() > 1)) {
                    continue;
                }
                InstrumentDefinition instrument = instruments.find(asked.instrumentCode()).orElseThrow();
                int low = instrument.range().min();
                int high = safeMaximum(instrument);
                int width = high - low;
                // the worse half of the range at baseline, then mostly better, some the same, a few worse
                int before = worseBy(instrument, low, high, (int) Math.round(width * (0.35 + random.nextDouble() * 0.3)));
                double roll = random.nextDouble();
                int change = roll < 0.68 ? -(1 + random.nextInt(Math.max(1, width / 3)))
                        : roll < 0.9 ? random.nextInt(3) - 1 : 1 + random.nextInt(Math.max(1, width / 8));
                int after = clamp(instrument.worse() == Direction.HIGHER ? before + change : before - change, low, high);
                int halfway = before + (after - before) / 2;
                record(family, parents.get(index), role, "baseline", instrument, before, contacts, random);
                record(family, parents.get(index), role, "end-of-antenatal", instrument, halfway, contacts, random);
                record(family, parents.get(index), role, "end-of-programme", instrument, after, contacts, random);
            }
        }
    }

    /**
     * The birth parent's baseline EPDS and GAD-7. For the first family of north's running group (which
     * midwife@north.demo co-facilitates) EPDS item 10 is answered "Hardly ever": a safeguarding risk, so the alert
     * listener raises the demo's one open alert.
     */
    private void baseline(FamilyId family, Map<String, LocalDate> contacts, Random random, boolean selfHarmRisk) {
        List<Participant> parents = parents(family);
        for (String code : List.of("epds", "gad-7")) {
            InstrumentDefinition instrument = instruments.find(code).orElseThrow();
            int total = worseBy(instrument, instrument.range().min(), safeMaximum(instrument), 4 + random.nextInt(4));
            Map<Integer, Integer> answers = answers(instrument, total, random);
            if (selfHarmRisk && code.equals("epds")) {
                answers.put(10, valueScoring(instrument.item(10).orElseThrow(), 1));
            }
            questionnaires.recordCompletedOnPaper(family, parents.get(0).id(), RespondentRole.BIRTH_PARENT, "baseline",
                    code, answers, completedOn("baseline", contacts, random));
        }
    }

    private void record(FamilyId family, Participant parent, RespondentRole role, String timePoint,
                        InstrumentDefinition instrument, int total, Map<String, LocalDate> contacts, Random random) {
        questionnaires.recordCompletedOnPaper(family, parent.id(), role, timePoint, instrument.code(),
                answers(instrument, total, random), completedOn(timePoint, contacts, random));
    }

    /** On the time point's contact or up to three days after (entered from paper), never after today. */
    private LocalDate completedOn(String timePoint, Map<String, LocalDate> contacts, Random random) {
        TimePoint point = timePoint(timePoint);
        LocalDate contact = contacts.get(point.contactCode());
        if (contact == null) {
            throw new IllegalStateException("Demo family has no date for " + point.contactCode());
        }
        LocalDate on = contact.plusWeeks(point.weeksAfterContact()).plusDays(random.nextInt(4));
        return on.isAfter(UkTime.today()) ? UkTime.today() : on;
    }

    private LocalDate antenatalVisit(FamilyId family) {
        return homeVisits.ofFamily(family).stream().filter(slot -> slot.definition().code().equals("antenatal-visit"))
                .filter(HomeVisitSlot::done).map(slot -> slot.visit().doneOn()).findFirst().orElse(null);
    }

    /** Answers whose item scores sum to the total, spread at random, never firing an item risk rule. */
    private static Map<Integer, Integer> answers(InstrumentDefinition instrument, int total, Random random) {
        Map<Integer, Integer> scores = new TreeMap<>();
        List<InstrumentItem> items = instrument.items();
        items.forEach(item -> scores.put(item.number(), minScore(item)));
        int sum = scores.values().stream().mapToInt(Integer::intValue).sum();
        while (sum < total) {
            List<InstrumentItem> room = new ArrayList<>();
            for (InstrumentItem item : items) {
                if (scores.get(item.number()) < ceiling(instrument, item)) {
                    room.add(item);
                }
            }
            if (room.isEmpty()) {
                break;
            }
            InstrumentItem item = room.get(random.nextInt(room.size()));
            scores.merge(item.number(), 1, Integer::sum);
            sum++;
        }
        Map<Integer, Integer> answers = new TreeMap<>();
        items.forEach(item -> answers.put(item.number(), valueScoring(item, scores.get(item.number()))));
        return answers;
    }

    /** The highest total that fires no total risk rule, so the demo raises only the one alert it means to. */
    private static int safeMaximum(InstrumentDefinition instrument) {
        return instrument.riskRules().stream().filter(rule -> rule.kind() == RiskRule.Kind.TOTAL_AT_LEAST)
                .mapToInt(rule -> rule.threshold() - 1).min().orElse(instrument.range().max());
    }

    private static int ceiling(InstrumentDefinition instrument, InstrumentItem item) {
        return instrument.riskRules().stream()
                .filter(rule -> rule.kind() == RiskRule.Kind.ITEM_ABOVE && rule.itemNumber() == item.number())
                .mapToInt(RiskRule::threshold).min().orElse(maxScore(item));
    }

    private static int worseBy(InstrumentDefinition instrument, int low, int high, int distanceFromBest) {
        return clamp(instrument.worse() == Direction.HIGHER ? low + distanceFromBest : high - distanceFromBest, low, high);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    private static int minScore(InstrumentItem item) {
        return item.options().stream().mapToInt(option -> item.score(option.value())).min().orElseThrow();
    }

    private static int maxScore(InstrumentItem item) {
        return item.options().stream().mapToInt(option -> item.score(option.value())).max().orElseThrow();
    }

    private static int valueScoring(InstrumentItem item, int score) {
        return item.options().stream().map(ResponseOption::value).filter(value -> item.score(value) == score)
                .findFirst().orElseThrow();
    }

    private TimePoint timePoint(String code) {
        return programmes.defaultProgramme().timePoint(code).orElseThrow();
    }

    private List<Participant> parents(FamilyId family) {
        return families.participants(List.of(family)).get(family).stream()
                .filter(participant -> participant.role() == ParticipantRole.PARENT).toList();
    }
}
