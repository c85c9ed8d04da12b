package org.babysteps.outcomes;

/**
 * What someone did about an alert.
 *
 * @param actionTaken what was done, in words (required)
 * @param referral    where the family was referred, or null for no referral
 * @param version     the alert's version the person saw, so a second acknowledgement made meanwhile is refused
 */
public record Acknowledgement(String actionTaken, Referral referral, int version) {
}
