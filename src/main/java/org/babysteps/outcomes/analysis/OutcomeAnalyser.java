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
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
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
import org.babysteps.outcomes.analysis.ScorePairing.Pair;
import org.babysteps.outcomes.analysis.ScorePairing.Pairing;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;

/**
 * Reads completed scores through {@link CompletedScores} (which scopes them to the caller's sites), pairs them and
 * runs {@link PairedAnalysis} for birth parents, partners and everyone. It remembers the sites whose scores it read.
 */
public class OutcomeAnalyser implements OutcomeAnalyses {

    private final Pairings pairings;
    private final Instruments instruments;
    private final ReferenceSds referenceSds;
    private final Set<SiteId> sitesRead = new LinkedHashSet<>();

    /** Without all sites' reference SD: an instrument with no published yardstick uses each sample's own spread. */
    public OutcomeAnalyser(CompletedScores scores, Instruments instruments) {
        this(scores, instruments, code -> Optional.empty());
    }

    public OutcomeAnalyser(CompletedScores scores, Instruments instruments, ReferenceSds referenceSds) {
        this(new ListPairings(scores), instruments, referenceSds);
    }

    OutcomeAnalyser(Pairings pairings, Instruments instruments, ReferenceSds referenceSds) {
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
        Pairing all = read(OutcomeScope.allVisibleSites(), from, to, newest, comparison);
        // one pass over the pairs, not one per site: at national scale that is 500 sites times a million scores
        Map<SiteId, List<Pair>> pairs = all.pairs().stream()
                .collect(Collectors.groupingBy(pair -> pair.later().site(), HashMap::new, Collectors.toList()));
        Map<SiteId, List<CompletedScore>> withoutLater = all.withoutLaterScore().stream()
                .collect(Collectors.groupingBy(CompletedScore::site, HashMap::new, Collectors.toList()));
        Set<SiteId> sites = new HashSet<>(pairs.keySet());
        sites.addAll(withoutLater.keySet());
        Map<SiteId, OutcomeAnalysis> bySite = new HashMap<>();
        for (SiteId site : sites) {
            Pairing own = new Pairing(pairs.getOrDefault(site, List.of()), withoutLater.getOrDefault(site, List.of()));
            bySite.put(site, analysis(newest, own, comparison, from, to));
        }
        return bySite;
    }

    /** The analyser is already given the scores it may read, so "all sites" is simply every site they come from. */
    @Override
    public List<OutcomeAnalysis> analyseAcrossAllSites(LocalDate from, LocalDate to, OutcomeComparison comparison) {
        return analyseEach(OutcomeScope.allVisibleSites(), from, to, comparison);
    }

    /** Both time points' scores up to the end of the period: earlier later scores tell "paired before" from "missing". */
    private Pairing read(OutcomeScope scope, LocalDate from, LocalDate to, InstrumentDefinition instrument,
                         OutcomeComparison comparison) {
        Objects.requireNonNull(to, "the last day of the period");
        PairedRead read = pairings.read(new ScoreQuery(scope.site(), scope.families(), instrument.code(),
                Set.of(comparison.baseline(), comparison.later()), null, to), comparison, from, to);
        sitesRead.addAll(read.sitesRead());
        return read.pairing();
    }

    private OutcomeAnalysis analysis(InstrumentDefinition newest, Pairing pairing, OutcomeComparison comparison,
                                     LocalDate from, LocalDate to) {
        // one pass over the pairs (a national read has hundreds of thousands): versions, and each group's scores in order
        Set<Integer> versions = new HashSet<>();
        Map<ParentGroup, List<PairedScore>> scores = new EnumMap<>(ParentGroup.class);
        Map<ParentGroup, Integer> withoutLater = new EnumMap<>(ParentGroup.class);
        for (ParentGroup group : ParentGroup.values()) {
            scores.put(group, new ArrayList<>());
            withoutLater.put(group, 0);
        }
        int lastVersion = Integer.MIN_VALUE;
        for (Pair pair : pairing.pairs()) {
            if (pair.later().instrumentVersion() != lastVersion) {
                lastVersion = pair.later().instrumentVersion();
                versions.add(lastVersion);
            }
            PairedScore paired = new PairedScore(pair.baseline().total(), pair.later().total());
            for (ParentGroup group : ParentGroup.values()) {
                if (group.includes(pair.baseline().role())) {
                    scores.get(group).add(paired);
                }
            }
        }
        for (CompletedScore baseline : pairing.withoutLaterScore()) {
            for (ParentGroup group : ParentGroup.values()) {
                if (group.includes(baseline.role())) {
                    withoutLater.merge(group, 1, Integer::sum);
                }
            }
        }
        // the facts of the newest version among the later scores; a version no longer loaded falls back to the newest file
        InstrumentDefinition used = versions.stream().max(Integer::compare)
                .flatMap(version -> instruments.find(newest.code(), version)).orElse(newest);
        PairedInstrumentFacts facts = PairedInstrumentFacts.of(used, referenceSds::latest);
        List<GroupOutcome> groups = Arrays.stream(ParentGroup.values()).map(group -> new GroupOutcome(group,
                PairedAnalysis.of(scores.get(group), facts), withoutLater.get(group))).toList();
        return new OutcomeAnalysis(used, comparison, from, to, groups, versions);
    }
}
