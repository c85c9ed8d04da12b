package org.babysteps.family;

/**
 * Who referred the family.
 *
 * @param source       one of the programme's referral sources, e.g. "Midwife"
 * @param nameOrAgency the referrer's name and agency as typed, e.g. "Jo Bloggs, Northshire NHS Trust"
 */
public record Referrer(String source, String nameOrAgency) {
}
