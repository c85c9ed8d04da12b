package org.babysteps.family.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.NewReferral;
import org.babysteps.family.internal.FamilyReader;
import org.babysteps.family.internal.FamilySearch;
import org.babysteps.family.internal.Today;
import org.babysteps.platform.SiteId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Families for other agencies' systems: the same application services, rules, site scoping and audit as the
 * pages. Only the sites' own leads and facilitators may call it.
 */
@RestController
@RequestMapping("/api/v1/families")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class FamilyApiController extends FamilyApiProblems {

    private final FamilyReader reader;
    private final FamilyRegistration registration;
    private final Today today;

    FamilyApiController(FamilyReader reader, FamilyRegistration registration, Today today) {
        this.reader = reader;
        this.registration = registration;
        this.today = today;
    }

    /**
     * Runs before the request body is read, and the class's access rule applies to it: a caller without the role
     * is refused (403) before anything about their request is judged (a 400 would tell them the route works).
     */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody() {
        // nothing to add to the model: being called at all is the check
    }

    @GetMapping
    @Operation(summary = "Families of the caller's sites, newest referral first, 50 a page")
    FamilyJson.Page list(@RequestParam(required = false) UUID siteId, @RequestParam(required = false) JourneyStage stage,
                         @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page) {
        return FamilyJson.page(reader.search(new FamilySearch.Criteria(siteId == null ? null : new SiteId(siteId),
                stage, name, page)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A family with its parents, consents, journey and birth")
    FamilyJson.Family get(@PathVariable UUID id) {
        return FamilyJson.family(reader.profile(new FamilyId(id)), today.date());
    }

    @PostMapping
    @Operation(summary = "Refer a family; 409 lists likely duplicates unless confirmNotDuplicate is true")
    ResponseEntity<FamilyJson.Created> refer(@Valid @RequestBody ReferralRequest referral) {
        FamilyId id = registration.refer(new NewReferral(new SiteId(referral.siteId()), referral.toDetails(),
                referral.confirmedNotDuplicate()));
        return ResponseEntity.created(URI.create("/api/v1/families/" + id)).body(new FamilyJson.Created(id.value()));
    }
}
