/**
 * Demo: a clearly synthetic data set for trying the platform on one machine. On only with the embedded database,
 * or when switched on explicitly; never touches a database that already has sites.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"platform", "identity", "site", "site :: steering", "site :: funding", "programme", "family", "delivery", "workforce", "outcomes", "reporting", "reporting :: evaluation", "media"})
package org.babysteps.demo;
