package org.babysteps.workforce;

/** A practitioner as read, with the version an edit must build on. */
public record VersionedPractitioner(Practitioner practitioner, int version) {
}
