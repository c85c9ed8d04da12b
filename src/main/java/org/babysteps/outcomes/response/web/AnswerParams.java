package org.babysteps.outcomes.response.web;

import java.util.Map;
import java.util.TreeMap;
import org.babysteps.outcomes.AnswerOutOfRangeException;

/** The answers a form posted as "item-N" = value; an item left blank is unanswered. */
final class AnswerParams {

    private static final String PREFIX = "item-";

    private AnswerParams() {
    }

    static Map<Integer, Integer> parse(Map<String, String> params) {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (!param.getKey().startsWith(PREFIX) || param.getValue() == null || param.getValue().isBlank()) {
                continue;
            }
            int item;
            try {
                item = Integer.parseInt(param.getKey().substring(PREFIX.length()));
            } catch (NumberFormatException notAnItem) {
                continue;
            }
            try {
                answers.put(item, Integer.parseInt(param.getValue().trim()));
            } catch (NumberFormatException notAValue) {
                throw new AnswerOutOfRangeException(item, "Item " + item + ": choose one of the answers shown");
            }
        }
        return answers;
    }
}
