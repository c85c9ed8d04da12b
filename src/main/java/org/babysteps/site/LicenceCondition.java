package org.babysteps.site;

import org.babysteps.programme.LicenceConditionType;

/**
 * A condition on a licence: one from the programme definition (with its {@code type}, checked from the platform's
 * data) or a site-specific one agreed at issue ({@code type} null, tracked by hand).
 */
public record LicenceCondition(String code, LicenceConditionType type, String title, String description) {

    public boolean siteSpecific() {
        return type == null;
    }
}
