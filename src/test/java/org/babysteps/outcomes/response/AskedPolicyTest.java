package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.AskedInstrument;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.RespondentRole;
import org.babysteps.programme.TimePoint;
import org.junit.jupiter.api.Test;

/** Which questionnaires may be asked of whom, and what is due: rules on the programme's data, no Spring. */
class AskedPolicyTest {

    private static final TimePoint BASELINE = new TimePoint("baseline", "Baseline (antenatal home visit)",
            "antenatal-visit", 0, List.of(
            new AskedInstrument("epds", Set.of(RespondentRole.BIRTH_PARENT, RespondentRole.PARTNER), false),
            new AskedInstrument("birth-only", Set.of(RespondentRole.BIRTH_PARENT), false),
            new AskedInstrument("csi-4", Set.of(RespondentRole.BIRTH_PARENT, RespondentRole.PARTNER), true)));
    private static final ProgrammeDefinition PROGRAMME = new ProgrammeDefinition(new ProgrammeId("test"), 1,
            "Test programme", "", List.of(), List.of(), null, null, null, List.of(), List.of(), List.of(), List.of(),
            List.of(BASELINE));

    @Test
    void anInstrumentAskedOfTheRoleAtTheTimePointIsAllowed() {
        assertThat(AskedPolicy.check(PROGRAMME, "baseline", "epds", RespondentRole.PARTNER, false).instrumentCode())
                .isEqualTo("epds");
    }

    @Test
    void anUnknownTimePointIsRefusedListingTheProgrammesTimePoints() {
        assertThatThrownBy(() -> AskedPolicy.check(PROGRAMME, "week-3", "epds", RespondentRole.BIRTH_PARENT, true))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("timePoint");
                    assertThat(refused.getMessage()).isEqualTo("Test programme has no time point ‘week-3’. Its time points are: baseline");
                });
    }

    @Test
    void anInstrumentNotAskedThenOrOfThatRoleOrWithoutAPartnerIsRefused() {
        assertThatThrownBy(() -> AskedPolicy.check(PROGRAMME, "baseline", "gad-7", RespondentRole.BIRTH_PARENT, true))
                .hasMessage("‘gad-7’ is not asked at baseline (antenatal home visit)");
        assertThatThrownBy(() -> AskedPolicy.check(PROGRAMME, "baseline", "birth-only", RespondentRole.PARTNER, true))
                .hasMessage("‘birth-only’ is not asked of the partner at baseline (antenatal home visit)");
        assertThatThrownBy(() -> AskedPolicy.check(PROGRAMME, "baseline", "csi-4", RespondentRole.BIRTH_PARENT, false))
                .hasMessage("‘csi-4’ is asked only of families with a partner");
    }

    @Test
    void theFirstParentIsTheBirthParentUnlessStaffChoseOtherwiseBefore() {
        assertThat(RespondentRolePolicy.roleOf(0, List.of())).isEqualTo(RespondentRole.BIRTH_PARENT);
        assertThat(RespondentRolePolicy.roleOf(1, List.of())).isEqualTo(RespondentRole.PARTNER);
        assertThat(RespondentRolePolicy.roleOf(0, List.of(response(UUID.randomUUID(), RespondentRole.PARTNER, "epds", true))))
                .isEqualTo(RespondentRole.PARTNER);
    }

    @Test
    void dueListsWhatEachParentIsAskedAndMarksWhatIsDone() {
        Participant mother = new Participant(UUID.randomUUID(), null, "Amira Khan", ParticipantRole.PARENT);
        Participant partner = new Participant(UUID.randomUUID(), null, "Joe Khan", ParticipantRole.PARENT);
        ResponseRecord done = response(mother.id(), RespondentRole.BIRTH_PARENT, "epds", true);

        var due = DueQuestionnaires.of(PROGRAMME, List.of(mother, partner), List.of(done), code -> code.toUpperCase());

        var parents = due.get(0).parents();
        assertThat(parents.get(0).items()).extracting(DueQuestionnaires.Item::instrumentCode)
                .containsExactly("epds", "birth-only", "csi-4");
        assertThat(parents.get(0).items().get(0).completed()).contains(done);
        assertThat(parents.get(0).dueCount()).isEqualTo(2);
        assertThat(parents.get(1).role()).isEqualTo(RespondentRole.PARTNER);
        assertThat(parents.get(1).items()).extracting(DueQuestionnaires.Item::instrumentCode).containsExactly("epds", "csi-4");
        var single = DueQuestionnaires.of(PROGRAMME, List.of(mother), List.of(), code -> code);
        assertThat(single.get(0).parents().get(0).items()).extracting(DueQuestionnaires.Item::instrumentCode)
                .containsExactly("epds", "birth-only");
    }

    private static ResponseRecord response(UUID participant, RespondentRole role, String instrument, boolean completed) {
        return new ResponseRecord(UUID.randomUUID(), FamilyId.random(), SiteId.random(), participant, role, "test", 1,
                "baseline", instrument, 1, completed ? ResponseStatus.COMPLETED : ResponseStatus.IN_PROGRESS, Map.of(),
                null, "Staff", Instant.now(), completed ? Instant.now() : null, null, List.of());
    }
}
