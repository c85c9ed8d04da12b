package org.babysteps.outcomes.instrument;

import java.util.List;
import org.babysteps.outcomes.CutOff;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentItem;
import org.babysteps.outcomes.MissingDataRule;
import org.babysteps.outcomes.Reliability;
import org.babysteps.outcomes.ReliableChangeThreshold;
import org.babysteps.outcomes.ResponseOption;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.outcomes.ScoreRange;
import org.babysteps.outcomes.Subscale;

/**
 * An instrument file exactly as written. Every field may be missing (null) here, so the validator can say which,
 * with its line, instead of a parser's stack trace; only a file the validator passed becomes a definition.
 */
record InstrumentFile(String code, Integer version, String name, String citation, String licence,
                      String respondentHint, String instructions, List<OptionEntry> commonOptions,
                      List<ItemEntry> items, List<SubscaleEntry> subscales, MissingDataEntry missingData,
                      RangeEntry range, List<CutOffEntry> cutOffs, Direction worse, ReliabilityEntry reliability,
                      List<RiskRuleEntry> riskRules) {

    record OptionEntry(String label, Integer value) {
    }

    /** An item; without options of its own it offers the file's {@code commonOptions}. */
    record ItemEntry(Integer number, String text, List<OptionEntry> options, Boolean reverse) {
    }

    record SubscaleEntry(String code, String title, List<Integer> items, String source) {
    }

    record MissingDataEntry(Integer maxMissingToProrate) {
    }

    record RangeEntry(Integer min, Integer max) {
    }

    record CutOffEntry(Integer from, Integer to, String meaning, Boolean clinicalThreshold) {
    }

    record ReliabilityEntry(Double alpha, String alphaSource, Double normSd, String normSdSource,
                            ReliableChangeEntry reliableChange) {
    }

    /** A published threshold: a change of at least {@code points} is reliable. Read as a number to refuse 3.5. */
    record ReliableChangeEntry(Double points, String citedAs, String source) {
    }

    /** Either {@code item} with {@code above}, or {@code totalAtLeast}. */
    record RiskRuleEntry(String code, Integer item, Integer above, Integer totalAtLeast, String staffAction,
                         String parentHelp) {

        boolean isItemRule() {
            return item != null || above != null;
        }
    }

    List<ItemEntry> itemList() {
        return orEmpty(items);
    }

    /** The options an item offers: its own, or the file's common ones. */
    List<OptionEntry> optionsOf(ItemEntry item) {
        return item.options() != null ? item.options() : orEmpty(commonOptions);
    }

    List<SubscaleEntry> subscaleList() {
        return orEmpty(subscales);
    }

    List<CutOffEntry> cutOffList() {
        return orEmpty(cutOffs);
    }

    List<RiskRuleEntry> riskRuleList() {
        return orEmpty(riskRules);
    }

    /** Only for a file the validator found no problem in. */
    InstrumentDefinition toDefinition() {
        return new InstrumentDefinition(code, version, name.trim(), citation.trim(), licence.trim(),
                respondentHint.trim(), instructions.trim(),
                itemList().stream().map(item -> new InstrumentItem(item.number(), item.text().trim(),
                        optionsOf(item).stream().map(option -> new ResponseOption(option.label().trim(),
                                option.value())).toList(), Boolean.TRUE.equals(item.reverse()))).toList(),
                subscaleList().stream().map(subscale -> new Subscale(subscale.code(), subscale.title().trim(),
                        subscale.items(), subscale.source() == null ? "" : subscale.source().trim())).toList(),
                new MissingDataRule(missingData.maxMissingToProrate()), new ScoreRange(range.min(), range.max()),
                cutOffList().stream().map(band -> new CutOff(band.from(), band.to(), band.meaning().trim(),
                        Boolean.TRUE.equals(band.clinicalThreshold()))).toList(),
                worse, new Reliability(reliability.alpha(), reliability.alphaSource().trim(), reliability.normSd(),
                        reliability.normSdSource().trim(), threshold(reliability.reliableChange())),
                riskRuleList().stream().map(InstrumentFile::riskRule).toList());
    }

    private static ReliableChangeThreshold threshold(ReliableChangeEntry entry) {
        return entry == null ? null
                : new ReliableChangeThreshold(entry.points().intValue(), entry.citedAs().trim(), entry.source().trim());
    }

    private static RiskRule riskRule(RiskRuleEntry entry) {
        return entry.isItemRule()
                ? new RiskRule(entry.code(), RiskRule.Kind.ITEM_ABOVE, entry.item(), entry.above(),
                        entry.staffAction().trim(), entry.parentHelp().trim())
                : new RiskRule(entry.code(), RiskRule.Kind.TOTAL_AT_LEAST, null, entry.totalAtLeast(),
                        entry.staffAction().trim(), entry.parentHelp().trim());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
