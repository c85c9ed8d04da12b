package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.score.AllSitesScores;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Service;

/**
 * The application's {@link OutcomeAnalyses}: runs the plain {@link OutcomeAnalyser} and audits, once per call, one
 * read for each site whose parents' scores went into the figures. Each call gets its own analyser over a recording
 * view of the scores, so concurrent requests never mix up whose sites were read. A query asked again in the same
 * web request is answered from its first read ({@link ReadOncePerRequest}), and audited again for this call.
 */
@Service
class AuditedOutcomeAnalyses implements OutcomeAnalyses {

    static final String RECORD_TYPE = "questionnaire-scores";

    private final CompletedScores scores;
    private final Instruments instruments;
    private final AuditLog auditLog;
    private final AllSitesScores allSites;

    AuditedOutcomeAnalyses(CompletedScores scores, AllSitesScores allSites, Instruments instruments, AuditLog auditLog) {
        this.scores = scores;
        this.allSites = allSites;
        this.instruments = instruments;
        this.auditLog = auditLog;
    }

    @Override
    public OutcomeAnalysis analyse(OutcomeScope scope, LocalDate from, LocalDate to, String instrumentCode,
                                   OutcomeComparison comparison) {
        return audited(analyser -> analyser.analyse(scope, from, to, instrumentCode, comparison),
                detail(scope, from, to, comparison));
    }

    @Override
    public List<OutcomeAnalysis> analyseEach(OutcomeScope scope, LocalDate from, LocalDate to, OutcomeComparison comparison) {
        return audited(analyser -> analyser.analyseEach(scope, from, to, comparison), detail(scope, from, to, comparison));
    }

    @Override
    public Map<SiteId, OutcomeAnalysis> analyseBySite(LocalDate from, LocalDate to, String instrumentCode,
                                                      OutcomeComparison comparison) {
        return audited(analyser -> analyser.analyseBySite(from, to, instrumentCode, comparison),
                detail(OutcomeScope.allVisibleSites(), from, to, comparison));
    }

    @Override
    public List<OutcomeAnalysis> analyseAcrossAllSites(LocalDate from, LocalDate to, OutcomeComparison comparison) {
        return audited(allSites::find, analyser -> analyser.analyseEach(OutcomeScope.allVisibleSites(), from, to, comparison),
                "all-sites comparison, " + detail(OutcomeScope.allVisibleSites(), from, to, comparison));
    }

    private <T> T audited(Function<OutcomeAnalyser, T> analysis, String detail) {
        return audited(scores, analysis, detail);
    }

    private <T> T audited(CompletedScores source, Function<OutcomeAnalyser, T> analysis, String detail) {
        SitesRead read = new SitesRead(new ReadOncePerRequest(source));
        T result = analysis.apply(new OutcomeAnalyser(read, instruments));
        if (!read.sites.isEmpty()) {
            auditLog.recordAll(read.sites.stream()
                    .map(site -> AuditRecord.of(AuditAction.VIEW, RECORD_TYPE, site.value(), site).withDetail(detail))
                    .toList());
        }
        return result;
    }

    private static String detail(OutcomeScope scope, LocalDate from, LocalDate to, OutcomeComparison comparison) {
        String whose = scope.families() == null ? "outcome analysis" : "outcome analysis of " + scope.families().size()
                + " families";
        return whose + ", " + comparison.baseline() + " to " + comparison.later() + ", later scores "
                + (from == null ? "up" : "from " + from) + " to " + to;
    }

    /** The scores as read for one call, remembering the sites they came from. */
    private static final class SitesRead implements CompletedScores {

        private final CompletedScores scores;
        private final Set<SiteId> sites = new LinkedHashSet<>();

        private SitesRead(CompletedScores scores) {
            this.scores = scores;
        }

        @Override
        public List<CompletedScore> find(ScoreQuery query) {
            List<CompletedScore> found = scores.find(query);
            found.forEach(score -> sites.add(score.site()));
            return found;
        }
    }
}
