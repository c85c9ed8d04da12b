package org.babysteps.outcomes.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ReliableChangeYardstick;

/**
 * Judges each parent's change reliable or not by one {@link ReliableChangeYardstick}, an improvement or a
 * deterioration according to the instrument's direction.
 */
final class ReliableChangeIndex {

    enum Verdict { IMPROVED, UNCHANGED, DETERIORATED }

    private final ReliableChangeYardstick yardstick;
    private final Direction direction;

    private ReliableChangeIndex(ReliableChangeYardstick yardstick, Direction direction) {
        this.yardstick = yardstick;
        this.direction = direction;
    }

    /**
     * The yardstick for an instrument, the first that exists of: its published threshold, its normative SD, all
     * sites' baseline spread, the same for every site and group so their "% reliably improved" compare; only while
     * all sites have too few baselines, this sample's baseline SD (noted as a caveat). Empty when even that is
     * missing or 0, since an SD of 0 would make every change reliable.
     */
    static Optional<ReliableChangeIndex> forInstrument(PairedInstrumentFacts facts, OptionalDouble baselineSd, Set<PairedCaveat> caveats) {
        if (facts.publishedThreshold() != null) {
            return of(ReliableChangeYardstick.published(facts.publishedThreshold()), facts);
        }
        if (facts.normativeSd() != null) {
            return of(ReliableChangeYardstick.normative(facts.normativeSd(), facts.reliability()), facts);
        }
        if (facts.referenceSd() != null && facts.referenceSd().usable()) {
            return of(ReliableChangeYardstick.allSites(facts.referenceSd(), facts.reliability()), facts);
        }
        caveats.add(PairedCaveat.BASELINE_SD_USED);
        if (baselineSd.isEmpty() || baselineSd.getAsDouble() == 0) {
            caveats.add(PairedCaveat.NO_SPREAD_FOR_RELIABLE_CHANGE);
            return Optional.empty();
        }
        return of(ReliableChangeYardstick.baselineSample(baselineSd.getAsDouble(), facts.reliability()), facts);
    }

    private static Optional<ReliableChangeIndex> of(ReliableChangeYardstick yardstick, PairedInstrumentFacts facts) {
        return Optional.of(new ReliableChangeIndex(yardstick, facts.direction()));
    }

    Verdict judge(double change) {
        if (!yardstick.isReliable(change)) {
            return Verdict.UNCHANGED;
        }
        return direction.isBetter(change) ? Verdict.IMPROVED : Verdict.DETERIORATED;
    }

    PairedReliableChange count(List<PairedScore> scores) {
        int improved = 0;
        int deteriorated = 0;
        for (double change : Paired.changes(scores)) {
            switch (judge(change)) {
                case IMPROVED -> improved++;
                case DETERIORATED -> deteriorated++;
                case UNCHANGED -> { }
            }
        }
        return new PairedReliableChange(yardstick, improved, scores.size() - improved - deteriorated, deteriorated);
    }
}
