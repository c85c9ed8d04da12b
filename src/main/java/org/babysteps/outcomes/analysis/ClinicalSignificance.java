package org.babysteps.outcomes.analysis;

import java.util.List;
import org.babysteps.outcomes.PairedClinicalChange;
import org.babysteps.outcomes.PairedCutOff;
import org.babysteps.outcomes.PairedScore;

/**
 * Jacobson–Truax clinically significant change: started on the clinical side of the cut-off, improved reliably,
 * and ended on the other side. Crossing the cut-off by less than measurement error does not count.
 */
final class ClinicalSignificance {

    private ClinicalSignificance() {
    }

    static PairedClinicalChange count(List<PairedScore> scores, PairedCutOff cutOff, ReliableChangeIndex index) {
        int clinicalAtBaseline = 0;
        int recovered = 0;
        for (PairedScore score : scores) {
            if (!cutOff.isClinical(score.baseline())) {
                continue;
            }
            clinicalAtBaseline++;
            boolean reliablyImproved = index.judge(Paired.change(score)) == ReliableChangeIndex.Verdict.IMPROVED;
            if (reliablyImproved && !cutOff.isClinical(score.later())) {
                recovered++;
            }
        }
        return new PairedClinicalChange(cutOff, clinicalAtBaseline, recovered);
    }
}
