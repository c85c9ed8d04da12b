package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.MIDWIFE;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.answersScoring;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.valueScoring;

import java.util.Map;
import java.util.TreeMap;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentScoring;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.programme.RespondentRole;
import org.junit.jupiter.api.Test;

/** Risk answers published once per rule: item rules as each answer is saved, total rules on completion. */
class RiskPublicationTest extends NorthResponsesTestBase {

    @Test
    void aRiskAnswerIsPublishedOnceWhenSavedAndNotAgainOnCompletion() {
        FamilyId family = fixtures.couple(north, true);
        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, fixtures.firstParent(family),
                RespondentRole.BIRTH_PARENT, "baseline", "epds"));
        Map<Integer, Integer> answers = new TreeMap<>(Map.of(10, valueScoring(epds.item(10).orElseThrow(), 1)));

        signedIn.run(MIDWIFE, () -> responses.save(family, started.id(), answers));
        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(started.id())))
                .singleElement().satisfies(event -> {
                    assertThat(event.ruleCodes()).containsExactly("self-harm");
                    assertThat(event.familyId()).isEqualTo(family);
                    assertThat(event.siteId()).isEqualTo(north);
                    assertThat(event.selfCompleted()).isFalse();
                });

        Map<Integer, Integer> all = answersScoring(epds, 0);
        all.putAll(answers);
        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.complete(family, started.id(), all));
        assertThat(done.score().riskRuleCodes()).containsExactly("self-harm");
        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(started.id())))
                .hasSize(1);
    }

    @Test
    void aHighTotalPublishesItsOwnRule() {
        FamilyId family = fixtures.couple(north, true);
        Map<Integer, Integer> answers = answersScoring(epds, 2);
        answers.put(10, valueScoring(epds.item(10).orElseThrow(), 0));

        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.recordCompleted(family,
                fixtures.firstParent(family), RespondentRole.BIRTH_PARENT, "baseline", "epds", answers));

        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(done.id())))
                .singleElement().satisfies(event -> assertThat(event.ruleCodes()).containsExactly("probable-depression"));
    }

    @Test
    void aProratedTotalAtTheThresholdWhileInProgressPublishesNothingAndAFinalTotalBelowItNeverDoes() {
        FamilyId family = fixtures.couple(north, true);
        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, fixtures.firstParent(family),
                RespondentRole.BIRTH_PARENT, "baseline", "epds"));
        Map<Integer, Integer> answers = epdsItemsOneToNineSummingTwelve();

        ResponseRecord saved = signedIn.as(MIDWIFE, () -> responses.save(family, started.id(), answers));
        assertThat(InstrumentScoring.score(epds, saved.answers()).total()).isEqualTo(13);
        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(started.id())))
                .isEmpty();

        answers.put(10, valueScoring(epds.item(10).orElseThrow(), 0));
        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.complete(family, started.id(), answers));

        assertThat(done.score().total()).isEqualTo(12);
        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(started.id())))
                .isEmpty();
    }

    @Test
    void aTotalReachingTheThresholdIsPublishedWhenTheQuestionnaireIsCompleted() {
        FamilyId family = fixtures.couple(north, true);
        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, fixtures.firstParent(family),
                RespondentRole.BIRTH_PARENT, "baseline", "epds"));
        Map<Integer, Integer> answers = epdsItemsOneToNineSummingTwelve();
        answers.put(1, valueScoring(epds.item(1).orElseThrow(), 3));
        signedIn.run(MIDWIFE, () -> responses.save(family, started.id(), answers));
        answers.put(10, valueScoring(epds.item(10).orElseThrow(), 0));

        signedIn.run(MIDWIFE, () -> responses.complete(family, started.id(), answers));

        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(started.id())))
                .singleElement().satisfies(event -> assertThat(event.ruleCodes()).containsExactly("probable-depression"));
    }

    @Test
    void aPhq9SelfHarmAnswerIsPublishedAtOnceWhileInProgressNamingWhoEnteredIt() {
        FamilyId family = fixtures.couple(north, true);
        InstrumentDefinition phq9 = instruments.find("phq-9").orElseThrow();
        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, fixtures.firstParent(family),
                RespondentRole.BIRTH_PARENT, "baseline", "phq-9"));

        signedIn.run(MIDWIFE, () -> responses.save(family, started.id(),
                Map.of(9, valueScoring(phq9.item(9).orElseThrow(), 1))));

        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(started.id())))
                .singleElement().satisfies(event -> {
                    assertThat(event.ruleCodes()).containsExactly("self-harm");
                    assertThat(event.enteredBy()).isEqualTo(users.findByEmail(MIDWIFE).orElseThrow().userId());
                });
    }

    @Test
    void withoutRiskAnswersNothingIsPublished() {
        FamilyId family = fixtures.couple(north, true);
        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.recordCompleted(family,
                fixtures.firstParent(family), RespondentRole.BIRTH_PARENT, "baseline", "epds", answersScoring(epds, 0)));
        assertThat(events.stream(RiskAnswersGiven.class).filter(event -> event.responseId().equals(done.id()))).isEmpty();
    }

    /** EPDS items 1 to 9 scoring 12 in all: prorated over ten items that is 13, the probable-depression threshold. */
    private Map<Integer, Integer> epdsItemsOneToNineSummingTwelve() {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int item = 1; item <= 9; item++) {
            answers.put(item, valueScoring(epds.item(item).orElseThrow(), item <= 3 ? 2 : 1));
        }
        return answers;
    }
}
