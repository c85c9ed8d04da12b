package org.babysteps.delivery.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.delivery.AttendanceStatus;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.RegisterConflictException;
import org.babysteps.delivery.RegisterSheet;
import org.babysteps.delivery.Registers;
import org.babysteps.delivery.SessionId;
import org.babysteps.delivery.api.ApiRecords.AttendanceLine;
import org.babysteps.delivery.api.ApiRecords.AttendanceRequest;
import org.babysteps.delivery.api.ApiRecords.AttendanceResponse;
import org.babysteps.delivery.api.ApiRecords.Mark;
import org.babysteps.delivery.api.ApiRecords.SessionResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sessions and their attendance registers. A register write carries the version it was read at. */
@RestController
@RequestMapping("/api/v1/sessions")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
@Tag(name = "Sessions and attendance")
class SessionsApi {

    private final GroupQueries queries;
    private final Registers registers;

    SessionsApi(GroupQueries queries, Registers registers) {
        this.queries = queries;
        this.registers = registers;
    }

    /** Before the body is read: outsiders get 403 and another site's session 404, never a 400. */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable UUID id) {
        queries.session(new SessionId(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One session: planned, delivered or cancelled")
    SessionResponse get(@PathVariable UUID id) {
        return SessionResponse.of(queries.session(new SessionId(id)));
    }

    @GetMapping("/{id}/attendance")
    @Operation(summary = "The register: every parent and supporter expected, with attendance saved so far")
    AttendanceResponse attendance(@PathVariable UUID id) {
        return response(registers.sheet(new SessionId(id)));
    }

    @PutMapping("/{id}/attendance")
    @Operation(summary = "Save the whole register; 409 if someone saved it since registerVersion")
    AttendanceResponse saveAttendance(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request) {
        Map<UUID, AttendanceStatus> marks = new HashMap<>();
        for (Mark mark : request.marks()) {
            marks.put(mark.participantId(), mark.status());
        }
        registers.save(new SessionId(id), request.registerVersion(), marks);
        return attendance(id);
    }

    @ExceptionHandler(RegisterConflictException.class)
    ProblemDetail conflict(RegisterConflictException conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Register changed");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("currentRegisterVersion", conflict.currentVersion());
        problem.setProperty("savedBy", conflict.savedBy());
        problem.setProperty("saved", conflict.saved());
        return problem;
    }

    private static AttendanceResponse response(RegisterSheet sheet) {
        return new AttendanceResponse(sheet.session().id().value(), sheet.session().registerVersion(),
                sheet.coFacilitationSatisfied(), sheet.lines().stream()
                .map(line -> new AttendanceLine(line.participantId(), line.familyId().value(), line.name(),
                        line.role().name(), line.status()))
                .toList());
    }
}
