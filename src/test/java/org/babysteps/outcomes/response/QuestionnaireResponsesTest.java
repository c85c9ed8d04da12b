package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.MIDWIFE;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.answersScoring;

import java.util.Map;
import java.util.UUID;
import org.babysteps.family.ConsentRequiredException;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.AnswerOutOfRangeException;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.programme.RespondentRole;
import org.junit.jupiter.api.Test;

/**
 * Responses on the embedded database: consent first, answers checked before anything is stored, the score stored
 * with the instrument version, one completed response per parent, time point and instrument, other sites' families
 * not found. Risk answers: {@link RiskPublicationTest}.
 */
class QuestionnaireResponsesTest extends NorthResponsesTestBase {

    @Test
    void nothingIsAskedOrSavedWithoutConsentToEvaluationUse() {
        FamilyId family = fixtures.couple(north, false);
        UUID parent = fixtures.firstParent(family);

        assertThat(signedIn.as(MIDWIFE, () -> responses.mayAsk(family))).isFalse();
        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.start(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds"))).isInstanceOf(ConsentRequiredException.class);
        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.recordCompleted(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds", answersScoring(epds, 0))))
                .isInstanceOf(ConsentRequiredException.class);
        assertThat(responsesOf(family)).isZero();
    }

    @Test
    void completingStoresTheScoreWithTheInstrumentVersion() {
        FamilyId family = fixtures.couple(north, true);
        UUID parent = fixtures.firstParent(family);

        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.recordCompleted(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds", answersScoring(epds, 1)));

        assertThat(done.completed()).isTrue();
        assertThat(done.instrumentVersion()).isEqualTo(epds.version());
        assertThat(done.score().total()).isEqualTo(10);
        assertThat(done.score().bands()).containsExactly("Possible depression (10 or more, a commonly used lower threshold)");
        assertThat(done.score().subscaleTotals()).containsEntry("epds-3a", 3);
        assertThat(done.enteredByName()).isEqualTo("Maya Midwife-North (demo)");
        // stored, not recomputed: the row itself holds the total and version
        assertThat(jdbc.sql("select total || ' v' || instrument_version from questionnaire_response where id = ?")
                .param(done.id()).query(String.class).single()).isEqualTo("10 v1");
    }

    @Test
    void aProratedTotalIsStoredAsProrated() {
        FamilyId family = fixtures.couple(north, true);
        Map<Integer, Integer> answers = answersScoring(epds, 2);
        answers.remove(4);

        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.recordCompleted(family,
                fixtures.firstParent(family), RespondentRole.BIRTH_PARENT, "baseline", "epds", answers));

        assertThat(done.score().prorated()).isTrue();
        assertThat(done.score().total()).isEqualTo(20);
        assertThat(done.score().missing()).isEqualTo(1);
    }

    @Test
    void anOutOfRangeAnswerNamesItsItemAndLeavesNothingSaved() {
        FamilyId family = fixtures.couple(north, true);
        Map<Integer, Integer> answers = answersScoring(epds, 0);
        answers.put(3, 7);

        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.recordCompleted(family,
                fixtures.firstParent(family), RespondentRole.BIRTH_PARENT, "baseline", "epds", answers)))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("item-3");
                    assertThat(refused.getMessage()).contains("has no answer with value 7");
                });
        assertThat(responsesOf(family)).isZero();

        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, fixtures.firstParent(family),
                RespondentRole.BIRTH_PARENT, "baseline", "epds"));
        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.save(family, started.id(), answers)))
                .isInstanceOf(AnswerOutOfRangeException.class);
        assertThat(signedIn.as(MIDWIFE, () -> responses.find(family, started.id())).answers()).isEmpty();
    }

    @Test
    void aTimePointOrInstrumentTheProgrammeDoesNotHaveIsRefused() {
        FamilyId family = fixtures.couple(north, true);
        UUID parent = fixtures.firstParent(family);

        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.start(family, parent,
                RespondentRole.BIRTH_PARENT, "half-time", "epds")))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("timePoint");
                    assertThat(refused.getMessage()).contains("has no time point ‘half-time’").contains("baseline");
                });
        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.start(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "hads")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("instrument"));
        assertThat(responsesOf(family)).isZero();
    }

    @Test
    void aSecondCompletedResponseForTheSameParentTimePointAndInstrumentIsRefused() {
        FamilyId family = fixtures.couple(north, true);
        UUID parent = fixtures.firstParent(family);
        signedIn.run(MIDWIFE, () -> responses.recordCompleted(family, parent, RespondentRole.BIRTH_PARENT,
                "baseline", "epds", answersScoring(epds, 0)));

        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.recordCompleted(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds", answersScoring(epds, 1))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.getMessage()).contains("has already completed ‘epds’"));
        assertThat(responsesOf(family)).isEqualTo(1);
        // the other parent, and the same parent at another time point, are still asked
        signedIn.run(MIDWIFE, () -> responses.recordCompleted(family, fixtures.parents(family).get(1).id(),
                RespondentRole.PARTNER, "baseline", "epds", answersScoring(epds, 0)));
        signedIn.run(MIDWIFE, () -> responses.recordCompleted(family, parent, RespondentRole.BIRTH_PARENT,
                "end-of-programme", "epds", answersScoring(epds, 0)));
        assertThat(responsesOf(family)).isEqualTo(3);
    }

    @Test
    void anotherSitesFacilitatorCannotFindTheFamilysQuestionnaires() {
        FamilyId family = fixtures.couple(north, true);
        UUID parent = fixtures.firstParent(family);
        ResponseRecord done = signedIn.as(MIDWIFE, () -> responses.recordCompleted(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds", answersScoring(epds, 0)));

        assertThatThrownBy(() -> signedIn.as("midwife@south.demo", () -> responses.find(family, done.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("midwife@south.demo", () -> responses.start(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "gad-7"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("midwife@south.demo", () -> responses.due(family)))
                .isInstanceOf(NotFoundException.class);
    }

    private long responsesOf(FamilyId family) {
        return jdbc.sql("select count(*) from questionnaire_response where family_id = ?").param(family.value())
                .query(Long.class).single();
    }
}
