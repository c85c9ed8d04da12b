package org.babysteps.family;

import java.util.Map;

/**
 * What happened to a site's families over a period, each step counted by the date it happened: referrals received,
 * of those the ones found not eligible, and enrolments and completions recorded in the period. Counts only.
 *
 * @param referredByFactor families referred in the period per reason or vulnerability factor on the referral (a
 *                         family with several factors counts under each)
 * @param enrolledByFactor families enrolled in a group in the period (those reached), per factor on their referral
 */
public record ReferralActivity(long referred, long notEligible, long enrolled, long completed,
                               Map<String, Long> referredByFactor, Map<String, Long> enrolledByFactor) {

    public ReferralActivity {
        referredByFactor = Map.copyOf(referredByFactor);
        enrolledByFactor = Map.copyOf(enrolledByFactor);
    }

    /** Referred in the period and not found ineligible. */
    public long eligible() {
        return referred - notEligible;
    }
}
