package org.babysteps.family.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.babysteps.family.ConsentId;
import org.babysteps.family.Consents;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.internal.FamilyReader;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Consents and journey steps through the API, with the same rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1/families/{id}")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class FamilyChangeApiController extends FamilyApiProblems {

    private final Consents consents;
    private final FamilyJourney journey;
    private final FamilyReader reader;

    FamilyChangeApiController(Consents consents, FamilyJourney journey, FamilyReader reader) {
        this.consents = consents;
        this.journey = journey;
        this.reader = reader;
    }

    /**
     * Runs before the request body is read, and the class's access rule applies to it: a caller without the role
     * is refused (403), and another site's family is not found (404), before anything about the body is judged.
     */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable UUID id) {
        reader.requireVisible(new FamilyId(id));
    }

    @PostMapping("/consents")
    @Operation(summary = "Record a consent a parent gave")
    ResponseEntity<FamilyJson.Created> give(@PathVariable UUID id, @Valid @RequestBody ChangeRequests.GiveConsent consent) {
        ConsentId consentId = consents.give(new FamilyId(id), consent.toConsent());
        return ResponseEntity.created(URI.create("/api/v1/families/" + id + "#consent-" + consentId))
                .body(new FamilyJson.Created(consentId.value()));
    }

    @PostMapping("/consents/{consentId}/withdrawal")
    @Operation(summary = "Withdraw a consent from a date; the use stops from that day")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
                                  @Valid @RequestBody ChangeRequests.Withdrawal withdrawal) {
        consents.withdraw(new FamilyId(id), new ConsentId(consentId), withdrawal.withdrawnOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/journey")
    @Operation(summary = "Record a journey step: contacted, a closing stage with its reason, or a lead's reopening")
    FamilyJson.Listed recordStep(@PathVariable UUID id, @Valid @RequestBody ChangeRequests.Step step) {
        FamilyId family = new FamilyId(id);
        journey.record(family, step.toStep());
        return FamilyJson.listed(reader.family(family).row().summary());
    }
}
