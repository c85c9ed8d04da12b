package org.babysteps.outcomes.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedClinicalChange;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedDirectionCounts;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedInterval;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.PairedSignedRank;
import org.babysteps.outcomes.PairedSummary;
import org.babysteps.outcomes.PairedTTest;

/** Puts the pre/post analysis together; each step decides for itself what it needs and notes what it could not do. */
public final class PairedAnalyser {

    private PairedAnalyser() {
    }

    public static PairedResult analyse(List<PairedScore> scores, PairedInstrumentFacts facts) {
        Set<PairedCaveat> caveats = EnumSet.noneOf(PairedCaveat.class);
        double[] baseline = Paired.baselines(scores);
        double[] later = Paired.laters(scores);
        double[] changes = Paired.changes(scores);
        PairedSummary baselineSummary = Descriptives.summarise(baseline);

        Optional<PairedInterval> interval = Optional.empty();
        Optional<PairedTTest> tTest = Optional.empty();
        OptionalDouble dz = OptionalDouble.empty();
        Optional<PairedSignedRank> signedRank = Optional.empty();
        if (scores.size() < 2) {
            caveats.add(PairedCaveat.FEWER_THAN_TWO_PAIRS);
        } else {
            if (Descriptives.allEqual(changes)) {
                caveats.add(PairedCaveat.NO_VARIATION_IN_CHANGE);
            } else {
                interval = Optional.of(MeanChangeTest.confidenceInterval95(changes));
                tTest = Optional.of(MeanChangeTest.tTest(later, baseline));
                dz = OptionalDouble.of(MeanChangeTest.cohensDz(changes));
            }
            signedRank = SignedRankTest.test(changes, caveats);
        }

        Optional<ReliableChangeIndex> index = scores.isEmpty()
                ? Optional.empty()
                : ReliableChangeIndex.forInstrument(facts, baselineSummary.sd(), caveats);
        Optional<PairedReliableChange> reliableChange = index.map(rci -> rci.count(scores));
        Optional<PairedClinicalChange> clinicalChange = Optional.empty();
        if (facts.cutOff() == null) {
            caveats.add(PairedCaveat.NO_CUT_OFF);
        } else {
            clinicalChange = index.map(rci -> ClinicalSignificance.count(scores, facts.cutOff(), rci));
        }

        return new PairedResult(scores.size(), facts.direction(), baselineSummary, Descriptives.summarise(later), Descriptives.summarise(changes),
                interval, tTest, signedRank, dz, directions(changes, facts.direction()), reliableChange, clinicalChange, caveats);
    }

    private static PairedDirectionCounts directions(double[] changes, Direction direction) {
        int better = 0;
        int worse = 0;
        for (double change : changes) {
            if (direction.isBetter(change)) {
                better++;
            } else if (direction.isWorse(change)) {
                worse++;
            }
        }
        return new PairedDirectionCounts(better, changes.length - better - worse, worse);
    }
}
