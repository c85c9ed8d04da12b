/**
 * Site: sites, their partner agencies, and (in later issues) readiness, licences, adaptations, steering groups
 * and funding.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = {"platform", "identity", "audit"})
package org.babysteps.site;
