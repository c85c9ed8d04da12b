package org.babysteps.reporting.compliance;

import java.time.LocalDate;
import org.babysteps.programme.CompletionProgress;

/** A family that stayed to the end of a group, known only by the group: what it received of the programme. */
public record PlaceFact(String groupName, LocalDate groupEnded, CompletionProgress progress) {
}
