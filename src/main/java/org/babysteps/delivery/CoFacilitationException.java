package org.babysteps.delivery;

import java.time.Instant;
import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** A session a site lead let run without the co-facilitation the licence asks for, and why. No family data. */
public record CoFacilitationException(SessionId sessionId, SiteId siteId, String groupName, String sessionTitle,
                                      LocalDate sessionDate, String reason, String recordedBy, Instant recordedAt) {
}
