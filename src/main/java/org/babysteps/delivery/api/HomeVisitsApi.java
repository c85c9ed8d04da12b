package org.babysteps.delivery.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.HomeVisitRecord;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.delivery.api.ApiRecords.HomeVisitRequest;
import org.babysteps.delivery.api.ApiRecords.HomeVisitResponse;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A family's home visits (antenatal and postnatal), planned and recorded. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/home-visits")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
@Tag(name = "Home visits")
class HomeVisitsApi {

    private final HomeVisits homeVisits;
    private final Families families;

    HomeVisitsApi(HomeVisits homeVisits, Families families) {
        this.homeVisits = homeVisits;
        this.families = families;
    }

    /** Before the body is read: outsiders get 403 and another site's family 404, never a 400. */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable UUID familyId) {
        families.find(new FamilyId(familyId)).orElseThrow(() -> new NotFoundException("Family"));
    }

    @GetMapping
    @Operation(summary = "The programme's home visits for a family, with what has been recorded")
    List<HomeVisitResponse> list(@PathVariable UUID familyId) {
        return homeVisits.ofFamily(new FamilyId(familyId)).stream().map(HomeVisitResponse::of).toList();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Plan or record a home visit; 422 if the family has not consented to take part")
    HomeVisitResponse save(@PathVariable UUID familyId, @PathVariable String code,
                           @Valid @RequestBody HomeVisitRequest request) {
        FamilyId family = new FamilyId(familyId);
        homeVisits.save(family, code, new HomeVisitRecord(request.plannedDate(), request.doneOn(),
                request.durationMinutes(), request.notes(), request.talkAndListenDone(),
                request.visitorIds() == null ? List.of() : request.visitorIds().stream().map(FacilitatorId::new).toList(),
                request.version()));
        return homeVisits.ofFamily(family).stream().filter(slot -> slot.definition().code().equals(code))
                .map(HomeVisitResponse::of).findFirst().orElseThrow(() -> new NotFoundException("Home visit"));
    }
}
