package org.babysteps.reporting.compliance;

import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.reporting.ComplianceStatus;

/**
 * Judges a share of compliant cases against a condition's thresholds from the programme file: met from
 * {@code metAtPercent}, at risk from {@code atRiskFromPercent}, not met below; no data when nothing was due.
 * Compared in whole numbers, so 9 of 10 against 90% is met, never lost to rounding.
 */
public final class ComplianceThresholds {

    private ComplianceThresholds() {
    }

    public static ComplianceStatus judge(LicenceConditionDefinition condition, int compliant, int total) {
        if (compliant < 0 || compliant > total) {
            throw new IllegalArgumentException(compliant + " of " + total + " cannot comply");
        }
        if (total == 0) {
            return ComplianceStatus.NO_DATA;
        }
        long share = 100L * compliant;
        if (share >= (long) condition.metAtPercent() * total) {
            return ComplianceStatus.MET;
        }
        return share >= (long) condition.atRiskFromPercent() * total ? ComplianceStatus.AT_RISK : ComplianceStatus.NOT_MET;
    }

    /** "1 session" or "3 sessions". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
