/**
 * Programme: licensed programmes defined as data (curriculum of visits and sessions, themes, group rules,
 * completion and co-facilitation rules, referral lists), loaded from versioned files under
 * {@code src/main/resources/programmes/}, and the policies that interpret those rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme", allowedDependencies = {"platform"})
package org.babysteps.programme;
