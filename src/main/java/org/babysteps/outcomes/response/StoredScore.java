package org.babysteps.outcomes.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.babysteps.outcomes.CutOff;
import org.babysteps.outcomes.Score;

/**
 * A score as stored with its response when it was completed: read back as it was, never recomputed, so a later
 * instrument file cannot change it.
 *
 * @param bands          the meanings of the cut-off bands the total fell in, in file order
 * @param clinical       whether the total was in the instrument's clinical band
 * @param riskRuleCodes  the risk rules the answers fired
 */
public record StoredScore(Integer total, String noScoreReason, boolean prorated, int answered, int missing,
                          Map<String, Integer> subscaleTotals, List<String> bands, boolean clinical,
                          List<String> riskRuleCodes) {

    public StoredScore {
        subscaleTotals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subscaleTotals));
        bands = List.copyOf(bands);
        riskRuleCodes = List.copyOf(riskRuleCodes);
    }

    public static StoredScore of(Score score) {
        return new StoredScore(score.total(), score.noScoreReason(), score.prorated(), score.answered(),
                score.missing(), score.subscaleTotals(), score.bands().stream().map(CutOff::meaning).toList(),
                score.isClinical(), score.riskHits().stream().map(hit -> hit.rule().code()).toList());
    }

    public boolean hasTotal() {
        return total != null;
    }

    public boolean hasRisk() {
        return !riskRuleCodes.isEmpty();
    }
}
