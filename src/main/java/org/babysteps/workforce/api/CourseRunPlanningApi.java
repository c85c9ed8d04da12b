package org.babysteps.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.NewCourseRun;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunRequest;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Planning a course run through the API: the licensor's team or an accredited site trainer. */
@RestController
@RequestMapping("/api/v1/course-runs")
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
@Tag(name = "Training course runs")
class CourseRunPlanningApi {

    private final CourseRuns runs;

    CourseRunPlanningApi(CourseRuns runs) {
        this.runs = runs;
    }

    /** Runs before the body is read, under the class's rule: anyone else gets 403, never a 400. */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody() {
        // being called at all is the check
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a run: the first day of each event in order; siteId null for a national run")
    CourseRunResponse create(@Valid @RequestBody CourseRunRequest request) {
        CourseRunId id = runs.plan(new NewCourseRun(request.courseCode(),
                request.siteId() == null ? null : new SiteId(request.siteId()), request.venue(),
                Boolean.TRUE.equals(request.online()), request.eventFirstDays()));
        return CourseRunResponse.of(runs.find(id));
    }
}
