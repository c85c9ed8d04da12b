package org.babysteps.family;

import java.time.LocalDate;

/**
 * The baby's birth, recorded after it: the birth outcomes the programme measures.
 *
 * @param gestationWeeks completed weeks of pregnancy at birth (22 to 44)
 * @param gestationDays  days beyond those weeks (0 to 6)
 * @param babyName       optional
 */
public record BirthDetails(LocalDate dateOfBirth, Integer gestationWeeks, Integer gestationDays,
                           Integer birthWeightGrams, DeliveryMode deliveryMode, String babyName) {
}
