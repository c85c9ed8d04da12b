package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.babysteps.family.internal.DuplicateMatchPolicy;
import org.junit.jupiter.api.Test;

/** When a parent being referred is probably someone a site already has, and why. */
class DuplicateMatchPolicyTest {

    private static final LocalDate BORN = LocalDate.of(1998, 3, 31);
    private final DuplicateMatchPolicy policy = new DuplicateMatchPolicy();
    private final ParentDetails existing =
            new ParentDetails("Amira", "Khan", BORN, "07700 900123", "Amira.Khan@example.org", "9434765919");

    @Test
    void theSameNhsNumberMatchesWhateverTheSpacing() {
        assertThat(policy.reasons(person("Someone", "Else", null, null, null, "943 476 5919"), existing))
                .containsExactly(DuplicateReason.NHS_NUMBER);
    }

    @Test
    void theSameNameAndDateOfBirthMatchIgnoringCaseAndSpaces() {
        assertThat(policy.reasons(person(" amira ", "KHAN", BORN, null, null, null), existing))
                .containsExactly(DuplicateReason.NAME_AND_DATE_OF_BIRTH);
    }

    @Test
    void theSameNameWithADifferentDateOfBirthIsNotAMatch() {
        assertThat(policy.reasons(person("Amira", "Khan", BORN.plusDays(1), null, null, null), existing)).isEmpty();
    }

    @Test
    void theSamePhoneMatchesWrittenAnotherWay() {
        assertThat(policy.reasons(person("Joe", "Bloggs", null, "+44 7700 900 123", null, null), existing))
                .containsExactly(DuplicateReason.PHONE);
        assertThat(policy.reasons(person("Joe", "Bloggs", null, "(07700) 900-123", null, null), existing))
                .containsExactly(DuplicateReason.PHONE);
    }

    @Test
    void theSameEmailMatchesIgnoringCase() {
        assertThat(policy.reasons(person("Joe", "Bloggs", null, null, " amira.khan@EXAMPLE.org", null), existing))
                .containsExactly(DuplicateReason.EMAIL);
    }

    @Test
    void everyReasonIsGiven() {
        assertThat(policy.reasons(existing, existing)).containsExactlyInAnyOrder(DuplicateReason.values());
    }

    @Test
    void missingDetailsNeverMatchEachOther() {
        ParentDetails sparse = person("Joe", "Bloggs", BORN, null, null, null);
        assertThat(policy.reasons(sparse, person("Jo", "Bloggs", BORN, null, null, null))).isEmpty();
        assertThat(policy.reasons(person("Joe", "Bloggs", null, "12", null, null),
                person("Ann", "Other", null, "12", null, null))).as("too short to be a phone number").isEmpty();
    }

    private static ParentDetails person(String first, String last, LocalDate born, String phone, String email, String nhs) {
        return new ParentDetails(first, last, born, phone, email, nhs);
    }
}
