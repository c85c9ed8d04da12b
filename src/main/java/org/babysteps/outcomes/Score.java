package org.babysteps.outcomes;

import java.util.List;
import java.util.Map;

/**
 * The result of one completed (or partly completed) questionnaire, made by {@link InstrumentScoring}. It names the
 * instrument version it was scored against, so it can be stored and never recomputed against a newer file.
 *
 * @param instrumentCode    the instrument, e.g. "epds"
 * @param instrumentVersion the version of its file the answers were scored against
 * @param total             the total, prorated if {@code prorated}; null when too many items are missing
 * @param noScoreReason     why there is no total, in words for staff; null when there is one
 * @param prorated          whether the total was prorated for missing items
 * @param answered          how many items were answered
 * @param missing           how many items were not
 * @param subscaleTotals    each subscale's total, by subscale code, for subscales whose items were all answered
 *                          (a subscale is never prorated: it is short, and a guess would dominate it)
 * @param bands             the cut-off bands the total falls in, in file order; empty without a total
 * @param riskHits          the risk rules fired, in file order; item rules fire even when there is no total
 */
public record Score(String instrumentCode, int instrumentVersion, Integer total, String noScoreReason,
                    boolean prorated, int answered, int missing, Map<String, Integer> subscaleTotals,
                    List<CutOff> bands, List<RiskHit> riskHits) {

    public Score {
        subscaleTotals = Map.copyOf(subscaleTotals);
        bands = List.copyOf(bands);
        riskHits = List.copyOf(riskHits);
    }

    public boolean hasTotal() {
        return total != null;
    }

    public boolean hasRisk() {
        return !riskHits.isEmpty();
    }

    /** Whether the total is in the instrument's clinical band; false without a total or a clinical band. */
    public boolean isClinical() {
        return bands.stream().anyMatch(CutOff::clinicalThreshold);
    }
}
