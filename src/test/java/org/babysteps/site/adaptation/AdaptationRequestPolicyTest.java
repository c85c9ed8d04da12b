package org.babysteps.site.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.internal.ProgrammeCatalogue;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.SiteChangeRejectedException;
import org.junit.jupiter.api.Test;

/** Checked against the real Baby Steps programme file, whose components are the data the rule reads. */
class AdaptationRequestPolicyTest {

    private static final ProgrammeDefinition BABY_STEPS =
            new ProgrammeCatalogue(new String[] {"classpath*:programmes/*.yml"}, "baby-steps").defaultProgramme();
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private final AdaptationRequestPolicy policy = new AdaptationRequestPolicy();

    @Test
    void anAdaptableComponentNeedsNoJustification() {
        var component = policy.check(request("venue-and-timing", "Evening sessions", "Working parents", null, START, null),
                BABY_STEPS);
        assertThat(component.core()).isFalse();
        assertThat(component.title()).isEqualTo("Venue, day and time of sessions");
    }

    @Test
    void aCoreComponentNeedsAnExplicitJustification() {
        assertRejected(request("co-facilitation", "One facilitator", "Staff shortage", " ", START, null),
                "coreJustification", "is a core component");
        var component = policy.check(request("co-facilitation", "One facilitator", "Staff shortage",
                "For two sessions only, with a second practitioner on call", START, START.plusWeeks(2)), BABY_STEPS);
        assertThat(component.core()).isTrue();
    }

    @Test
    void aComponentThatIsNotInTheProgrammeIsRefused() {
        assertRejected(request("free-childcare", "What", "Why", null, START, null), "componentCode",
                "from the list");
        assertRejected(request(null, "What", "Why", null, START, null), "componentCode", "Select the part");
    }

    @Test
    void blankWhatOrWhyIsRefused() {
        assertRejected(request("group-size", "  ", "Why", null, START, null), "what", "Describe what will change");
        assertRejected(request("group-size", "What", null, null, START, null), "why", "Explain why");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndTheStartIsRequired() {
        assertRejected(request("group-size", "What", "Why", null, START, START.minusDays(1)), "endsOn",
                "on or after the start date");
        assertRejected(request("group-size", "What", "Why", null, null, null), "startsOn", "Enter the date");
    }

    @Test
    void anEmptyRequestHasEveryProblemAtOnceInFormOrder() {
        assertThat(policy.problems(request(null, null, null, null, null, null), BABY_STEPS))
                .extracting(SiteChangeRejectedException::field)
                .containsExactly("componentCode", "what", "why", "startsOn");
    }

    private static NewAdaptation request(String code, String what, String why, String justification, LocalDate from,
                                         LocalDate until) {
        return new NewAdaptation(code, what, why, justification, from, until);
    }

    private void assertRejected(NewAdaptation request, String field, String message) {
        assertThatThrownBy(() -> policy.check(request, BABY_STEPS)).isInstanceOf(SiteChangeRejectedException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((SiteChangeRejectedException) e).field()).isEqualTo(field));
    }
}
