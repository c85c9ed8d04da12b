package org.babysteps.family.internal;

import java.util.Optional;

/**
 * An NHS number: 10 digits, the last a Modulus 11 check digit over the first nine (weights 10 down to 2). A check
 * digit that works out as 10 means the number was never issued. People type it in groups ("943 476 5919"), so
 * spaces are ignored; it is stored as the 10 digits.
 */
public record NhsNumber(String value) {

    static final String WRONG_LENGTH = "NHS number must be 10 digits, for example 943 476 5919";
    static final String WRONG_CHECK_DIGIT = "NHS number is not valid: check each digit and enter it again";

    public NhsNumber {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        value = value.replace(" ", "");
    }

    /** The number as typed, tidied; throws {@link IllegalArgumentException} with the reason if it is not valid. */
    public static NhsNumber parse(String typed) {
        return new NhsNumber(typed == null ? "" : typed.trim());
    }

    /** Why a typed number is not valid, in words for the person who typed it; empty when it is valid. */
    public static Optional<String> problemWith(String typed) {
        String digits = typed == null ? "" : typed.trim().replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.of(WRONG_LENGTH);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != digits.charAt(9) - '0') {
            return Optional.of(WRONG_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** In the groups of 3, 3 and 4 digits people read it in. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
