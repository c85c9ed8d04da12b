package org.babysteps.family.internal;

import java.time.LocalDate;
import org.babysteps.family.JourneyStage;

/** One dated step of a family's journey, with why and who recorded it. */
public record JourneyStepRecord(JourneyStage from, JourneyStage stage, LocalDate on, String reason,
                                String recordedByName) {
}
