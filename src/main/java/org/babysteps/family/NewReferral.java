package org.babysteps.family;

import org.babysteps.platform.SiteId;

/**
 * A family to refer to a site.
 *
 * @param confirmedNotDuplicate the person referring has seen the possible matches and says this is a different
 *                              family; without it a referral that looks like an existing family is refused
 */
public record NewReferral(SiteId siteId, ReferralDetails details, boolean confirmedNotDuplicate) {
}
