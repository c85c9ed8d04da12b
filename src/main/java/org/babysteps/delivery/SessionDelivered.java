package org.babysteps.delivery;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** Published when a session's register is first saved: the session was delivered. */
public record SessionDelivered(SessionId sessionId, GroupId groupId, SiteId siteId, LocalDate deliveredOn) {
}
