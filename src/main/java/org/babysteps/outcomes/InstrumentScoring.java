package org.babysteps.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores one set of answers against one instrument version: pure, no Spring, no clock, so a response scored today
 * and re-scored in ten years against the same version gives the same result.
 */
public final class InstrumentScoring {

    private InstrumentScoring() {
    }

    /**
     * @param answers item number to the chosen option's value; an item that is absent, or mapped to null, is
     *                unanswered
     * @throws AnswerOutOfRangeException for the first (lowest-numbered) answer that is not an option of its item or
     *                                   names no item; nothing is scored then
     */
    public static Score score(InstrumentDefinition instrument, Map<Integer, Integer> answers) {
        Map<Integer, Integer> itemScores = checkedScores(instrument, answers);
        int items = instrument.items().size();
        int answered = itemScores.size();
        int missing = items - answered;
        int sum = itemScores.values().stream().mapToInt(Integer::intValue).sum();

        Integer total = null;
        String noScoreReason = null;
        if (missing == 0) {
            total = sum;
        } else if (instrument.missingData().allowsTotal(missing)) {
            // prorate: the mean of the answered items stands in for the missing ones; halves round up
            total = (int) Math.round((double) sum * items / answered);
        } else {
            noScoreReason = missing + " of " + items + " items are unanswered; " + instrument.label()
                    + " gives a total only when at most " + instrument.missingData().maxMissingToProrate()
                    + " " + (instrument.missingData().maxMissingToProrate() == 1 ? "is" : "are") + " missing";
        }
        return new Score(instrument.code(), instrument.version(), total, noScoreReason, total != null && missing > 0,
                answered, missing, subscaleTotals(instrument, itemScores),
                total == null ? List.of() : instrument.bandsOf(total), riskHits(instrument, itemScores, total));
    }

    /** Each answered item's score, in item order, after refusing any answer the instrument does not offer. */
    private static Map<Integer, Integer> checkedScores(InstrumentDefinition instrument, Map<Integer, Integer> answers) {
        Map<Integer, Integer> scores = new TreeMap<>();
        for (Map.Entry<Integer, Integer> answer : new TreeMap<>(answers).entrySet()) {
            int number = answer.getKey();
            InstrumentItem item = instrument.item(number).orElseThrow(() -> new AnswerOutOfRangeException(number,
                    "Item " + number + " is not an item of " + instrument.label() + " (its items are numbered "
                            + instrument.items().get(0).number() + " to "
                            + instrument.items().get(instrument.items().size() - 1).number() + ")"));
            Integer value = answer.getValue();
            if (value == null) {
                continue;
            }
            if (item.option(value).isEmpty()) {
                throw new AnswerOutOfRangeException(number, "Item " + number + " of " + instrument.label()
                        + " has no answer with value " + value + " (its answers have the values "
                        + item.options().stream().map(option -> String.valueOf(option.value()))
                        .collect(Collectors.joining(", ")) + ")");
            }
            scores.put(number, item.score(value));
        }
        return scores;
    }

    private static Map<String, Integer> subscaleTotals(InstrumentDefinition instrument, Map<Integer, Integer> scores) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Subscale subscale : instrument.subscales()) {
            if (scores.keySet().containsAll(subscale.itemNumbers())) {
                totals.put(subscale.code(), subscale.itemNumbers().stream().mapToInt(scores::get).sum());
            }
        }
        return totals;
    }

    private static List<RiskHit> riskHits(InstrumentDefinition instrument, Map<Integer, Integer> scores, Integer total) {
        List<RiskHit> hits = new ArrayList<>();
        for (RiskRule rule : instrument.riskRules()) {
            Integer observed = rule.kind() == RiskRule.Kind.ITEM_ABOVE ? scores.get(rule.itemNumber()) : total;
            if (observed != null && rule.firesOn(observed)) {
                hits.add(new RiskHit(rule, observed));
            }
        }
        return hits;
    }
}
