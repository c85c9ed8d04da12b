package org.babysteps.family.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.family.FieldProblem;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.SupporterDetails;

/**
 * Whether a referral makes sense: choices from the programme's lists, dates that can be true (an expected date of
 * delivery from 42 weeks before to 44 weeks after the referral, parents aged 10 to 70), valid NHS numbers. Returns
 * every problem at once, named by the API's field names, so a form can show them all together.
 */
public final class ReferralPolicy {

    static final int EDD_WEEKS_BEFORE_REFERRAL = 42;
    static final int EDD_WEEKS_AFTER_REFERRAL = 44;
    static final int YOUNGEST_PARENT = 10;
    static final int OLDEST_PARENT = 70;
    private static final String[] ORDINALS = {"First", "Second"};

    private final List<String> referralSources;
    private final List<String> vulnerabilityFactors;

    public ReferralPolicy(List<String> referralSources, List<String> vulnerabilityFactors) {
        this.referralSources = List.copyOf(referralSources);
        this.vulnerabilityFactors = List.copyOf(vulnerabilityFactors);
    }

    public List<FieldProblem> problems(ReferralDetails referral, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String source = referral.referrer() == null ? null : referral.referrer().source();
        if (source == null || !referralSources.contains(source)) {
            problems.add(new FieldProblem("referrerSource", "Select who referred the family"));
        }
        if (!vulnerabilityFactors.containsAll(referral.vulnerabilityFactors())) {
            problems.add(new FieldProblem("vulnerabilityFactors", "Select reasons from the list, or describe others in words"));
        }
        LocalDate referred = referral.referralDate();
        if (referred == null) {
            problems.add(new FieldProblem("referralDate", "Enter the referral date"));
        } else if (referred.isAfter(today)) {
            problems.add(new FieldProblem("referralDate", "Referral date must be today or in the past"));
        }
        LocalDate basis = referred == null || referred.isAfter(today) ? today : referred;
        checkExpectedDelivery(referral.expectedDeliveryDate(), basis, problems);
        if (referral.parents().isEmpty() || referral.parents().size() > 2) {
            problems.add(new FieldProblem("parents", "Enter one or two parents"));
        }
        for (int i = 0; i < Math.min(2, referral.parents().size()); i++) {
            checkParent(referral.parents().get(i), "parents[" + i + "].", ORDINALS[i], basis, today, problems);
        }
        SupporterDetails supporter = referral.supporter();
        if (supporter != null && blank(supporter.name())) {
            problems.add(new FieldProblem("supporter.name", "Enter the supporter's name"));
        }
        if (blank(referral.preferredLanguage())) {
            problems.add(new FieldProblem("preferredLanguage", "Enter the family's preferred language"));
        }
        return problems;
    }

    private static void checkExpectedDelivery(LocalDate edd, LocalDate referred, List<FieldProblem> problems) {
        if (edd == null) {
            problems.add(new FieldProblem("expectedDeliveryDate", "Enter the expected date of delivery"));
            return;
        }
        LocalDate earliest = referred.minusWeeks(EDD_WEEKS_BEFORE_REFERRAL);
        LocalDate latest = referred.plusWeeks(EDD_WEEKS_AFTER_REFERRAL);
        if (edd.isBefore(earliest) || edd.isAfter(latest)) {
            problems.add(new FieldProblem("expectedDeliveryDate", "Expected date of delivery must be between "
                    + DisplayDates.format(earliest) + " and " + DisplayDates.format(latest)
                    + " (no more than 42 weeks before or 44 weeks after the referral date)"));
        }
    }

    private static void checkParent(ParentDetails parent, String prefix, String ordinal, LocalDate referred,
                                    LocalDate today, List<FieldProblem> problems) {
        if (blank(parent.firstName())) {
            problems.add(new FieldProblem(prefix + "firstName", "Enter the " + ordinal.toLowerCase() + " parent's first name"));
        }
        if (blank(parent.lastName())) {
            problems.add(new FieldProblem(prefix + "lastName", "Enter the " + ordinal.toLowerCase() + " parent's last name"));
        }
        LocalDate born = parent.dateOfBirth();
        if (born == null) {
            problems.add(new FieldProblem(prefix + "dateOfBirth", "Enter the " + ordinal.toLowerCase() + " parent's date of birth"));
        } else if (born.isAfter(today)) {
            problems.add(new FieldProblem(prefix + "dateOfBirth", ordinal + " parent's date of birth must be in the past"));
        } else {
            int age = Period.between(born, referred).getYears();
            if (age < YOUNGEST_PARENT) {
                problems.add(new FieldProblem(prefix + "dateOfBirth",
                        ordinal + " parent must be at least " + YOUNGEST_PARENT + " years old on the referral date"));
            } else if (age > OLDEST_PARENT) {
                problems.add(new FieldProblem(prefix + "dateOfBirth",
                        ordinal + " parent must be " + OLDEST_PARENT + " or younger on the referral date"));
            }
        }
        if (!blank(parent.nhsNumber())) {
            NhsNumber.problemWith(parent.nhsNumber()).ifPresent(problem ->
                    problems.add(new FieldProblem(prefix + "nhsNumber", ordinal + " parent's " + problem)));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
