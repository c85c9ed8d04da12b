package org.babysteps.reporting.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.delivery.DeliveryCounts;
import org.babysteps.delivery.DeliveryPeriods;
import org.babysteps.family.Families;
import org.babysteps.family.ReferralActivity;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.EvidencePack;
import org.babysteps.reporting.EvidencePacks;
import org.babysteps.reporting.ReportingPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a report's figures from the records: the evidence pack of its site and period, reach charts, and each
 * questionnaire's outcomes beside all sites'. Reading it is allowed exactly when {@link EvaluationReports#find} is.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReportBuilder {

    static final OutcomeComparison COMPARISON = OutcomeComparison.TO_END_OF_PROGRAMME;

    private final EvaluationReports reports;
    private final EvidencePacks packs;
    private final Families families;
    private final DeliveryPeriods delivery;
    private final OutcomeAnalyses outcomes;

    EvaluationReportBuilder(EvaluationReports reports, EvidencePacks packs, Families families, DeliveryPeriods delivery,
                            OutcomeAnalyses outcomes) {
        this.reports = reports;
        this.packs = packs;
        this.families = families;
        this.delivery = delivery;
        this.outcomes = outcomes;
    }

    public EvaluationReportContent build(UUID reportId) {
        EvaluationReportRecord report = reports.find(reportId); // 404 for anyone who may not read it
        EvidencePack pack = packs.forSite(report.site(), report.period());
        ReportingPeriod period = pack.period();
        ReferralActivity activity = families.activity(report.site(), period.from(), period.to());
        DeliveryCounts counts = delivery.counts(report.site(), period.from(), period.to());
        List<BarChart> reach = List.of(ReachCharts.funnel(activity, counts),
                ReachCharts.reachedByFactor(activity.enrolledByFactor()));
        return new EvaluationReportContent(report, pack, reach, outcomeSections(report, period),
                MethodsNote.of(period, COMPARISON), Instant.now());
    }

    /**
     * The instruments with pairs at the site, each beside all sites. Every other site's own analysis is read only to decide
     * what of the all-sites line may be shown; it is asked just before the all-sites line of the same instrument, so
     * the one read of all sites' pairs serves both (the request keeps its last read, not every instrument's, since
     * at national scale each is hundreds of thousands of pairs).
     */
    private List<OutcomeSection> outcomeSections(EvaluationReportRecord report, ReportingPeriod period) {
        List<OutcomeAnalysis> own = outcomes.analyseEach(OutcomeScope.site(report.site()), period.from(), period.to(),
                COMPARISON);
        List<OutcomeSection> sections = new ArrayList<>();
        for (OutcomeAnalysis analysis : own) {
            if (!analysis.hasPairs()) {
                continue;
            }
            String code = analysis.instrument().code();
            Map<SiteId, OutcomeAnalysis> everySite = outcomes.analyseAcrossAllSitesBySite(period.from(), period.to(),
                    code, COMPARISON);
            OutcomeAnalysis allSites = outcomes.analyseAcrossAllSites(period.from(), period.to(), code, COMPARISON);
            // the report's own site is known to its staff exactly, so it is passed as itself, not among the others
            List<OutcomeAnalysis> otherSites = everySite.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals(report.site())).map(Map.Entry::getValue).toList();
            sections.add(OutcomeSection.of(analysis, allSites, otherSites));
        }
        return sections;
    }
}
