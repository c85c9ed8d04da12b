package org.babysteps.reporting.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.outcomes.NationalOutcomesCsv.InstrumentTable;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.stereotype.Service;

/**
 * The licensor's outcomes by site, for the page and the CSV alike: per instrument, one row per site with pairs or
 * parents awaiting a later score, then the all-sites row with what would give suppressed sites away hidden. Sites the caller may not see never appear: the analysis
 * reads only the caller's sites.
 */
@Service
public class NationalOutcomes {

    private final OutcomeAnalyses analyses;
    private final Instruments instruments;
    private final Sites sites;

    NationalOutcomes(OutcomeAnalyses analyses, Instruments instruments, Sites sites) {
        this.analyses = analyses;
        this.instruments = instruments;
        this.sites = sites;
    }

    /** @param sort one of {@link NationalOutcomeTable#SORTS} */
    public List<InstrumentTable> tables(ReportingPeriod period, OutcomeComparison comparison, String sort) {
        Map<SiteId, String> names = sites.visibleSites().stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        List<InstrumentTable> tables = new ArrayList<>();
        for (InstrumentDefinition instrument : instruments.all()) {
            Map<SiteId, OutcomeAnalysis> bySite = analyses.analyseBySite(period.from(), period.to(), instrument.code(),
                    comparison);
            OutcomeAnalysis allSites = analyses.analyse(OutcomeScope.allVisibleSites(), period.from(), period.to(),
                    instrument.code(), comparison);
            tables.add(NationalOutcomeTable.table(instrument.name(), NationalOutcomeTable.rows(bySite, names, sort),
                    bySite.values(), allSites));
        }
        return tables;
    }
}
