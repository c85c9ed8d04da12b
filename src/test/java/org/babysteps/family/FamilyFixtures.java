package org.babysteps.family;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.babysteps.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Families for tests: every one with its own made-up names, phone and NHS number, so tests sharing the database
 * never look like duplicates of each other unless they mean to.
 */
final class FamilyFixtures {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    private FamilyFixtures() {
    }

    /** A name of letters only, different every time. */
    static String name() {
        StringBuilder name = new StringBuilder("Test");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static String phone() {
        return "07700 " + (100000 + ThreadLocalRandom.current().nextInt(900000));
    }

    /** A random NHS number with a valid check digit. */
    static String nhsNumber() {
        while (true) {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return nine + (check == 11 ? 0 : check);
            }
        }
    }

    static ParentDetails parent() {
        return new ParentDetails(name(), name(), LocalDate.of(1996, 5, 17), phone(), null, null);
    }

    static ReferralDetails referral(ParentDetails... parents) {
        return new ReferralDetails(new Referrer("Midwife", "Jo Referrer, Northshire NHS Trust (demo)"), TODAY,
                TODAY.plusWeeks(20), List.of(), null, List.of(parents), null, "English", false,
                Set.of(ContactMethod.PHONE), null, null, false, null);
    }

    /** Runs work as this person, the way a request of theirs would. */
    static <T> T as(CurrentUser person, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void as(CurrentUser person, Runnable work) {
        as(person, () -> {
            work.run();
            return null;
        });
    }

    /** A complete, valid referral form for the first parent's names; change or remove fields with {@code with}. */
    static Map<String, String> referralForm(String firstName, String lastName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("referrerSource", "Midwife");
        form.put("referrerName", "Jo Referrer, Northshire NHS Trust (demo)");
        date(form, "referralDate", TODAY);
        date(form, "expectedDeliveryDate", TODAY.plusWeeks(18));
        form.put("vulnerabilityFactors", "First-time parent");
        form.put("parent1FirstName", firstName);
        form.put("parent1LastName", lastName);
        date(form, "parent1DateOfBirth", LocalDate.of(1999, 2, 14));
        form.put("parent1Phone", phone());
        form.put("parent1NhsNumber", nhsNumber());
        form.put("preferredLanguage", "English");
        form.put("interpreterNeeded", "false");
        form.put("contactMethods", "TEXT");
        form.put("needsTransportHelp", "true");
        form.put("transportNeeds", "No car; two buses to the children's centre");
        return form;
    }

    static void date(Map<String, String> form, String field, LocalDate date) {
        form.put(field + ".day", String.valueOf(date.getDayOfMonth()));
        form.put(field + ".month", String.valueOf(date.getMonthValue()));
        form.put(field + ".year", String.valueOf(date.getYear()));
    }

    static MockHttpServletRequestBuilder postForm(String path, CurrentUser person, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path).with(user(person)).with(csrf());
        form.forEach(request::param);
        return request;
    }
}
