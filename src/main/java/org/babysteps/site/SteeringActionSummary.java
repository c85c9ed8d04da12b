package org.babysteps.site;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;

/** An action of a site's steering group that is still open. */
public record SteeringActionSummary(UUID id, SiteId site, String description, String owner, LocalDate dueOn) {
}
