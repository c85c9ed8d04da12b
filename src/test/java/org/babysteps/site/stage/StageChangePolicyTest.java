package org.babysteps.site.stage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.SiteChangeRejectedException;
import org.junit.jupiter.api.Test;

class StageChangePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final StageChangePolicy policy = new StageChangePolicy();
    private final SiteStage preparingSinceJune =
            new SiteStage(SiteId.random(), "Site", ImplementationStage.PREPARING, LocalDate.of(2026, 6, 1), 2);
    private final SiteStage nothingRecorded =
            new SiteStage(SiteId.random(), "Site", ImplementationStage.EXPLORING, TODAY, 0);

    @Test
    void aLaterStageFromTheCurrentStagesStartOrAfterIsAccepted() {
        assertThatCode(() -> policy.check(preparingSinceJune, ImplementationStage.LICENSED_INSTALLING,
                LocalDate.of(2026, 6, 1), "Licence issued", TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(preparingSinceJune, ImplementationStage.PAUSED, TODAY, "Funding gap", TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aStartDateInTheFutureIsRefused() {
        assertRejected(() -> policy.check(preparingSinceJune, ImplementationStage.LICENSED_INSTALLING,
                TODAY.plusDays(1), "Soon", TODAY), "startedOn", "today or in the past");
    }

    @Test
    void aStartDateBeforeTheCurrentStageStartedIsRefused() {
        assertRejected(() -> policy.check(preparingSinceJune, ImplementationStage.LICENSED_INSTALLING,
                LocalDate.of(2026, 5, 31), "Backdated", TODAY), "startedOn", "on or after 1 June 2026");
    }

    @Test
    void datesInMessagesUseUkMonthNamesWhateverTheServerLocale() {
        // the formatter is built once, with the locale of whichever JVM loads the class: it must name its own
        org.assertj.core.api.Assertions.assertThat(StageChangePolicy.DAY.getLocale()).isEqualTo(Locale.UK);
        org.assertj.core.api.Assertions.assertThat(StageChangePolicy.DAY.format(LocalDate.of(2026, 6, 1)))
                .isEqualTo("1 June 2026");
    }

    @Test
    void theCurrentStageAgainIsRefused() {
        assertRejected(() -> policy.check(preparingSinceJune, ImplementationStage.PREPARING, TODAY, "Again", TODAY),
                "stage", "already at preparing");
    }

    @Test
    void aMissingStageDateOrNoteIsRefused() {
        assertRejected(() -> policy.check(preparingSinceJune, null, TODAY, "Note", TODAY), "stage", "Select the stage");
        assertRejected(() -> policy.check(preparingSinceJune, ImplementationStage.PAUSED, null, "Note", TODAY),
                "startedOn", "Enter the date");
        assertRejected(() -> policy.check(preparingSinceJune, ImplementationStage.PAUSED, TODAY, "  ", TODAY),
                "note", "Enter a note");
        assertRejected(() -> policy.check(preparingSinceJune, ImplementationStage.PAUSED, TODAY, "x".repeat(2001), TODAY),
                "note", "2000 characters");
    }

    @Test
    void anEmptyChangeHasEveryProblemAtOnceInFormOrder() {
        org.assertj.core.api.Assertions.assertThat(policy.problems(preparingSinceJune, null, null, null, TODAY))
                .extracting(SiteChangeRejectedException::field).containsExactly("stage", "startedOn", "note");
    }

    @Test
    void theFirstRecordedChangeMayPredateTheSitesRecordAndRecordExploring() {
        assertThatCode(() -> policy.check(nothingRecorded, ImplementationStage.EXPLORING, TODAY.minusYears(2),
                "Exploring since the regional event", TODAY)).doesNotThrowAnyException();
        assertRejected(() -> policy.check(nothingRecorded, ImplementationStage.EXPLORING, TODAY.plusDays(3), "Soon", TODAY),
                "startedOn", "today or in the past");
    }

    private static void assertRejected(Runnable change, String field, String message) {
        assertThatThrownBy(change::run).isInstanceOf(SiteChangeRejectedException.class)
                .hasMessageContaining(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((SiteChangeRejectedException) e).field()).isEqualTo(field));
    }
}
