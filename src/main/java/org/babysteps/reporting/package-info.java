/**
 * Reporting: home pages and dashboards per role, and (in later issues) fidelity read models, commissioner
 * reports and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {"platform", "identity", "site", "delivery", "family"})
package org.babysteps.reporting;
