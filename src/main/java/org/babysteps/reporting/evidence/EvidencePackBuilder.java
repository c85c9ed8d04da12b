package org.babysteps.reporting.evidence;

import static org.babysteps.reporting.evidence.SmallNumbers.count;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.delivery.DeliveryCounts;
import org.babysteps.delivery.DeliveryPeriods;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.FinishedPlace;
import org.babysteps.family.Families;
import org.babysteps.family.ReferralActivity;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.platform.SiteId;
import org.babysteps.site.AdaptationSummary;
import org.babysteps.site.Adaptations;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.EvidencePack;
import org.babysteps.reporting.EvidencePack.Figure;
import org.babysteps.reporting.EvidencePack.Section;
import org.babysteps.reporting.EvidencePacks;
import org.babysteps.reporting.LicenceCompliance;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.SiteCompliance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a site's evidence pack from counts only; every count of families goes through {@link SmallNumbers}. */
@Service
@Transactional(readOnly = true)
class EvidencePackBuilder implements EvidencePacks {

    private final LicenceCompliance compliance;
    private final Families families;
    private final DeliveryPeriods delivery;
    private final Adaptations adaptations;
    private final OutcomeAnalyses outcomes;

    EvidencePackBuilder(LicenceCompliance compliance, Families families, DeliveryPeriods delivery,
                        Adaptations adaptations, OutcomeAnalyses outcomes) {
        this.adaptations = adaptations;
        this.outcomes = outcomes;
        this.compliance = compliance;
        this.families = families;
        this.delivery = delivery;
    }

    @Override
    public EvidencePack forSite(SiteId site, ReportingPeriod asked) {
        SiteCompliance fidelity = compliance.forSite(site, asked); // 404 for a site the caller may not see
        ReportingPeriod period = fidelity.period();
        DeliveryCounts counts = delivery.counts(site, period.from(), period.to());
        ReferralActivity activity = families.activity(site, period.from(), period.to());
        return new EvidencePack(site, fidelity.siteName(), period, reach(activity, counts, period),
                delivery(counts, delivery.finishedPlaces(site, period.from(), period.to()), period),
                fidelity(fidelity), adaptations(adaptations.approvedDuring(site, period.from(), period.to())),
                OutcomesEvidence.of(outcomes.analyseEach(OutcomeScope.site(site), period.from(), period.to(),
                        OutcomeComparison.TO_END_OF_PROGRAMME), period),
                fidelity.overall());
    }

    private static Section reach(ReferralActivity a, DeliveryCounts counts, ReportingPeriod period) {
        String summary = "From " + period.label() + ", " + count(a.referred()) + " families were referred and "
                + count(a.eligible()) + " of them were eligible; " + count(a.enrolled()) + " enrolled in a group, "
                + count(counts.familiesStarted()) + " started attending and " + count(a.completed())
                + " completed the programme.";
        List<Figure> figures = new ArrayList<>(List.of(new Figure("Referred", count(a.referred())),
                new Figure("Eligible (referred and not found ineligible)", count(a.eligible())),
                new Figure("Enrolled in a group", count(a.enrolled())),
                new Figure("Started (first group session attended)", count(counts.familiesStarted())),
                new Figure("Completed the programme", count(a.completed()))));
        a.referredByFactor().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> figures.add(new Figure("Referred with: " + e.getKey(), count(e.getValue()))));
        a.enrolledByFactor().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> figures.add(new Figure("Reached (enrolled in a group) with: " + e.getKey(), count(e.getValue()))));
        return new Section(summary, figures);
    }

    private static Section delivery(DeliveryCounts c, List<FinishedPlace> finished, ReportingPeriod period) {
        long completed = finished.stream().filter(p -> p.status() == EnrolmentStatus.COMPLETED).count();
        String attendance = c.attendanceRate() == null ? "no data" : Math.round(100 * c.attendanceRate()) + "%";
        String completion = SmallNumbers.percent(completed, finished.size());
        String summary = c.groupsRun() + (c.groupsRun() == 1 ? " group" : " groups") + " ran from " + period.label()
                + ", delivering " + c.sessionsDelivered() + " of the " + c.sessionsScheduled() + " group sessions dated in "
                + "the period (" + c.sessionsCancelled() + " cancelled). Attendance at delivered sessions: " + attendance
                + " of expected places. Completion in groups that finished in the period: " + completion + ".";
        return new Section(summary, List.of(new Figure("Groups that ran", Integer.toString(c.groupsRun())),
                new Figure("Group sessions delivered", Integer.toString(c.sessionsDelivered())),
                new Figure("Group sessions dated in the period", Integer.toString(c.sessionsScheduled())),
                new Figure("Group sessions cancelled", Integer.toString(c.sessionsCancelled())),
                new Figure("Average attendance (parents and supporters present of those expected)", attendance),
                new Figure("Families in groups that finished in the period", count(finished.size())),
                new Figure("Completion rate in those groups", completion)));
    }

    private static Section fidelity(SiteCompliance c) {
        String summary = "Overall, the licence conditions were " + c.overall().label().toLowerCase(java.util.Locale.UK)
                + " for " + c.period().label() + " (the worst of the conditions below).";
        return new Section(summary, c.conditions().stream().map(r -> new Figure(r.condition().title(), line(r))).toList());
    }

    /**
     * Approved adaptations that applied during the period, even those ended since: commissioners should know where
     * the delivery they are judging differed from the model.
     */
    private static Section adaptations(List<AdaptationSummary> approved) {
        if (approved.isEmpty()) {
            return new Section("The site delivered the programme as written: no local adaptation applied during this period.",
                    List.of());
        }
        String summary = approved.size() + (approved.size() == 1 ? " local adaptation" : " local adaptations")
                + " agreed with the licensor applied during this period.";
        return new Section(summary, approved.stream().map(a -> new Figure(a.componentTitle()
                + (a.touchesCore() ? " (core component)" : ""), a.what() + " From " + ReportingPeriod.day(a.from())
                + (a.until() == null ? ", no end date." : " to " + ReportingPeriod.day(a.until()) + "."))).toList());
    }

    /** Status and figure; counts of families suppressed when small. */
    private static String line(ConditionResult r) {
        if (r.total() == 0) {
            return r.status().label() + ": nothing to count in the period";
        }
        String figure = r.aboutFamilies()
                ? count(r.compliant()) + " of " + count(r.total()) + " " + r.unit()
                : r.compliant() + " of " + r.total() + " " + r.unit();
        return r.status().label() + ": " + figure;
    }
}
