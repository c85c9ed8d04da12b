package org.babysteps.workforce;

import java.time.LocalDate;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;

/** Published when a practitioner completes (or renews by refresher) a programme's facilitator training. */
public record PractitionerTrained(PractitionerId id, UserId userId, ProgrammeId programmeId, LocalDate trainedOn,
                                  LocalDate validUntil) {
}
