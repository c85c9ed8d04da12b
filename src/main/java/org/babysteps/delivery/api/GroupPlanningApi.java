package org.babysteps.delivery.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupPlanning;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.NewGroup;
import org.babysteps.delivery.VenueId;
import org.babysteps.delivery.api.ApiRecords.GroupRequest;
import org.babysteps.delivery.api.ApiRecords.GroupResponse;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.Programmes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Planning a group through the API: site leads only, as on the pages. */
@RestController
@RequestMapping("/api/v1/groups")
@PreAuthorize("hasRole('SITE_LEAD')")
@Tag(name = "Groups")
class GroupPlanningApi {

    private final GroupPlanning planning;
    private final GroupQueries queries;
    private final Programmes programmes;

    GroupPlanningApi(GroupPlanning planning, GroupQueries queries, Programmes programmes) {
        this.planning = planning;
        this.queries = queries;
        this.programmes = programmes;
    }

    /** Runs before the body is read, under the class's rule: anyone but a site lead gets 403, never a 400. */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody() {
        // being called at all is the check
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a group; its sessions are generated from the programme")
    GroupResponse create(@Valid @RequestBody GroupRequest request) {
        GroupId id = planning.create(new NewGroup(new SiteId(request.siteId()), programmes.defaultProgramme().id(),
                request.name(), request.venueId() == null ? null : new VenueId(request.venueId()),
                Boolean.TRUE.equals(request.online()), request.startDate(), request.startTime(), request.durationMinutes(),
                request.facilitatorIds().stream().map(FacilitatorId::new).toList()));
        return GroupResponse.of(queries.group(id), queries.sessions(id));
    }
}
