package org.babysteps.family.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.babysteps.family.DuplicateReason;
import org.babysteps.family.ParentDetails;

/**
 * When a parent being referred is probably someone a site already has: the same NHS number, the same first and
 * last name with the same date of birth, the same phone number or the same email address. Names, phones and
 * emails are compared the way people write them differently ("07700 900123" and "+44 7700 900123" match).
 */
public final class DuplicateMatchPolicy {

    public Set<DuplicateReason> reasons(ParentDetails incoming, ParentDetails existing) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        if (same(nhsKey(incoming.nhsNumber()), nhsKey(existing.nhsNumber()))) {
            reasons.add(DuplicateReason.NHS_NUMBER);
        }
        if (same(nameKey(incoming.firstName()), nameKey(existing.firstName()))
                && same(nameKey(incoming.lastName()), nameKey(existing.lastName()))
                && incoming.dateOfBirth() != null && incoming.dateOfBirth().equals(existing.dateOfBirth())) {
            reasons.add(DuplicateReason.NAME_AND_DATE_OF_BIRTH);
        }
        if (same(phoneKey(incoming.phone()), phoneKey(existing.phone()))) {
            reasons.add(DuplicateReason.PHONE);
        }
        if (same(emailKey(incoming.email()), emailKey(existing.email()))) {
            reasons.add(DuplicateReason.EMAIL);
        }
        return reasons;
    }

    /** Lower case, single spaces, so "Amira  KHAN" is "amira khan". */
    public static String nameKey(String name) {
        return blank(name) ? null : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Digits only, a UK international prefix turned into the leading 0; too short to identify anyone is none. */
    public static String phoneKey(String phone) {
        if (blank(phone)) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (phone.trim().startsWith("+44") || digits.startsWith("0044")) {
            digits = "0" + digits.substring(digits.startsWith("0044") ? 4 : 2);
        }
        return digits.length() < 6 ? null : digits;
    }

    public static String emailKey(String email) {
        return blank(email) ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static String nhsKey(String nhsNumber) {
        return blank(nhsNumber) ? null : nhsNumber.replace(" ", "");
    }

    private static boolean same(String a, String b) {
        return a != null && Objects.equals(a, b);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
