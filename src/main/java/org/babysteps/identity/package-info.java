/**
 * Identity: staff accounts, roles, login and the site scoping that every query of site or personal data uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"platform", "audit"})
package org.babysteps.identity;
