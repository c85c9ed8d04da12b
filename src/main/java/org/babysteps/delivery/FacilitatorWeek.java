package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.family.FamilySummary;

/** A facilitator's week: sessions and visits coming up, registers still to save, new referrals to contact. */
public record FacilitatorWeek(LocalDate weekStart, LocalDate weekEnd, List<SessionView> sessions,
                              List<HomeVisit> visits, List<SessionView> registersDue,
                              List<FamilySummary> familiesToContact, java.util.Map<org.babysteps.family.FamilyId, String> visitFamilyNames) {
}
