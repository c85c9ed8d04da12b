package org.babysteps.family;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** Published when a family withdraws a consent; every use for that purpose stops at once. */
public record ConsentWithdrawn(FamilyId familyId, SiteId siteId, ConsentPurpose purpose, LocalDate withdrawnOn) {
}
