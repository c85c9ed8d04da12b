/**
 * Reporting: home pages and dashboards per role, the workforce capacity and turnover pages, and (in later issues)
 * fidelity read models, commissioner reports and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"platform", "identity", "site", "programme", "delivery", "family", "workforce", "notification", "outcomes", "audit"})
package org.babysteps.reporting;
