package org.babysteps.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.EventRegister;
import org.babysteps.workforce.EventRegisters;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.api.CourseRunRecords.AttendanceRequest;
import org.babysteps.workforce.api.CourseRunRecords.AttendanceResponse;
import org.babysteps.workforce.api.CourseRunRecords.Mark;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A training event's register over the API: the whole register in one request, by the run's trainers. */
@RestController
@RequestMapping("/api/v1/course-runs/{id}/events/{n}")
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
@Tag(name = "Training course runs")
class EventAttendanceApi {

    private final EventRegisters registers;

    EventAttendanceApi(EventRegisters registers) {
        this.registers = registers;
    }

    /** Before the body is read: another site's run (or an unknown event) answers 404, never a 400. */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable UUID id, @PathVariable int n) {
        registers.sheet(new CourseRunId(id), n);
    }

    @PutMapping("/attendance")
    @Operation(summary = "Save an event's whole register: every trainee present or absent")
    AttendanceResponse save(@PathVariable UUID id, @PathVariable int n, @Valid @RequestBody AttendanceRequest request) {
        Map<PractitionerId, Boolean> marks = new HashMap<>();
        for (Mark mark : request.marks()) {
            marks.put(new PractitionerId(mark.practitionerId()), mark.present());
        }
        CourseRunId run = new CourseRunId(id);
        registers.save(run, n, marks);
        EventRegister register = registers.sheet(run, n);
        return new AttendanceResponse(id, n, register.event().registerSavedAt(), register.marks().entrySet().stream()
                .map(e -> new Mark(e.getKey().value(), e.getValue())).toList());
    }
}
