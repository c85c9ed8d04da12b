package org.babysteps.workforce.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.workforce.CourseRunSummary;
import org.babysteps.workforce.CourseRunView;
import org.babysteps.workforce.RunMember;

/** The course run API's bodies: plain ids and values, independent of the module's types. */
final class CourseRunRecords {

    private CourseRunRecords() {
    }

    /** siteId null plans a national run (licensor only). */
    record CourseRunRequest(@NotBlank String courseCode, UUID siteId, String venue, Boolean online,
                            @NotNull List<@NotNull LocalDate> eventFirstDays) {
    }

    record CourseRunListItem(UUID id, String courseTitle, String kind, UUID siteId, boolean online, String venue,
                             LocalDate firstDay, LocalDate lastDay, int trainees, int maxTrainees) {

        static CourseRunListItem of(CourseRunSummary s) {
            return new CourseRunListItem(s.id().value(), s.courseTitle(), s.kind().name(),
                    s.siteId() == null ? null : s.siteId().value(), s.online(), s.venue(), s.firstDay(), s.lastDay(),
                    s.trainees(), s.maxTrainees());
        }
    }

    record Event(int number, String title, LocalDate startsOn, LocalDate endsOn, Instant registerSavedAt) {
    }

    record Member(UUID practitionerId, String name, LocalDate completedOn) {
    }

    record CourseRunResponse(UUID id, String courseCode, int courseVersion, String programme, String kind,
                             UUID siteId, boolean online, String venue, int maxTrainees, List<Event> events,
                             List<Member> trainers, List<Member> trainees) {

        static CourseRunResponse of(CourseRunView run) {
            return new CourseRunResponse(run.id().value(), run.course().code(), run.course().version(),
                    run.course().programmeId().value(), run.course().kind().name(),
                    run.siteId() == null ? null : run.siteId().value(), run.online(), run.venue(),
                    run.course().maxTrainees(),
                    run.events().stream().map(e -> new Event(e.number(), e.title(), e.startsOn(), e.endsOn(),
                            e.registerSavedAt())).toList(),
                    run.trainers().stream().map(t -> member(t, null)).toList(),
                    run.trainees().stream().map(t -> member(t, run.completions().get(t.id()))).toList());
        }

        private static Member member(RunMember member, LocalDate completedOn) {
            return new Member(member.id().value(), member.name(), completedOn);
        }
    }

    record Mark(@NotNull UUID practitionerId, @NotNull Boolean present) {
    }

    record AttendanceRequest(@NotNull @Valid List<Mark> marks) {
    }

    record AttendanceResponse(UUID runId, int eventNumber, Instant registerSavedAt, List<Mark> marks) {
    }
}
