package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.programme.RespondentRole;

/**
 * The questionnaires one parent of a family still has to complete at one time point, and since when.
 *
 * @param instruments what is still to complete, each saying whether it is in progress
 * @param dueOn       the time point's date: its contact's date plus any weeks after it
 */
public record DueQuestionnaire(FamilyId familyId, String familyName, String groupName, UUID participantId,
                               String parentName, RespondentRole role, String timePointCode, String timePointTitle,
                               List<Instrument> instruments, LocalDate dueOn, DueStatus status) {

    public DueQuestionnaire {
        instruments = List.copyOf(instruments);
    }

    /** One questionnaire still to complete. */
    public record Instrument(String code, String name, boolean inProgress) {
    }

    public boolean overdue() {
        return status == DueStatus.OVERDUE;
    }

    /** Its date has not come yet (it is due within the week). */
    public boolean upcoming() {
        return status == DueStatus.DUE_SOON;
    }
}
