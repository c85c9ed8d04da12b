package org.babysteps.delivery.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.api.ApiRecords.EnrolmentRequest;
import org.babysteps.delivery.api.ApiRecords.EnrolmentResponse;
import org.babysteps.delivery.api.ApiRecords.GroupResponse;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups, their planned sessions and enrolments, for other agencies' systems. Same rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1/groups")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
@Tag(name = "Groups")
class GroupsApi {

    private final GroupQueries queries;
    private final Enrolments enrolments;

    private final Access access;

    GroupsApi(GroupQueries queries, Enrolments enrolments, Access access) {
        this.access = access;
        this.queries = queries;
        this.enrolments = enrolments;
    }

    /**
     * Runs before any request body is read, under the class's access rule: outsiders are refused (403) and another
     * site's group is not found (404) before the body is judged, so a 400 never tells them the route works.
     */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable(required = false) UUID id) {
        if (id != null) {
            queries.group(new GroupId(id));
        }
    }

    @GetMapping
    @Operation(summary = "The groups of a site, newest first, with their sessions")
    List<GroupResponse> list(@RequestParam UUID siteId) {
        if (!access.scope().includes(new SiteId(siteId))) {
            throw new NotFoundException("Site");
        }
        return queries.atSite(new SiteId(siteId)).stream()
                .map(group -> GroupResponse.of(group, queries.sessions(group.id()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One group with its sessions")
    GroupResponse get(@PathVariable UUID id) {
        GroupId groupId = new GroupId(id);
        return GroupResponse.of(queries.group(groupId), queries.sessions(groupId));
    }

    @PostMapping("/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give a family a place, or a waiting-list place when the group is full")
    EnrolmentResponse enrol(@PathVariable UUID id, @Valid @RequestBody EnrolmentRequest request) {
        EnrolmentStatus status = enrolments.enrol(new GroupId(id), new FamilyId(request.familyId()),
                Boolean.TRUE.equals(request.acceptOutsideWindow()));
        return new EnrolmentResponse(id, request.familyId(), status.name());
    }
}
