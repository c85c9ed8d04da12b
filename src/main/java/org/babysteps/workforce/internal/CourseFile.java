package org.babysteps.workforce.internal;

import java.util.List;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.CourseDefinition;
import org.babysteps.workforce.CourseEventDefinition;
import org.babysteps.workforce.CourseKind;
import org.babysteps.workforce.CourseModule;
import org.babysteps.workforce.FeedbackQuestion;

/**
 * A course file exactly as written. Every field may be missing (null) here so that the validator can say which
 * one is; only a file the validator passed becomes a definition.
 */
record CourseFile(String code, Integer version, String programme, CourseKind kind, String title, Integer maxTrainees,
                  Integer validityMonths, Integer expiryWarningDays, Boolean requiresTrainedFacilitator,
                  List<ModuleEntry> modules, List<EventEntry> events, FeedbackEntry feedback) {

    record ModuleEntry(String code, String title) {
    }

    record EventEntry(Integer number, String title, Integer days, Boolean required, List<String> modules) {
    }

    record QuestionEntry(String code, String text) {
    }

    record FeedbackEntry(List<QuestionEntry> afterEachEvent, Integer followUpMonths, List<QuestionEntry> followUp) {
    }

    List<ModuleEntry> moduleList() {
        return orEmpty(modules);
    }

    List<EventEntry> eventList() {
        return orEmpty(events);
    }

    /** Only for a file the validator found no problem in. */
    CourseDefinition toDefinition() {
        return new CourseDefinition(code, version, new ProgrammeId(programme), kind, title.trim(), maxTrainees,
                validityMonths, expiryWarningDays, Boolean.TRUE.equals(requiresTrainedFacilitator),
                moduleList().stream().map(m -> new CourseModule(m.code(), m.title().trim())).toList(),
                eventList().stream().map(e -> new CourseEventDefinition(e.number(), e.title().trim(), e.days(),
                        !Boolean.FALSE.equals(e.required()), orEmpty(e.modules()))).toList(),
                questions(feedback.afterEachEvent()), feedback.followUpMonths(), questions(feedback.followUp()));
    }

    private static List<FeedbackQuestion> questions(List<QuestionEntry> entries) {
        return orEmpty(entries).stream().map(q -> new FeedbackQuestion(q.code(), q.text().trim())).toList();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
