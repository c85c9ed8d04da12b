package org.babysteps.workforce.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.babysteps.workforce.internal.CourseFile.EventEntry;
import org.babysteps.workforce.internal.CourseFile.ModuleEntry;
import org.babysteps.workforce.internal.CourseFile.QuestionEntry;

/**
 * Checks a course file for everything that would make it mean something its author did not intend, and returns
 * every problem at once, in words the author can act on.
 */
final class CourseFileValidator {

    private static final String CODE = "[a-z0-9][a-z0-9-]{0,62}";

    private CourseFileValidator() {
    }

    static List<String> problems(CourseFile file, Predicate<String> programmeExists) {
        List<String> problems = new ArrayList<>();
        if (file == null) {
            problems.add("the file is empty");
            return problems;
        }
        checkIdentity(file, programmeExists, problems);
        checkNumbers(file, problems);
        Set<String> modules = checkModules(file.moduleList(), problems);
        checkEvents(file.eventList(), modules, problems);
        checkFeedback(file.feedback(), problems);
        return problems;
    }

    private static void checkIdentity(CourseFile file, Predicate<String> programmeExists, List<String> problems) {
        if (blank(file.code())) {
            problems.add("code is missing");
        } else if (!file.code().matches(CODE)) {
            problems.add("code '" + file.code() + "' must be lower-case words joined by hyphens");
        }
        if (file.version() == null || file.version() < 1) {
            problems.add("version must be 1 or more");
        }
        if (blank(file.programme())) {
            problems.add("programme is missing");
        } else if (!file.programme().matches(CODE) || !programmeExists.test(file.programme())) {
            problems.add("programme '" + file.programme() + "' is not one of the loaded programmes");
        }
        if (file.kind() == null) {
            problems.add("kind is missing: FACILITATOR or TRAINER");
        }
        if (blank(file.title())) {
            problems.add("title is missing");
        }
    }

    private static void checkNumbers(CourseFile file, List<String> problems) {
        range("maxTrainees", file.maxTrainees(), 1, 100, problems);
        range("validityMonths", file.validityMonths(), 1, 120, problems);
        range("expiryWarningDays", file.expiryWarningDays(), 0, 365, problems);
        if (file.validityMonths() != null && file.expiryWarningDays() != null
                && file.expiryWarningDays() >= file.validityMonths() * 28) {
            problems.add("expiryWarningDays must be shorter than validityMonths, or it would warn from the start");
        }
    }

    private static Set<String> checkModules(List<ModuleEntry> modules, List<String> problems) {
        Set<String> codes = new HashSet<>();
        if (modules.isEmpty()) {
            problems.add("modules is empty: a course teaches at least one module");
        }
        for (int i = 0; i < modules.size(); i++) {
            ModuleEntry module = modules.get(i);
            if (module == null || blank(module.code()) || blank(module.title())) {
                problems.add("module " + (i + 1) + " needs a code and a title");
            } else if (!codes.add(module.code())) {
                problems.add("module code '" + module.code() + "' is used more than once");
            }
        }
        return codes;
    }

    private static void checkEvents(List<EventEntry> events, Set<String> modules, List<String> problems) {
        if (events.isEmpty()) {
            problems.add("events is empty: a course has at least one event");
        }
        Set<String> taught = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            EventEntry event = events.get(i);
            String name = "event " + (i + 1);
            if (event == null) {
                problems.add(name + " is empty");
                continue;
            }
            if (event.number() == null || event.number() != i + 1) {
                problems.add(name + " must have number " + (i + 1) + ": events are numbered 1..n in order");
            }
            if (blank(event.title())) {
                problems.add(name + " has no title");
            }
            range(name + " days", event.days(), 1, 10, problems);
            for (String module : CourseFile.orEmpty(event.modules())) {
                if (!modules.contains(module)) {
                    problems.add(name + " lists module '" + module + "', which is not in modules");
                }
                taught.add(module);
            }
        }
        if (!events.isEmpty() && events.stream().noneMatch(e -> e != null && !Boolean.FALSE.equals(e.required()))) {
            problems.add("no event is required, so nobody could complete the course");
        }
        modules.stream().filter(code -> !taught.contains(code)).sorted()
                .forEach(code -> problems.add("module '" + code + "' is not taught at any event"));
    }

    private static void checkFeedback(CourseFile.FeedbackEntry feedback, List<String> problems) {
        if (feedback == null) {
            problems.add("feedback is missing: list the questions asked after each event and at follow-up");
            return;
        }
        checkQuestions("feedback > afterEachEvent", feedback.afterEachEvent(), problems);
        checkQuestions("feedback > followUp", feedback.followUp(), problems);
        range("feedback > followUpMonths", feedback.followUpMonths(), 1, 36, problems);
    }

    private static void checkQuestions(String field, List<QuestionEntry> questions, List<String> problems) {
        List<QuestionEntry> list = CourseFile.orEmpty(questions);
        if (list.isEmpty()) {
            problems.add(field + " is empty: ask at least one question");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionEntry question = list.get(i);
            if (question == null || blank(question.code()) || blank(question.text())) {
                problems.add(field + " question " + (i + 1) + " needs a code and a text");
            } else if (!question.code().matches(CODE)) {
                problems.add(field + " question code '" + question.code() + "' must be lower-case words joined by hyphens");
            } else if (!codes.add(question.code())) {
                problems.add(field + " question code '" + question.code() + "' is used more than once");
            }
        }
    }

    private static void range(String field, Integer value, int min, int max, List<String> problems) {
        if (value == null) {
            problems.add(field + " is missing");
        } else if (value < min || value > max) {
            problems.add(field + " is " + value + " but must be between " + min + " and " + max);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
