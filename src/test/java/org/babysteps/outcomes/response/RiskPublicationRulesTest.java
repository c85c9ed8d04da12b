package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.babysteps.outcomes.RiskHit;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.outcomes.Score;
import org.junit.jupiter.api.Test;

/** Which fired rules are published at which stage of a questionnaire. */
class RiskPublicationRulesTest {

    private static final RiskRule SELF_HARM = new RiskRule("self-harm", RiskRule.Kind.ITEM_ABOVE, 10, 0, "Act", "Help");
    private static final RiskRule HIGH_TOTAL = new RiskRule("probable-depression", RiskRule.Kind.TOTAL_AT_LEAST, null,
            13, "Act", "Help");

    @Test
    void whileInProgressOnlyItemRulesArePublishedNeverATotalOne() {
        Score prorated = score(true, new RiskHit(SELF_HARM, 1), new RiskHit(HIGH_TOTAL, 13));

        assertThat(RiskPublication.rulesToPublish(prorated, false, List.of())).containsExactly("self-harm");
        assertThat(RiskPublication.rulesToPublish(score(true, new RiskHit(HIGH_TOTAL, 14)), false, List.of())).isEmpty();
    }

    @Test
    void onCompletionTotalRulesArePublishedAndRulesPublishedBeforeAreNotRepeated() {
        Score finished = score(false, new RiskHit(SELF_HARM, 1), new RiskHit(HIGH_TOTAL, 13));

        assertThat(RiskPublication.rulesToPublish(finished, true, List.of("self-harm")))
                .containsExactly("probable-depression");
        assertThat(RiskPublication.rulesToPublish(finished, true, List.of())).containsExactly("self-harm",
                "probable-depression");
        assertThat(RiskPublication.rulesToPublish(finished, true, List.of("self-harm", "probable-depression"))).isEmpty();
    }

    private static Score score(boolean prorated, RiskHit... hits) {
        return new Score("epds", 1, 13, null, prorated, prorated ? 9 : 10, prorated ? 1 : 0, Map.of(), List.of(),
                List.of(hits));
    }
}
