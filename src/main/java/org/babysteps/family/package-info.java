/**
 * Family: referrals, parents and babies, consent (dated, purpose-bound, revocable) and the family's journey
 * through the programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family",
        allowedDependencies = {"platform", "identity", "site", "audit", "programme"})
package org.babysteps.family;
