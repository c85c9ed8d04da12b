package org.babysteps.outcomes;

import java.util.Optional;
import org.babysteps.outcomes.analysis.NaturalFrequency;
import org.babysteps.outcomes.analysis.SmallCounts;

/**
 * Plain-English sentences from a {@link PairedResult}, for one audience: beyond the site, counts under 5 (and
 * rests under 5) read "fewer than 5" / "more than 7 of 12", and breakdowns that would reveal one are left out.
 * The group is a plural noun ("mothers"), the measure a name with its instrument ("Anxiety (GAD-7)").
 */
public final class PairedSentences {

    private final SmallCounts counts;

    private PairedSentences(PairedAudience audience) {
        this.counts = new SmallCounts(audience);
    }

    public static PairedSentences forAudience(PairedAudience audience) {
        return new PairedSentences(audience);
    }

    /** "Anxiety (GAD-7) fell for 7 in 10 mothers who completed both questionnaires." Any change counts. */
    public String change(PairedResult result, String measure, String group) {
        int n = result.n();
        if (n == 0) {
            return "No " + group + " completed both " + measure + " questionnaires.";
        }
        if (counts.suppresses(n)) {
            return "Fewer than " + SmallCounts.THRESHOLD + " " + group + " completed both " + measure
                    + " questionnaires, so the results are not shown.";
        }
        int better = result.directions().better();
        String verb = result.direction() == Direction.HIGHER ? "fell" : "rose";
        boolean proportion = counts.showsExactly(better, n) && better > 0 && better < n;
        String who = proportion && n == 10 ? NaturalFrequency.inTen(better, n) : counts.partOf(better, n);
        String about = proportion && n > 10 ? " (" + NaturalFrequency.inTen(better, n) + ")" : "";
        return measure + " " + verb + " for " + who + " " + group + " who completed both questionnaires" + about + ".";
    }

    /** "Reliable improvement for 4 of 12 mothers; no reliable change for 7 and reliable deterioration for 1." */
    public Optional<String> reliableChange(PairedResult result, String group) {
        if (result.reliableChange().isEmpty() || counts.suppresses(result.n())) {
            return Optional.empty();
        }
        PairedReliableChange change = result.reliableChange().get();
        String improved = "Reliable improvement for " + counts.partOf(change.improved(), result.n()) + " " + group;
        boolean breakdownShown = !counts.suppresses(change.improved()) && !counts.suppresses(change.unchanged())
                && !counts.suppresses(change.deteriorated());
        if (!breakdownShown) {
            // one small count in a three-way split can be worked out from the other two: give only the first
            return Optional.of(improved + ".");
        }
        return Optional.of(improved + "; no reliable change for " + change.unchanged()
                + " and reliable deterioration for " + change.deteriorated() + ".");
    }

    /** "3 of 8 mothers who started in the clinical range improved reliably and ended outside it." */
    public Optional<String> clinicalChange(PairedResult result, String group) {
        if (result.clinicalChange().isEmpty() || counts.suppresses(result.n())) {
            return Optional.empty();
        }
        PairedClinicalChange change = result.clinicalChange().get();
        int started = change.clinicalAtBaseline();
        if (started == 0 && !counts.suppresses(started)) {
            return Optional.of("None of the " + result.n() + " " + group + " started in the clinical range.");
        }
        if (counts.suppresses(started)) {
            return Optional.of("Fewer than " + SmallCounts.THRESHOLD + " " + group
                    + " started in the clinical range, so clinically significant change is not shown.");
        }
        String who = counts.partOf(change.recovered(), started);
        return Optional.of(Character.toUpperCase(who.charAt(0)) + who.substring(1) + " " + group
                + " who started in the clinical range improved reliably and ended outside it.");
    }
}
