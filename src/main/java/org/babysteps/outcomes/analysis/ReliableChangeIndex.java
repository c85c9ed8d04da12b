package org.babysteps.outcomes.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedReliableChange.SdSource;
import org.babysteps.outcomes.PairedScore;

/**
 * Jacobson–Truax (1991) reliable change: SE_diff = SD × √2 × √(1 − r) and RCI = change / SE_diff; a change with
 * |RCI| > 1.96 is reliable, an improvement or a deterioration according to the instrument's direction.
 */
final class ReliableChangeIndex {

    enum Verdict { IMPROVED, UNCHANGED, DETERIORATED }

    private final double sd;
    private final SdSource sdSource;
    private final double seDifference;
    private final Direction direction;

    private ReliableChangeIndex(double sd, SdSource sdSource, double reliability, Direction direction) {
        this.sd = sd;
        this.sdSource = sdSource;
        this.seDifference = sd * Math.sqrt(2) * Math.sqrt(1 - reliability);
        this.direction = direction;
    }

    /**
     * The index for an instrument: its normative SD, else the baseline sample's SD (noted as a caveat); empty when
     * neither exists or the baseline scores are all the same, since an SD of 0 would make every change reliable.
     */
    static Optional<ReliableChangeIndex> forInstrument(PairedInstrumentFacts facts, OptionalDouble baselineSd, Set<PairedCaveat> caveats) {
        if (facts.normativeSd() != null) {
            return Optional.of(new ReliableChangeIndex(facts.normativeSd(), SdSource.NORMATIVE, facts.reliability(), facts.direction()));
        }
        caveats.add(PairedCaveat.BASELINE_SD_USED);
        if (baselineSd.isEmpty() || baselineSd.getAsDouble() == 0) {
            caveats.add(PairedCaveat.NO_SPREAD_FOR_RELIABLE_CHANGE);
            return Optional.empty();
        }
        return Optional.of(new ReliableChangeIndex(baselineSd.getAsDouble(), SdSource.BASELINE_SAMPLE, facts.reliability(), facts.direction()));
    }

    Verdict judge(double change) {
        if (Math.abs(change / seDifference) <= PairedReliableChange.CRITICAL_RCI) {
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
        return new PairedReliableChange(sd, sdSource, seDifference, improved, scores.size() - improved - deteriorated, deteriorated);
    }
}
