package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.ReferenceSds;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.score.AwaitingLater;
import org.babysteps.outcomes.score.PairedScores;
import org.babysteps.outcomes.score.ScorePair;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;

/**
 * Reads pairs of completed scores through a {@link PairedScores.Reader} (the application's scopes them to the caller's
 * sites) and runs {@link PairedAnalysis} for birth parents, partners and everyone. It remembers the sites whose
 * scores gave a pair or a parent awaiting a later score.
 */
final class OutcomeAnalyser implements OutcomeAnalyses {

    private final PairedScores.Reader pairings;
    private final Instruments instruments;
    private final ReferenceSds referenceSds;
    private final Set<SiteId> sitesRead = new LinkedHashSet<>();

    /** Without all sites' reference SD: an instrument with no published yardstick uses each sample's own spread. */
    OutcomeAnalyser(PairedScores.Reader pairings, Instruments instruments) {
        this(pairings, instruments, code -> Optional.empty());
    }

    OutcomeAnalyser(PairedScores.Reader pairings, Instruments instruments, ReferenceSds referenceSds) {
        this.pairings = pairings;
        this.instruments = instruments;
        this.referenceSds = referenceSds;
    }

    /** Every site whose scores this analyser has read so far, paired or not. */
    Set<SiteId> sitesRead() {
        return Set.copyOf(sitesRead);
    }

    @Override
    public OutcomeAnalysis analyse(OutcomeScope scope, LocalDate from, LocalDate to, String instrumentCode,
                                   OutcomeComparison comparison) {
        InstrumentDefinition newest = instruments.find(instrumentCode).orElseThrow(() -> new NotFoundException("Instrument"));
        return analysis(newest, read(scope, from, to, newest, comparison), comparison, from, to);
    }

    @Override
    public List<OutcomeAnalysis> analyseEach(OutcomeScope scope, LocalDate from, LocalDate to, OutcomeComparison comparison) {
        return instruments.all().stream()
                .map(newest -> analysis(newest, read(scope, from, to, newest, comparison), comparison, from, to))
                .toList();
    }

    @Override
    public Map<SiteId, OutcomeAnalysis> analyseBySite(LocalDate from, LocalDate to, String instrumentCode,
                                                      OutcomeComparison comparison) {
        InstrumentDefinition newest = instruments.find(instrumentCode).orElseThrow(() -> new NotFoundException("Instrument"));
        PairedScores all = read(OutcomeScope.allVisibleSites(), from, to, newest, comparison);
        // one pass over the pairs, not one per site: at national scale that is 500 sites and half a million pairs
        Map<SiteId, List<ScorePair>> pairs = all.pairs().stream()
                .collect(Collectors.groupingBy(ScorePair::site, HashMap::new, Collectors.toList()));
        Map<SiteId, List<AwaitingLater>> awaiting = all.awaiting().stream()
                .collect(Collectors.groupingBy(AwaitingLater::site, HashMap::new, Collectors.toList()));
        Set<SiteId> sites = new HashSet<>(pairs.keySet());
        sites.addAll(awaiting.keySet());
        Map<SiteId, OutcomeAnalysis> bySite = new HashMap<>();
        for (SiteId site : sites) {
            PairedScores own = new PairedScores(pairs.getOrDefault(site, List.of()), awaiting.getOrDefault(site, List.of()));
            bySite.put(site, analysis(newest, own, comparison, from, to));
        }
        return bySite;
    }

    /** Every site the analyser is given the scores of: it is already given only the scores it may read. */
    @Override
    public OutcomeAnalysis analyseAcrossAllSites(LocalDate from, LocalDate to, String instrumentCode,
                                                 OutcomeComparison comparison) {
        return analyse(OutcomeScope.allVisibleSites(), from, to, instrumentCode, comparison);
    }

    @Override
    public Map<SiteId, OutcomeAnalysis> analyseAcrossAllSitesBySite(LocalDate from, LocalDate to, String instrumentCode,
                                                                    OutcomeComparison comparison) {
        return analyseBySite(from, to, instrumentCode, comparison);
    }

    /** Pairs whose later score was completed in the period, and who still awaits one at its end. */
    private PairedScores read(OutcomeScope scope, LocalDate from, LocalDate to, InstrumentDefinition instrument,
                              OutcomeComparison comparison) {
        Objects.requireNonNull(to, "the last day of the period");
        PairedScores read = pairings.pair(new ScoreQuery(scope.site(), scope.families(), instrument.code(),
                Set.of(comparison.baseline(), comparison.later()), null, to), comparison, from, to);
        sitesRead.addAll(read.sites());
        return read;
    }

    private OutcomeAnalysis analysis(InstrumentDefinition newest, PairedScores pairing, OutcomeComparison comparison,
                                     LocalDate from, LocalDate to) {
        // one pass over the pairs (a national read has hundreds of thousands): versions, and each group's scores
        Set<Integer> versions = new HashSet<>();
        Map<ParentGroup, List<PairedScore>> scores = new EnumMap<>(ParentGroup.class);
        Map<ParentGroup, Integer> awaiting = new EnumMap<>(ParentGroup.class);
        for (ParentGroup group : ParentGroup.values()) {
            scores.put(group, new ArrayList<>());
            awaiting.put(group, 0);
        }
        int lastVersion = Integer.MIN_VALUE;
        for (ScorePair pair : pairing.pairs()) {
            if (pair.laterVersion() != lastVersion) {
                lastVersion = pair.laterVersion();
                versions.add(lastVersion);
            }
            PairedScore paired = new PairedScore(pair.baseline(), pair.later());
            for (ParentGroup group : ParentGroup.values()) {
                if (group.includes(pair.role())) {
                    scores.get(group).add(paired);
                }
            }
        }
        for (AwaitingLater parents : pairing.awaiting()) {
            for (ParentGroup group : ParentGroup.values()) {
                if (group.includes(parents.role())) {
                    awaiting.merge(group, parents.parents(), Integer::sum);
                }
            }
        }
        // the facts of the newest version among the later scores; a version no longer loaded falls back to the newest file
        InstrumentDefinition used = versions.stream().max(Integer::compare)
                .flatMap(version -> instruments.find(newest.code(), version)).orElse(newest);
        PairedInstrumentFacts facts = PairedInstrumentFacts.of(used, referenceSds::latest);
        List<GroupOutcome> groups = Arrays.stream(ParentGroup.values()).map(group -> new GroupOutcome(group,
                PairedAnalysis.of(scores.get(group), facts), awaiting.get(group))).toList();
        return new OutcomeAnalysis(used, comparison, from, to, groups, versions);
    }
}
