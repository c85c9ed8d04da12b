/**
 * Delivery: venues, the site's facilitator roster, groups and their planned and delivered sessions, enrolments,
 * registers and home visits: what facilitators do every week.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery",
        allowedDependencies = {"platform", "identity", "site", "audit", "programme", "family", "workforce"})
package org.babysteps.delivery;
