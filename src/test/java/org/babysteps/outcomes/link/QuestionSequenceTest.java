package org.babysteps.outcomes.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.junit.jupiter.api.Test;

/** The order of a link's questions and the help a single answer calls for, without a database. */
class QuestionSequenceTest {

    private static final Instruments SHIPPED = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"});
    private final InstrumentDefinition epds = SHIPPED.find("epds").orElseThrow();
    private final InstrumentDefinition gad7 = SHIPPED.find("gad-7").orElseThrow();

    @Test
    void questionsAreNumberedAcrossQuestionnairesAndCarryOnAtTheFirstUnanswered() {
        QuestionSequence sequence = new QuestionSequence(List.of(
                new QuestionSequence.Part(epds, Map.of(1, 0, 2, 0)), new QuestionSequence.Part(gad7, Map.of())));

        assertThat(sequence.size()).isEqualTo(17);
        assertThat(sequence.step(11).orElseThrow().instrument()).isEqualTo(gad7);
        assertThat(sequence.step(11).orElseThrow().item().number()).isEqualTo(1);
        assertThat(sequence.firstUnanswered().orElseThrow().number()).isEqualTo(3);
        assertThat(sequence.step(18)).isEmpty();
        assertThat(sequence.step(0)).isEmpty();
    }

    @Test
    void aSelfHarmAnswerOtherThanNeverCallsForHelpAtOnce() {
        var item10 = epds.item(10).orElseThrow();
        int hardlyEver = item10.options().stream().filter(option -> option.label().equals("Hardly ever"))
                .findFirst().orElseThrow().value();
        int never = item10.options().stream().filter(option -> option.label().equals("Never"))
                .findFirst().orElseThrow().value();

        assertThat(QuestionSequence.helpFor(epds, item10, hardlyEver)).singleElement().asString().contains("116 123");
        assertThat(QuestionSequence.helpFor(epds, item10, never)).isEmpty();
        assertThat(QuestionSequence.helpFor(epds, epds.item(1).orElseThrow(), 3)).isEmpty();
    }

    @Test
    void aTokenIsThirtyTwoRandomBytesAndOnlyOurTokensHash() {
        String token = SecretLinkToken.generate();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(SecretLinkToken.generate());
        assertThat(SecretLinkToken.hash(token).orElseThrow()).hasSize(32);
        assertThat(SecretLinkToken.hash("short")).isEmpty();
        assertThat(SecretLinkToken.hash("not base64 at all!!")).isEmpty();
    }
}
