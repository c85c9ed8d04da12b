package org.babysteps.outcomes;

import java.util.Locale;
import java.util.OptionalDouble;
import org.babysteps.outcomes.analysis.SmallCounts;

/**
 * Formats a {@link GroupOutcome} as a table row for one audience. Beyond the site, a group of fewer than 5 pairs
 * shows no figures at all, and a percentage is shown only when neither its part nor its rest is under 5 (the rule of
 * {@link PairedSentences}, so a table never tells more than the sentence beside it).
 */
public final class OutcomeFigures {

    public static final String NOT_SHOWN = "not shown (fewer than 5)";
    private static final String NONE = "–";

    private final SmallCounts counts;
    private final PairedSentences sentences;

    private OutcomeFigures(PairedAudience audience) {
        this.counts = new SmallCounts(audience);
        this.sentences = PairedSentences.forAudience(audience);
    }

    public static OutcomeFigures forAudience(PairedAudience audience) {
        return new OutcomeFigures(audience);
    }

    /**
     * @param label   the row's label, e.g. "Birth parents" or a site's name
     * @param measure the instrument as the sentence names it, e.g. "EPDS"
     */
    public OutcomeRow row(String label, GroupOutcome outcome, String measure) {
        PairedResult r = outcome.result();
        String sentence = sentences.change(r, measure, outcome.group().plural());
        String withoutLater = counts.count(outcome.withoutLaterScore());
        if (r.n() == 0 || counts.suppresses(r.n())) {
            String blank = r.n() == 0 ? NONE : NOT_SHOWN;
            return new OutcomeRow(label, counts.count(r.n()), blank, blank, blank, blank, blank, blank, blank, blank,
                    blank, blank, blank, withoutLater, sentence);
        }
        String improved = NONE;
        String unchanged = NONE;
        String deteriorated = NONE;
        if (r.reliableChange().isPresent()) {
            PairedReliableChange change = r.reliableChange().get();
            boolean split = !counts.suppresses(change.improved()) && !counts.suppresses(change.unchanged())
                    && !counts.suppresses(change.deteriorated());
            // one small count of the three can be worked out from the other two: then only "improved", if it is safe
            improved = split || counts.showsExactly(change.improved(), change.total())
                    ? percent(change.improvedPercent()) : NOT_SHOWN;
            unchanged = split ? percent(change.unchangedPercent()) : NOT_SHOWN;
            deteriorated = split ? percent(change.deterioratedPercent()) : NOT_SHOWN;
        }
        return new OutcomeRow(label, Integer.toString(r.n()), meanSd(r.baseline()), meanSd(r.later()),
                number(r.change().mean()), r.meanChangeCi95().map(ci -> number(ci.lower()) + " to " + number(ci.upper()))
                .orElse(NONE), r.tTest().map(t -> p(t.p())).orElse(NONE), r.signedRank().map(w -> p(w.p())).orElse(NONE),
                r.cohensDz().isPresent() ? String.format(Locale.UK, "%.2f", r.cohensDz().getAsDouble()) : NONE,
                improved, unchanged, deteriorated, clinical(r), withoutLater, sentence);
    }

    /**
     * A row whose figures would give away a smaller group by subtraction ({@link GroupDisclosure}): nothing in it is
     * shown, not even its number of pairs.
     */
    public OutcomeRow hiddenRow(String label, String sentence) {
        return new OutcomeRow(label, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN,
                NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, sentence);
    }

    /** Whether a group's figures are shown at all: some pairs, and not fewer than 5 for this audience. */
    public boolean showsFigures(GroupOutcome outcome) {
        return outcome.result().n() > 0 && !counts.suppresses(outcome.result().n());
    }

    /** Whether a count on its own is shown exactly for this audience (not "fewer than 5"). */
    public boolean showsCount(int count) {
        return !counts.suppresses(count);
    }

    /** Whether "part of whole" (or its percentage) is shown exactly: neither the part nor the rest is suppressed. */
    public boolean showsExactly(int part, int whole) {
        return counts.showsExactly(part, whole);
    }

    private String clinical(PairedResult r) {
        if (r.clinicalChange().isEmpty()) {
            return NONE;
        }
        PairedClinicalChange change = r.clinicalChange().get();
        int started = change.clinicalAtBaseline();
        if (started == 0) {
            return "nobody started in the clinical range";
        }
        if (counts.suppresses(started) || !counts.showsExactly(change.recovered(), started)) {
            return NOT_SHOWN;
        }
        return change.recovered() + " of " + started + " (" + percent(change.recoveredPercent().getAsDouble()) + ")";
    }

    private static String meanSd(PairedSummary summary) {
        if (summary.mean().isEmpty()) {
            return NONE;
        }
        return number(summary.mean()) + (summary.sd().isPresent() ? " (" + number(summary.sd()) + ")" : "");
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : NONE;
    }

    private static String number(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    private static String percent(double value) {
        return Math.round(value) + "%";
    }

    /** Three decimals, as journals print p; below 0.001 says so rather than "0.000". */
    private static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
    }
}
