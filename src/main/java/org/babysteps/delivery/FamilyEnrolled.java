package org.babysteps.delivery;

import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/** Published when a family takes a place (or a waiting-list place) in a group. */
public record FamilyEnrolled(FamilyId familyId, GroupId groupId, SiteId siteId, EnrolmentStatus status) {
}
