package org.babysteps.site;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;

/**
 * A local adaptation as shown on a licence and in reports.
 *
 * @param touchesCore true when the component is core: the request needed an explicit justification
 * @param until       null when the adaptation has no end date
 */
public record AdaptationSummary(UUID id, SiteId site, String componentCode, String componentTitle,
                                boolean touchesCore, String what, String why, LocalDate from, LocalDate until,
                                AdaptationStatus status, String decisionReason, String conditions) {
}
