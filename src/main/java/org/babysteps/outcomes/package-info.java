/**
 * Outcomes: questionnaires (instruments) defined as versioned data files, their scoring and risk rules, and the
 * answers, safeguarding alerts and pre/post analysis built on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes",
        allowedDependencies = {"platform", "identity", "audit", "site", "programme", "family", "delivery", "notification"})
package org.babysteps.outcomes;
