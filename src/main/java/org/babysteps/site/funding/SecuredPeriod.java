package org.babysteps.site.funding;

import java.time.LocalDate;

/** The dates of one secured funding stream, all the warning policy needs. */
public record SecuredPeriod(LocalDate startsOn, LocalDate endsOn) {
}
