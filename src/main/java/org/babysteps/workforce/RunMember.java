package org.babysteps.workforce;

import java.time.LocalDate;

/** A trainer or trainee of a run; {@code hasAccount} says whether they can give their own feedback. */
public record RunMember(PractitionerId id, String name, boolean hasAccount, LocalDate leftOn) {
}
