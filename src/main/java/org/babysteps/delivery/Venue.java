package org.babysteps.delivery;

import org.babysteps.platform.SiteId;

/** Where a group meets. */
public record Venue(VenueId id, SiteId siteId, String name, String address, int capacity, String accessibilityNotes) {
}
