package org.babysteps.site;

/** A condition agreed for one site's licence, tracked by hand rather than from the platform's data. */
public record NewLicenceCondition(String title, String description) {
}
