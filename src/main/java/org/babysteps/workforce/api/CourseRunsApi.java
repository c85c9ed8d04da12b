package org.babysteps.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.NewCourseRun;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunListItem;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunRequest;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Course runs and their event registers, with the same rules, scoping and audit as the pages. */
@RestController
@RequestMapping("/api/v1/course-runs")
@Tag(name = "Training course runs")
class CourseRunsApi {

    private final CourseRuns runs;

    CourseRunsApi(CourseRuns runs) {
        this.runs = runs;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'TRAINER', 'FACILITATOR')")
    @Operation(summary = "Course runs the caller may see: licensor all, site leads their sites', others their own")
    List<CourseRunListItem> list() {
        return runs.calendar().stream().map(CourseRunListItem::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'TRAINER', 'FACILITATOR')")
    @Operation(summary = "One course run with its events, trainers and trainees")
    CourseRunResponse get(@PathVariable UUID id) {
        return CourseRunResponse.of(runs.find(new CourseRunId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
    @Operation(summary = "Plan a run: the first day of each event in order; siteId null for a national run")
    CourseRunResponse create(@Valid @RequestBody CourseRunRequest request) {
        CourseRunId id = runs.plan(new NewCourseRun(request.courseCode(),
                request.siteId() == null ? null : new SiteId(request.siteId()), request.venue(),
                Boolean.TRUE.equals(request.online()), request.eventFirstDays()));
        return CourseRunResponse.of(runs.find(id));
    }
}
