/**
 * Audit: the append-only, hash-chained record of who saw or changed personal data, and of every login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"platform"})
package org.babysteps.audit;
