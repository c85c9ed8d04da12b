package org.babysteps.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunListItem;
import org.babysteps.workforce.api.CourseRunRecords.CourseRunResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
}
