package org.babysteps.delivery.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.AttendanceStatus;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.Group;
import org.babysteps.delivery.HomeVisitSlot;
import org.babysteps.delivery.SessionView;

/** The delivery API's request and response bodies: plain ids and values, independent of the module's types. */
final class ApiRecords {

    private ApiRecords() {
    }

    record GroupRequest(@NotNull UUID siteId, @NotBlank @Size(max = 120) String name, UUID venueId, Boolean online,
                        @NotNull LocalDate startDate, @NotNull LocalTime startTime,
                        @NotNull @Min(15) @Max(480) Integer durationMinutes, @NotNull List<UUID> facilitatorIds) {
    }

    record GroupResponse(UUID id, UUID siteId, String programme, int programmeVersion, String name, UUID venueId,
                         boolean online, LocalDate startDate, LocalTime startTime, int durationMinutes, int capacity,
                         List<SessionResponse> sessions) {

        static GroupResponse of(Group group, List<SessionView> sessions) {
            return new GroupResponse(group.id().value(), group.siteId().value(), group.programmeId().value(),
                    group.programmeVersion(), group.name(), group.venueId() == null ? null : group.venueId().value(),
                    group.online(), group.startDate(), group.startTime(), group.durationMinutes(), group.capacity(),
                    sessions.stream().map(SessionResponse::of).toList());
        }
    }

    record SessionResponse(UUID id, UUID groupId, int number, String title, LocalDate plannedDate, LocalTime plannedTime,
                           UUID venueId, String status, String cancelReason, String exceptionReason,
                           int registerVersion, Instant registerSavedAt, List<UUID> facilitatorIds) {

        static SessionResponse of(SessionView s) {
            return new SessionResponse(s.id().value(), s.groupId().value(), s.number(), s.title(), s.plannedDate(),
                    s.plannedTime(), s.venueId() == null ? null : s.venueId().value(), s.status().name(),
                    s.cancelReason(), s.exceptionReason(), s.registerVersion(), s.registerSavedAt(),
                    s.facilitators().stream().map(f -> f.id().value()).toList());
        }
    }

    record AttendanceLine(UUID participantId, UUID familyId, String name, String role, AttendanceStatus status) {
    }

    record AttendanceResponse(UUID sessionId, int registerVersion, boolean coFacilitationMet, List<AttendanceLine> lines) {
    }

    record Mark(@NotNull UUID participantId, @NotNull AttendanceStatus status) {
    }

    record AttendanceRequest(@NotNull Integer registerVersion, @NotNull @Valid List<@NotNull Mark> marks) {
    }

    record EnrolmentRequest(@NotNull UUID familyId, Boolean acceptOutsideWindow) {
    }

    record EnrolmentResponse(UUID groupId, UUID familyId, String status) {
    }

    record HomeVisitRequest(LocalDate plannedDate, LocalDate doneOn, @Min(5) @Max(480) Integer durationMinutes,
                            @Size(max = 5000) String notes, Boolean talkAndListenDone, List<@NotNull UUID> visitorIds,
                            @NotNull Integer version) {
    }

    record HomeVisitResponse(String code, String title, boolean talkAndListenTime, LocalDate plannedDate,
                             LocalDate doneOn, Integer durationMinutes, String notes, Boolean talkAndListenDone,
                             int version, List<UUID> visitorIds) {

        static HomeVisitResponse of(HomeVisitSlot slot) {
            var d = slot.definition();
            var v = slot.visit();
            return v == null
                    ? new HomeVisitResponse(d.code(), d.title(), d.talkAndListenTime(), null, null, null, null, null, 0, List.of())
                    : new HomeVisitResponse(d.code(), d.title(), d.talkAndListenTime(), v.plannedDate(), v.doneOn(),
                            v.durationMinutes(), v.notes(), v.talkAndListenDone(), v.version(),
                            v.visitors().stream().map(Facilitator::id).map(id -> id.value()).toList());
        }
    }
}
