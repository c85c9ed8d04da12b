package org.babysteps.family;

import java.time.LocalDate;

/**
 * A step a member of staff records on a family's journey: contacted, a closing stage (with its reason) or, for a
 * site lead, reopening a declined or withdrawn family.
 */
public record JourneyStep(JourneyStage stage, LocalDate on, String reason) {
}
