package org.babysteps.family;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** Published when a family leaves the programme (declined, not eligible, withdrawn, moved away): free its place. */
public record FamilyLeftProgramme(FamilyId familyId, SiteId siteId, JourneyStage stage, LocalDate on) {
}
