package org.babysteps.outcomes.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentItem;
import org.babysteps.outcomes.ResponseOption;
import org.babysteps.outcomes.RiskRule;

/**
 * The questions of a link, one per page: every item of every questionnaire it covers, numbered 1..n across them,
 * with the answer saved so far. Pure, so the order and the risk check are tested without a database.
 */
public final class QuestionSequence {

    /** One questionnaire the link covers, at the version it is answered against, with its answers so far. */
    public record Part(InstrumentDefinition instrument, Map<Integer, Integer> answers) {
    }

    /** One question page. */
    public record Step(int number, InstrumentDefinition instrument, InstrumentItem item, Integer answer) {

        public boolean answered() {
            return answer != null;
        }

        public String answerLabel() {
            return answer == null ? null : item.option(answer).map(ResponseOption::label).orElse(null);
        }
    }

    private final List<Step> steps;

    public QuestionSequence(List<Part> parts) {
        List<Step> all = new ArrayList<>();
        for (Part part : parts) {
            for (InstrumentItem item : part.instrument().items()) {
                all.add(new Step(all.size() + 1, part.instrument(), item, part.answers().get(item.number())));
            }
        }
        steps = List.copyOf(all);
    }

    public List<Step> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    public Optional<Step> step(int number) {
        return number < 1 || number > steps.size() ? Optional.empty() : Optional.of(steps.get(number - 1));
    }

    /** Where the parent carries on: the first question not yet answered, empty when all are. */
    public Optional<Step> firstUnanswered() {
        return steps.stream().filter(step -> !step.answered()).findFirst();
    }

    public boolean allAnswered() {
        return firstUnanswered().isEmpty();
    }

    public List<InstrumentDefinition> instruments() {
        return steps.stream().map(Step::instrument).distinct().toList();
    }

    /**
     * The "where to get help now" texts for an answer to one item: its instrument's item rules that the answer
     * fires. Total rules wait for the whole questionnaire (see the thank-you page).
     */
    public static List<String> helpFor(InstrumentDefinition instrument, InstrumentItem item, Integer value) {
        if (value == null || item.option(value).isEmpty()) {
            return List.of();
        }
        int score = item.score(value);
        return instrument.riskRules().stream()
                .filter(rule -> rule.kind() == RiskRule.Kind.ITEM_ABOVE && rule.itemNumber() != null
                        && rule.itemNumber() == item.number() && rule.firesOn(score))
                .map(RiskRule::parentHelp).toList();
    }
}
