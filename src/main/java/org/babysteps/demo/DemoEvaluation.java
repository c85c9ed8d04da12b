package org.babysteps.demo;

import java.util.Map;
import java.util.UUID;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.evaluation.EvaluationReportRecord;
import org.babysteps.reporting.evaluation.EvaluationReports;
import org.babysteps.reporting.evaluation.NarrativeSection;
import org.springframework.stereotype.Component;

/**
 * Demo local evaluation reports, written through the reports service as each site's lead: north's report for the
 * last 12 months with its narrative, shared with its commissioner; south's a draft its commissioner cannot see.
 */
@Component
class DemoEvaluation {

    private final EvaluationReports reports;

    DemoEvaluation(EvaluationReports reports) {
        this.reports = reports;
    }

    void seed(DemoSites.Seeded seeded) {
        ReportingPeriod lastYear = ReportingPeriod.lastTwelveMonths(UkTime.today());
        SiteId north = seeded.sites().get("north");
        DemoPerson.as(seeded.accounts().get("lead@north.demo"), "lead@north.demo", "Nia North-Lead (demo)",
                Role.SITE_LEAD, north, () -> {
                    UUID id = reports.start(north, "Baby Steps in Northshire: report for the ICB", lastYear);
                    reports.saveNarrative(id, 0, Map.of(
                            NarrativeSection.CONTEXT, "Baby Steps is delivered in Northshire by the community midwifery"
                                    + " team and the children's centres together. This report covers our first full year"
                                    + " of delivery under licence, for the integrated care board's funding review.",
                            NarrativeSection.WENT_WELL, "Co-facilitation held up: midwives and family support workers"
                                    + " ran every session together. Parents valued meeting others due at the same time.",
                            NarrativeSection.CHALLENGES, "Transport to the Tuesday venue was hard for families outside"
                                    + " the town. We moved one group to an evening slot and now offer taxi vouchers.",
                            NarrativeSection.NEXT_STEPS, "Train two more facilitators in the spring so that a third"
                                    + " group can run, and keep funding in place beyond the current stream."));
                    EvaluationReportRecord saved = reports.find(id);
                    reports.share(id, saved.version());
                    return id;
                });
        SiteId south = seeded.sites().get("south");
        DemoPerson.as(seeded.accounts().get("lead@south.demo"), "lead@south.demo", "Sam South-Lead (demo)",
                Role.SITE_LEAD, south, () -> reports.start(south, "Southmoor: year one (draft)", lastYear));
    }
}
