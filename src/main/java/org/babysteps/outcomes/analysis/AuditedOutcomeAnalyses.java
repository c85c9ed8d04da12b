package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.ReferenceSds;
import org.babysteps.outcomes.score.AllSitesScores;
import org.babysteps.outcomes.score.PairedScores;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Service;

/**
 * The application's {@link OutcomeAnalyses}: runs the plain {@link OutcomeAnalyser} and audits, once per call, one
 * read for each site whose parents' scores it read. Each call gets its own analyser, so concurrent requests never mix
 * up whose sites were read. Scores are paired in the database ({@link PairedScores}), and a read asked again in
 * the same web request is answered from its first ({@link ReadOncePerRequest}) and audited again for this call.
 */
@Service
class AuditedOutcomeAnalyses implements OutcomeAnalyses {

    static final String RECORD_TYPE = "questionnaire-scores";

    private final PairedScores.Reader scores;
    private final Instruments instruments;
    private final AuditLog auditLog;
    private final AllSitesScores allSites;
    private final ReferenceSds referenceSds;

    AuditedOutcomeAnalyses(PairedScores.Reader scores, AllSitesScores allSites, Instruments instruments, AuditLog auditLog,
                           ReferenceSds referenceSds) {
        this.scores = scores;
        this.allSites = allSites;
        this.instruments = instruments;
        this.auditLog = auditLog;
        this.referenceSds = referenceSds;
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
    public OutcomeAnalysis analyseAcrossAllSites(LocalDate from, LocalDate to, String instrumentCode,
                                                 OutcomeComparison comparison) {
        return audited(allSitesSource(), analyser -> analyser.analyseAcrossAllSites(from, to, instrumentCode, comparison),
                "all-sites comparison, " + detail(OutcomeScope.allVisibleSites(), from, to, comparison));
    }

    /**
     * The same source as the all-sites line, so the by-site read just before the line's is answered again for it
     * ({@link ReadOncePerRequest} keeps a request's last read of a source). Audited as the line is, each site read.
     */
    @Override
    public Map<SiteId, OutcomeAnalysis> analyseAcrossAllSitesBySite(LocalDate from, LocalDate to, String instrumentCode,
                                                                    OutcomeComparison comparison) {
        return audited(allSitesSource(), analyser -> analyser.analyseBySite(from, to, instrumentCode, comparison),
                "all-sites comparison by site, " + detail(OutcomeScope.allVisibleSites(), from, to, comparison));
    }

    private ReadOncePerRequest allSitesSource() {
        return new ReadOncePerRequest("all-sites", allSites::pair);
    }

    private <T> T audited(Function<OutcomeAnalyser, T> analysis, String detail) {
        return audited(new ReadOncePerRequest("scoped", scores), analysis, detail);
    }

    private <T> T audited(PairedScores.Reader source, Function<OutcomeAnalyser, T> analysis, String detail) {
        OutcomeAnalyser analyser = new OutcomeAnalyser(source, instruments, new RememberedReferenceSds(referenceSds));
        T result = analysis.apply(analyser);
        if (!analyser.sitesRead().isEmpty()) {
            auditLog.recordAll(analyser.sitesRead().stream()
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
}
