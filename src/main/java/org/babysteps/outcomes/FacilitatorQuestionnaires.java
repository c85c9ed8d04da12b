package org.babysteps.outcomes;

import java.util.List;
import org.babysteps.family.FamilyId;

/**
 * What a facilitator's families still have to complete, most overdue first, and the families whose answers cannot be
 * asked for until they consent to evaluation use.
 */
public record FacilitatorQuestionnaires(List<DueQuestionnaire> due, List<ConsentNeeded> consentNeeded) {

    public FacilitatorQuestionnaires {
        due = List.copyOf(due);
        consentNeeded = List.copyOf(consentNeeded);
    }

    /** A family in the facilitator's groups without current consent to evaluation use. */
    public record ConsentNeeded(FamilyId familyId, String familyName, String groupName) {
    }

    /** How many questionnaires are due (each instrument of each parent counts once). */
    public int questionnaireCount() {
        return due.stream().mapToInt(item -> item.instruments().size()).sum();
    }

    public long familyCount() {
        return due.stream().map(DueQuestionnaire::familyId).distinct().count();
    }

    public int overdueCount() {
        return due.stream().filter(DueQuestionnaire::overdue).mapToInt(item -> item.instruments().size()).sum();
    }

    public boolean empty() {
        return due.isEmpty() && consentNeeded.isEmpty();
    }
}
