package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.babysteps.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

class NotePolicyTest {

    private final NotePolicy policy = new NotePolicy();

    @Test
    void aNoteAtThePlayersMomentIsTakenAsItIs() {
        NotePolicy.Checked note = policy.check(new NoteDraft(65, null, "  You paused and she looked at you "), new BigDecimal("90"));
        assertThat(note.problems()).isEmpty();
        assertThat(note.atSeconds()).isEqualTo(65);
        assertThat(note.text()).isEqualTo("You paused and she looked at you");
    }

    @Test
    void withoutTheScriptTheTimeIsTypedAsMinutesAndSeconds() {
        assertThat(policy.check(new NoteDraft(null, "1:05", "Smiles"), null).atSeconds()).isEqualTo(65);
        assertThat(policy.check(new NoteDraft(null, "01:05:00", "Smiles"), null).atSeconds()).isEqualTo(3900);
    }

    @Test
    void anEmptyNoteAndAMissingTimeAreBothReported() {
        assertThat(policy.check(new NoteDraft(null, " ", " "), null).problems()).extracting(RuleViolationException::field)
                .containsExactly("text", "at");
    }

    @Test
    void aTimeThatIsNotMinutesAndSecondsIsRefused() {
        assertThat(policy.check(new NoteDraft(null, "1.05", "Smiles"), null).problems())
                .extracting(RuleViolationException::getMessage).containsExactly("Enter the time as minutes and seconds, for example 1:05");
        assertThat(policy.check(new NoteDraft(null, "1:75", "Smiles"), null).problems()).hasSize(1);
    }

    @Test
    void aTimeBeyondTheEndOfTheFilmIsRefusedOnceItsLengthIsKnown() {
        assertThat(policy.check(new NoteDraft(null, "2:00", "Smiles"), new BigDecimal("90.4")).problems())
                .extracting(RuleViolationException::getMessage).containsExactly("The film is 1:30 long: enter a time within it");
        assertThat(policy.check(new NoteDraft(null, "2:00", "Smiles"), null).problems()).isEmpty();
    }

    @Test
    void aNoteOfMoreThanAThousandCharactersIsRefused() {
        assertThat(policy.check(new NoteDraft(1, null, "a".repeat(1000)), null).problems()).isEmpty();
        assertThat(policy.check(new NoteDraft(1, null, "a".repeat(1001)), null).problems())
                .extracting(RuleViolationException::field).containsExactly("text");
    }

    @Test
    void momentsAreWrittenAsPeopleReadThem() {
        assertThat(FilmTimes.format(5)).isEqualTo("0:05");
        assertThat(FilmTimes.format(65)).isEqualTo("1:05");
        assertThat(FilmTimes.format(3725)).isEqualTo("1:02:05");
    }
}
