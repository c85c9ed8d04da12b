package org.babysteps.reporting.compliance;

import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.reporting.ReportingPeriod;

/** Licence conditions with the thresholds of the Baby Steps file, for policy tests. */
final class Conditions {

    static final ReportingPeriod Q3 = new ReportingPeriod(java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 9, 30));

    private Conditions() {
    }

    static LicenceConditionDefinition of(LicenceConditionType type, int metAt, int atRiskFrom) {
        return new LicenceConditionDefinition(type.name().toLowerCase(), type, type.label(), "", null, metAt, atRiskFrom);
    }

    static LicenceConditionDefinition supervisionEvery(int weeks) {
        return new LicenceConditionDefinition("supervision", LicenceConditionType.REFLECTIVE_SUPERVISION, "Supervision", "",
                weeks, 100, 75);
    }
}
