package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.junit.jupiter.api.Test;

/** A completed questionnaire is final, and each parent completes an instrument once per time point. */
class ResponseCompletionPolicyTest {

    @Test
    void aCompletedResponseCannotBeChangedButOneInProgressCan() {
        assertThatThrownBy(() -> ResponseCompletionPolicy.refuseChangeTo(response(ResponseStatus.COMPLETED)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("completed answers cannot be changed");
        assertThatCode(() -> ResponseCompletionPolicy.refuseChangeTo(response(ResponseStatus.IN_PROGRESS)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSecondCompletionOfTheSameInstrumentIsRefusedOnTheInstrumentFieldNamingTheParent() {
        assertThatThrownBy(() -> ResponseCompletionPolicy.refuseSecondCompletion(true, "Ada Parent", "epds"))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("instrument");
                    assertThat(refused.getMessage())
                            .isEqualTo("Ada Parent has already completed ‘epds’ at this time point; a completed"
                                    + " questionnaire is final");
                });
        assertThatCode(() -> ResponseCompletionPolicy.refuseSecondCompletion(false, "Ada Parent", "epds"))
                .doesNotThrowAnyException();
    }

    private static ResponseRecord response(ResponseStatus status) {
        boolean completed = status == ResponseStatus.COMPLETED;
        return new ResponseRecord(UUID.randomUUID(), FamilyId.random(), SiteId.random(), UUID.randomUUID(),
                RespondentRole.BIRTH_PARENT, "test", 1, "baseline", "epds", 1, status, Map.of(), null, "Staff",
                Instant.now(), completed ? Instant.now() : null, null, List.of());
    }
}
