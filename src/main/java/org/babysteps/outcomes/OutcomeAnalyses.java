package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.babysteps.platform.SiteId;

/**
 * Pre/post analysis of completed questionnaires for a scope and a period, limited to the caller's sites.
 * Results are raw; what is shown beyond a site goes through {@link OutcomeFigures} or {@link PairedSentences}
 * with {@link PairedAudience#BEYOND_THE_SITE}.
 */
public interface OutcomeAnalyses {

    /**
     * One instrument.
     *
     * @param from first day on which a pair's later score may have been completed, or null for no limit
     * @param to   last such day
     * @throws org.babysteps.platform.NotFoundException for an instrument code with no file
     */
    OutcomeAnalysis analyse(OutcomeScope scope, LocalDate from, LocalDate to, String instrumentCode,
                            OutcomeComparison comparison);

    /** Every instrument with a file, by name. */
    List<OutcomeAnalysis> analyseEach(OutcomeScope scope, LocalDate from, LocalDate to, OutcomeComparison comparison);

    /** One instrument across every visible site, each site analysed on its own, in no particular order. */
    Map<SiteId, OutcomeAnalysis> analyseBySite(LocalDate from, LocalDate to, String instrumentCode,
                                               OutcomeComparison comparison);

    /**
     * One instrument across all sites together, whatever sites the caller may see: the benchmark a site's report
     * compares itself with. Only aggregates leave it; show them as beyond the site ({@link PairedAudience#BEYOND_THE_SITE}).
     *
     * @throws org.babysteps.platform.NotFoundException for an instrument code with no file
     */
    OutcomeAnalysis analyseAcrossAllSites(LocalDate from, LocalDate to, String instrumentCode,
                                          OutcomeComparison comparison);

    /**
     * One instrument at every site, each on its own, whatever sites the caller may see: only to decide what of the
     * all-sites line may be shown without giving a small site away by subtraction (the sites' own figures are what a
     * reader could take away from it). Never show these figures to a caller who may not see the site. Asked just
     * before {@link #analyseAcrossAllSites(LocalDate, LocalDate, String, OutcomeComparison)} for the same instrument
     * and period within a web request, both are worked out from one read.
     */
    Map<SiteId, OutcomeAnalysis> analyseAcrossAllSitesBySite(LocalDate from, LocalDate to, String instrumentCode,
                                                             OutcomeComparison comparison);
}
