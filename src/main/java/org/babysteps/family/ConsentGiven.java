package org.babysteps.family;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/**
 * Published when a family gives a consent, including again after withdrawing it, so uses that stopped on
 * {@link ConsentWithdrawn} can resume.
 */
public record ConsentGiven(FamilyId familyId, SiteId siteId, ConsentPurpose purpose, LocalDate givenOn) {
}
