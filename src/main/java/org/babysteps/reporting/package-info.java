/**
 * Reporting: home pages and dashboards per role, workforce capacity and turnover, licence compliance, evidence packs,
 * outcomes dashboards, local evaluation reports and the de-identified data behind them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"platform", "audit", "identity", "site", "programme", "delivery", "family", "workforce", "notification", "outcomes"})
package org.babysteps.reporting;
