/**
 * Site: sites and their partner agencies, implementation stages, readiness assessments, licences and their
 * conditions, local adaptations, steering groups, and funding and commissioning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = {"platform", "identity", "audit", "programme", "notification"})
package org.babysteps.site;
