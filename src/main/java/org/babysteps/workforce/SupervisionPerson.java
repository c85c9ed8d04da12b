package org.babysteps.workforce;

/** A supervisor or supervisee as a session lists them. */
public record SupervisionPerson(PractitionerId id, String name) {
}
