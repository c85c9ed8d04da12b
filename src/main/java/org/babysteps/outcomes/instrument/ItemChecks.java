package org.babysteps.outcomes.instrument;

import static org.babysteps.outcomes.instrument.InstrumentFileValidator.blank;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.babysteps.outcomes.instrument.InstrumentFile.ItemEntry;
import org.babysteps.outcomes.instrument.InstrumentFile.OptionEntry;
import org.babysteps.outcomes.instrument.InstrumentFile.RiskRuleEntry;
import org.babysteps.outcomes.instrument.InstrumentFile.SubscaleEntry;

/**
 * The items' checks (each numbered once, with distinct answer values, reverse items on a contiguous range) and the
 * checks of what refers to items: subscales and risk rules.
 */
final class ItemChecks {

    /** The lowest and highest total the items can add up to, and whether every item has the same score range. */
    record ItemRanges(boolean known, int min, int max, boolean uniform) {
    }

    private ItemChecks() {
    }

    static ItemRanges check(InstrumentFile file, List<Problem> problems) {
        List<ItemEntry> items = file.itemList();
        if (items.isEmpty()) {
            problems.add(Problem.at("/items", "items is empty: an instrument needs at least one item"));
            return new ItemRanges(false, 0, 0, true);
        }
        Map<Integer, int[]> scoreRanges = new HashMap<>();
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            ItemEntry item = items.get(i);
            String at = "/items/" + i;
            if (item == null || item.number() == null || item.number() < 1) {
                problems.add(Problem.at(at, "item " + (i + 1) + " in the list has no number of 1 or more"));
                complete = false;
                continue;
            }
            if (scoreRanges.containsKey(item.number())) {
                problems.add(Problem.at(at + "/number", "item " + item.number() + " is listed twice"));
                continue;
            }
            if (blank(item.text())) {
                problems.add(Problem.at(at, "item " + item.number() + " has no text"));
            }
            int[] range = checkOptions(file, item, at, problems);
            complete &= range != null;
            scoreRanges.put(item.number(), range);
        }
        checkSubscales(file.subscaleList(), scoreRanges.keySet(), problems);
        checkRiskRules(file.riskRuleList(), scoreRanges, problems);
        if (!complete) {
            return new ItemRanges(false, 0, 0, true);
        }
        Set<List<Integer>> distinct = scoreRanges.values().stream().map(r -> List.of(r[0], r[1])).collect(Collectors.toSet());
        return new ItemRanges(true, scoreRanges.values().stream().mapToInt(r -> r[0]).sum(),
                scoreRanges.values().stream().mapToInt(r -> r[1]).sum(), distinct.size() == 1);
    }

    /** The item's lowest and highest value, or null when its options are unusable. */
    private static int[] checkOptions(InstrumentFile file, ItemEntry item, String at, List<Problem> problems) {
        List<OptionEntry> options = file.optionsOf(item);
        String name = "item " + item.number();
        String optionsAt = item.options() != null ? at + "/options" : "/commonOptions";
        if (options.size() < 2) {
            problems.add(Problem.at(at, name + " offers fewer than two answers (give options, or commonOptions)"));
            return null;
        }
        TreeSet<Integer> values = new TreeSet<>();
        for (int o = 0; o < options.size(); o++) {
            OptionEntry option = options.get(o);
            if (option == null || blank(option.label()) || option.value() == null) {
                problems.add(Problem.at(optionsAt + "/" + o, name + " answer " + (o + 1) + " needs a label and a value"));
                return null;
            }
            if (!values.add(option.value())) {
                problems.add(Problem.at(optionsAt + "/" + o + "/value", name + " has two answers with the value "
                        + option.value()));
            }
        }
        int min = values.first();
        int max = values.last();
        if (Boolean.TRUE.equals(item.reverse()) && max - min + 1 != values.size()) {
            // the mirror min + max - value only maps answers onto answers when the values have no gaps
            problems.add(Problem.at(at + "/reverse", name + " is reverse scored but its answer values " + values
                    + " are not a contiguous range"));
        }
        return new int[] {min, max};
    }

    private static void checkSubscales(List<SubscaleEntry> subscales, Set<Integer> items, List<Problem> problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < subscales.size(); i++) {
            SubscaleEntry subscale = subscales.get(i);
            String at = "/subscales/" + i;
            if (subscale == null || blank(subscale.code()) || !subscale.code().matches(InstrumentFileValidator.CODE)) {
                problems.add(Problem.at(at, "subscale " + (i + 1) + " needs a code of lower-case letters, digits and hyphens"));
                continue;
            }
            String name = "subscale '" + subscale.code() + "'";
            if (!codes.add(subscale.code())) {
                problems.add(Problem.at(at + "/code", "subscale code '" + subscale.code() + "' is used more than once"));
            }
            if (blank(subscale.title())) {
                problems.add(Problem.at(at, name + " has no title"));
            }
            List<Integer> numbers = InstrumentFile.orEmpty(subscale.items());
            if (numbers.isEmpty()) {
                problems.add(Problem.at(at, name + " names no items"));
            }
            Set<Integer> seen = new HashSet<>();
            for (Integer number : numbers) {
                if (number == null || !items.contains(number)) {
                    problems.add(Problem.at(at + "/items", name + " names item " + number + ", which the instrument"
                            + " does not have"));
                } else if (!seen.add(number)) {
                    problems.add(Problem.at(at + "/items", name + " names item " + number + " twice"));
                }
            }
        }
    }

    private static void checkRiskRules(List<RiskRuleEntry> rules, Map<Integer, int[]> items, List<Problem> problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RiskRuleEntry rule = rules.get(i);
            String at = "/riskRules/" + i;
            if (rule == null || blank(rule.code()) || !rule.code().matches(InstrumentFileValidator.CODE)) {
                problems.add(Problem.at(at, "risk rule " + (i + 1) + " needs a code of lower-case letters, digits and hyphens"));
                continue;
            }
            String name = "risk rule '" + rule.code() + "'";
            if (!codes.add(rule.code())) {
                problems.add(Problem.at(at + "/code", "risk rule code '" + rule.code() + "' is used more than once"));
            }
            if (rule.isItemRule() == (rule.totalAtLeast() != null)) {
                problems.add(Problem.at(at, name + " must give either item and above, or totalAtLeast"));
            } else if (rule.isItemRule()) {
                checkItemRule(rule, name, at, items, problems);
            }
            if (blank(rule.staffAction())) {
                problems.add(Problem.at(at, name + " has no staffAction (what staff must do)"));
            }
            if (blank(rule.parentHelp())) {
                problems.add(Problem.at(at, name + " has no parentHelp (where a parent can get help now)"));
            }
        }
    }

    private static void checkItemRule(RiskRuleEntry rule, String name, String at, Map<Integer, int[]> items,
                                      List<Problem> problems) {
        if (rule.item() == null || rule.above() == null) {
            problems.add(Problem.at(at, name + " must give both item and above"));
        } else if (!items.containsKey(rule.item())) {
            problems.add(Problem.at(at + "/item", name + " is on item " + rule.item()
                    + ", which the instrument does not have"));
        } else if (items.get(rule.item()) != null
                && (rule.above() < items.get(rule.item())[0] || rule.above() >= items.get(rule.item())[1])) {
            int[] range = items.get(rule.item());
            problems.add(Problem.at(at + "/above", name + " fires above " + rule.above() + ", but item " + rule.item()
                    + " scores " + range[0] + " to " + range[1] + ": it would always or never fire"));
        }
    }
}
