package org.babysteps.family;

import org.babysteps.platform.SiteId;

/** Published when a new family is referred to a site. */
public record FamilyReferred(FamilyId familyId, SiteId siteId) {
}
