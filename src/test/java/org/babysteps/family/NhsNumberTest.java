package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.babysteps.family.internal.NhsNumber;
import org.junit.jupiter.api.Test;

/** NHS numbers: 10 digits with a Modulus 11 check digit; typed with or without spaces. */
class NhsNumberTest {

    @Test
    void aValidNumberIsAccepted() {
        assertThat(NhsNumber.problemWith("9434765919")).isEmpty();
        assertThat(NhsNumber.problemWith("4010232137")).isEmpty();
    }

    @Test
    void spacesAreIgnoredAndTheNumberIsKeptAsItsDigits() {
        NhsNumber number = NhsNumber.parse(" 943 476 5919 ");
        assertThat(number.value()).isEqualTo("9434765919");
        assertThat(number.formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void aCheckDigitOfElevenIsZero() {
        // 1 x 9 (second digit) + 1 x 2 (ninth digit) = 11: 11 - (11 mod 11) = 11, written as 0
        assertThat(NhsNumber.problemWith("0100000010")).isEmpty();
        assertThat(NhsNumber.problemWith("0100000011")).isPresent();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(NhsNumber.problemWith("9434765918")).contains("NHS number is not valid: check each digit and enter it again");
    }

    @Test
    void numbersWhoseCheckDigitWouldBeTenWereNeverIssued() {
        // a weighted sum leaving remainder 1 gives a check digit of 11 - 1 = 10: no tenth digit can be right
        String nineDigits = firstNineDigitsWithRemainderOne();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.problemWith(nineDigits + last)).as(nineDigits + last).isPresent();
        }
    }

    @Test
    void wrongLengthsAndLettersAreRefused() {
        assertThat(NhsNumber.problemWith("943476591")).contains("NHS number must be 10 digits, for example 943 476 5919");
        assertThat(NhsNumber.problemWith("94347659190")).isPresent();
        assertThat(NhsNumber.problemWith("943-476-5919")).isPresent();
        assertThat(NhsNumber.problemWith("94347659I9")).isPresent();
        assertThat(NhsNumber.problemWith("")).isPresent();
        assertThat(NhsNumber.problemWith(null)).isPresent();
    }

    @Test
    void parsingAnInvalidNumberSaysWhy() {
        assertThatThrownBy(() -> NhsNumber.parse("123")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 digits");
    }

    private static String firstNineDigitsWithRemainderOne() {
        for (int n = 0; n < 1_000_000_000; n++) {
            String digits = String.format("%09d", n);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            if (sum % 11 == 1) {
                return digits;
            }
        }
        throw new IllegalStateException("none found");
    }
}
