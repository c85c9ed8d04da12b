package org.babysteps.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.site.LicenceAdministration;
import org.babysteps.site.NewLicence;
import org.babysteps.site.NewLicenceCondition;
import org.babysteps.site.ReadinessAssessments;
import org.babysteps.site.ReadinessConditionRequest;
import org.babysteps.site.ReadinessOutcome;
import org.babysteps.site.ReadinessRating;
import org.springframework.stereotype.Component;

/**
 * Readiness and licences at the three demo sites. North: assessed ready with conditions about 20 months ago, then
 * ready about 14 months ago, and licensed for three years from a year ago. South: an assessment under review,
 * with mixed ratings. East: a draft, partly filled in. Each step runs as the demo person who would take it, so the
 * history shows their names.
 */
@Component
class DemoReadinessLicence {

    private static final String NORTH_LEAD = "Nia North-Lead (demo)";
    private static final String MANAGER = "Morgan Manager (demo)";

    private final ReadinessAssessments readiness;
    private final LicenceAdministration licences;
    private DemoSites.Seeded seeded;

    DemoReadinessLicence(ReadinessAssessments readiness, LicenceAdministration licences) {
        this.readiness = readiness;
        this.licences = licences;
    }

    void seed(DemoSites.Seeded seeded) {
        this.seeded = seeded;
        LocalDate today = UkTime.today();
        north(seeded.sites().get("north"), today);
        south(seeded.sites().get("south"), today);
        east(seeded.sites().get("east"), today);
    }

    private void north(SiteId north, LocalDate today) {
        UUID first = as("lead@north.demo", NORTH_LEAD, Role.SITE_LEAD, north, () -> {
            UUID id = readiness.start(north, today.minusMonths(22));
            rate(north, id, "senior-buy-in", ReadinessRating.IN_PLACE, "Letters of support signed by the Director of"
                    + " Children's Services and the Chief Nurse of the NHS trust (demo).");
            readiness.addFile(north, id, "senior-buy-in", "letters-of-support-demo.txt", ("Letters of support (demo):"
                    + " Northshire Council Children's Services and Northshire NHS Foundation Trust commit to release"
                    + " facilitators for training and delivery for three years.\n").getBytes(StandardCharsets.UTF_8));
            rate(north, id, "steering-group", ReadinessRating.IN_PLACE, "Steering group meets every two months (demo).");
            rate(north, id, "recording-and-sharing", ReadinessRating.PARTLY, "Tablets bought; the information sharing"
                    + " protocol is with the trust's information governance lead for signature (demo).");
            rate(north, id, "dpia", ReadinessRating.PARTLY, "Draft DPIA written, not yet signed off (demo).");
            readiness.submit(north, id);
            return id;
        });
        as("manager@licensor.demo", MANAGER, Role.PROGRAMME_MANAGER, null, () -> {
            readiness.comment(north, first, "recording-and-sharing", "The protocol must be signed before any"
                    + " recording at home visits (demo).");
            readiness.decide(north, first, ReadinessOutcome.READY_WITH_CONDITIONS, "Strong senior support and a working"
                    + " steering group; information governance still to finish (demo).", today.minusMonths(20),
                    List.of(new ReadinessConditionRequest("Sign the information sharing protocol and the DPIA",
                            NORTH_LEAD, today.minusMonths(17))));
            return null;
        });
        UUID second = as("lead@north.demo", NORTH_LEAD, Role.SITE_LEAD, north, () -> {
            readiness.markConditionDone(north, first, readiness.conditionIds(north, first).get(0));
            UUID id = readiness.start(north, today.minusMonths(15));
            for (String criterion : List.of("senior-buy-in", "partnership-strength", "organisational-stability",
                    "steering-group", "operational-lead", "facilitator-pairs", "admin-support", "venues-transport",
                    "recording-and-sharing", "dpia", "funding-secured", "local-evaluation")) {
                rate(north, id, criterion, ReadinessRating.IN_PLACE, "In place and recorded in the implementation plan (demo).");
            }
            readiness.submit(north, id);
            return id;
        });
        as("manager@licensor.demo", MANAGER, Role.PROGRAMME_MANAGER, null, () -> {
            readiness.decide(north, second, ReadinessOutcome.READY, "Every criterion in place with evidence; the"
                    + " conditions of the earlier decision are met (demo).", today.minusMonths(14), List.of());
            licences.issue(new NewLicence(north, new ProgrammeId("baby-steps"), today.minusYears(1), null, true,
                    List.of(new NewLicenceCondition("Quarterly call with the licensor",
                            "The operational lead joins a quarterly progress call with the licensor's programme team (demo)."))));
            return null;
        });
    }

    private void south(SiteId south, LocalDate today) {
        as("lead@south.demo", "Sam South-Lead (demo)", Role.SITE_LEAD, south, () -> {
            UUID id = readiness.start(south, today.minusMonths(2));
            rate(south, id, "senior-buy-in", ReadinessRating.IN_PLACE, "Signed letters from both agencies' directors (demo).");
            rate(south, id, "partnership-strength", ReadinessRating.PARTLY, "Referral routes agreed; cost sharing not yet (demo).");
            rate(south, id, "organisational-stability", ReadinessRating.NOT_IN_PLACE, "The health visiting service is"
                    + " being re-procured next year (demo).");
            rate(south, id, "operational-lead", ReadinessRating.IN_PLACE, "Operational lead has two days a week (demo).");
            rate(south, id, "facilitator-pairs", ReadinessRating.PARTLY, null);
            rate(south, id, "funding-secured", ReadinessRating.PARTLY, "Funded for 18 months by Southmoor ICB (demo).");
            readiness.submit(south, id);
            return id;
        });
    }

    private void east(SiteId east, LocalDate today) {
        as("lead@east.demo", "Eli East-Lead (demo)", Role.SITE_LEAD, east, () -> {
            UUID id = readiness.start(east, today.minusWeeks(3));
            rate(east, id, "senior-buy-in", ReadinessRating.PARTLY, "Children's services director supportive; the"
                    + " trust has not replied yet (demo).");
            rate(east, id, "venues-transport", ReadinessRating.IN_PLACE, "Two family hubs with free parking (demo).");
            return id;
        });
    }

    private void rate(SiteId site, UUID assessment, String criterion, ReadinessRating rating, String evidence) {
        readiness.saveCriterion(site, assessment, criterion, 0, rating, evidence);
    }

    /** Runs a step as the demo person who would take it, so the assessment's history names them. */
    private <T> T as(String email, String name, Role role, SiteId site, java.util.function.Supplier<T> work) {
        return DemoPerson.as(seeded.accounts().get(email), email, name, role, site, work);
    }
}
