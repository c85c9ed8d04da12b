package org.babysteps.reporting.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.outcomes.NationalOutcomesCsv.InstrumentTable;

/**
 * The licensor's table of one instrument by site, all parents together. Every site's figures are seen beyond that
 * site, so they are suppressed under 5; sorting never orders suppressed sites by their hidden values (that would
 * tell 4 from 3), they keep the order of their names below the shown ones.
 */
public final class NationalOutcomeTable {

    public static final List<String> SORTS = List.of("site", "pairs", "change", "improved");

    static final String ALL_SITES = "All sites";
    private static final OutcomeFigures FIGURES = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE);

    private NationalOutcomeTable() {
    }

    /** @param sort one of {@link #SORTS}; anything else sorts by site name */
    public static List<NationalOutcomeRow> rows(Map<SiteId, OutcomeAnalysis> bySite, Map<SiteId, String> siteNames,
                                                String sort) {
        Comparator<NationalOutcomeRow> byName = Comparator.comparing(NationalOutcomeRow::siteName, String.CASE_INSENSITIVE_ORDER);
        Comparator<NationalOutcomeRow> order = switch (sort == null ? "site" : sort) {
            case "pairs" -> shownFirst(NationalOutcomeRow::shown, Comparator.comparingInt(NationalOutcomeRow::pairs).reversed(), byName);
            case "change" -> shownFirst(NationalOutcomeRow::shown,
                    Comparator.comparingDouble(NationalOutcomeRow::improvement).reversed(), byName);
            case "improved" -> shownFirst(row -> row.improvedPercent() != null,
                    Comparator.comparing(NationalOutcomeRow::improvedPercent).reversed(), byName);
            default -> byName;
        };
        return bySite.entrySet().stream()
                .map(entry -> row(siteNames.getOrDefault(entry.getKey(), "Unknown site"), entry.getValue()))
                .sorted(order).toList();
    }

    /**
     * All sites together, as one table: the sites' rows in the given order, then the all-sites row with whatever in
     * it would give the suppressed sites away by subtraction hidden ({@link AllSitesDisclosure}), and why, in words;
     * then what reliable change was measured against.
     */
    public static InstrumentTable table(String instrumentName, List<NationalOutcomeRow> siteRows,
                                        Collection<OutcomeAnalysis> bySite, OutcomeAnalysis allSites) {
        AllSitesDisclosure.Decision decision = AllSitesDisclosure.decide(bySite.stream()
                .map(site -> AllSitesCounts.of(site.allParents())).toList(), AllSitesCounts.of(allSites.allParents()));
        List<NationalOutcomeRow> rows = new ArrayList<>(siteRows);
        rows.add(allSites(allSites, decision));
        List<String> notes = new ArrayList<>(decision.reasons());
        // which yardstick "reliably improved" used, so a reader can tell whether the sites' percentages compare
        allSites.allParents().result().reliableChange().map(change -> change.yardstick().description())
                .ifPresent(notes::add);
        return new InstrumentTable(instrumentName, rows, notes);
    }

    private static NationalOutcomeRow allSites(OutcomeAnalysis analysis, AllSitesDisclosure.Decision decision) {
        if (!decision.lineShown()) {
            return new NationalOutcomeRow(ALL_SITES, FIGURES.hiddenRow(ALL_SITES, AllSitesDisclosure.LINE_HIDDEN), false,
                    0, 0, null);
        }
        NationalOutcomeRow row = row(ALL_SITES, analysis);
        OutcomeRow f = row.figures();
        // the page and the CSV show "improved" only, but the row carries the rest: hidden alike, for whoever shows it
        String improved = decision.improvedShown() ? f.reliablyImproved() : OutcomeFigures.NOT_SHOWN;
        String unchanged = decision.splitShown() ? f.reliablyUnchanged() : OutcomeFigures.NOT_SHOWN;
        String deteriorated = decision.splitShown() ? f.reliablyDeteriorated() : OutcomeFigures.NOT_SHOWN;
        String clinical = decision.clinicalShown() ? f.clinicallySignificant() : OutcomeFigures.NOT_SHOWN;
        String withoutLater = decision.withoutLaterShown() ? f.withoutLaterScore() : OutcomeFigures.NOT_SHOWN;
        OutcomeRow figures = new OutcomeRow(f.label(), f.pairs(), f.baseline(), f.later(), f.meanChange(),
                f.confidenceInterval(), f.tTestP(), f.signedRankP(), f.effectSize(), improved, unchanged, deteriorated,
                clinical, withoutLater, f.sentence());
        return new NationalOutcomeRow(ALL_SITES, figures, row.shown(), row.pairs(), row.improvement(),
                decision.improvedShown() ? row.improvedPercent() : null);
    }

    private static Comparator<NationalOutcomeRow> shownFirst(Predicate<NationalOutcomeRow> shown,
                                                             Comparator<NationalOutcomeRow> byValue,
                                                             Comparator<NationalOutcomeRow> byName) {
        return Comparator.comparing((NationalOutcomeRow row) -> !shown.test(row))
                .thenComparing((a, b) -> shown.test(a) && shown.test(b) ? byValue.compare(a, b) : 0)
                .thenComparing(byName);
    }

    private static NationalOutcomeRow row(String name, OutcomeAnalysis analysis) {
        GroupOutcome all = analysis.allParents();
        PairedResult result = all.result();
        boolean shown = FIGURES.showsFigures(all);
        if (!shown) {
            return new NationalOutcomeRow(name, FIGURES.row(name, all, analysis.instrument().name()), false, 0, 0, null);
        }
        double mean = result.change().mean().orElse(0);
        double improvement = result.direction() == Direction.HIGHER ? -mean : mean;
        Double improved = result.reliableChange().filter(change -> FIGURES.showsExactly(change.improved(), change.total()))
                .map(PairedReliableChange::improvedPercent).orElse(null);
        return new NationalOutcomeRow(name, FIGURES.row(name, all, analysis.instrument().name()), true, result.n(),
                improvement, improved);
    }
}
