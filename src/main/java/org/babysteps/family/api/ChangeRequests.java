package org.babysteps.family.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.JourneyStep;
import org.babysteps.family.NewConsent;
import org.babysteps.platform.AgencyId;

/** The bodies of the API's changes to a family: consents, withdrawals and journey steps. */
public final class ChangeRequests {

    private ChangeRequests() {
    }

    /** A consent a parent gave; partner agencies only (and then required) for sharing with partners. */
    public record GiveConsent(@NotNull(message = "Give what the consent is for") ConsentPurpose purpose,
                       @NotNull(message = "Give the date consent was given") LocalDate givenOn,
                       @NotNull(message = "Give the id of the parent who gave consent") UUID givenByParentId,
                       Set<@jakarta.validation.constraints.NotNull UUID> partnerAgencyIds) {

        NewConsent toConsent() {
            return new NewConsent(purpose, givenOn, givenByParentId, partnerAgencyIds == null ? Set.of()
                    : partnerAgencyIds.stream().map(AgencyId::new).collect(Collectors.toSet()));
        }
    }

    public record Withdrawal(@NotNull(message = "Give the date consent was withdrawn") LocalDate withdrawnOn) {
    }

    public record Step(@NotNull(message = "Give the stage to record") JourneyStage stage,
                @NotNull(message = "Give the date of the step") LocalDate on,
                @Size(max = 500) String reason) {

        JourneyStep toStep() {
            return new JourneyStep(stage, on, reason);
        }
    }
}
