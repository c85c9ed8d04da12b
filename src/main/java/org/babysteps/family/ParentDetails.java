package org.babysteps.family;

import java.time.LocalDate;

/**
 * A parent as referred. Phone, email and NHS number are optional; the NHS number may be typed with spaces.
 */
public record ParentDetails(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
                            String nhsNumber) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
