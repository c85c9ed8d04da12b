package org.babysteps.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.workforce.CourseDefinition;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.Courses;
import org.babysteps.workforce.NewCourseRun;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning a course run (choose the course, then its site, venue and event dates) and the run's own page. */
@Controller
class CourseRunController {

    private final CourseRuns runs;
    private final Courses courses;
    private final SiteNames siteNames;
    private final RunPage runPage;

    CourseRunController(CourseRuns runs, Courses courses, SiteNames siteNames, RunPage runPage) {
        this.runs = runs;
        this.courses = courses;
        this.siteNames = siteNames;
        this.runPage = runPage;
    }

    @GetMapping("/training/runs/new")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
    String newRun(@RequestParam(required = false) String course, Model model) {
        CourseRunForm form = new CourseRunForm();
        form.setCourseCode(course);
        return form(form, model);
    }

    @PostMapping("/training/runs")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
    String plan(@ModelAttribute("run") CourseRunForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CourseDefinition course = courses.find(form.getCourseCode() == null ? "" : form.getCourseCode()).orElse(null);
        if (course == null) {
            errors.rejectValue("courseCode", "required", "Select a course");
            return form(form, model);
        }
        List<LocalDate> firstDays = new ArrayList<>();
        for (int i = 0; i < course.events().size(); i++) {
            String text = i < form.getEventDates().size() ? form.getEventDates().get(i) : null;
            firstDays.add(DateFields.parse(text, "eventDates", "the first day of event " + (i + 1), true, errors));
        }
        SiteId site = parseSite(form.getSiteId());
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            CourseRunId id = runs.plan(new NewCourseRun(course.code(), site, form.getVenue(), form.isOnline(), firstDays));
            redirect.addFlashAttribute("success", "Course run planned");
            return "redirect:/training/runs/" + id;
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
            return form(form, model);
        }
    }

    @GetMapping("/training/runs/{id}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'TRAINER', 'FACILITATOR')")
    String show(@PathVariable UUID id, Model model) {
        return runPage.show(runs.find(new CourseRunId(id)), model);
    }

    private String form(CourseRunForm form, Model model) {
        CourseDefinition course = form.getCourseCode() == null ? null : courses.find(form.getCourseCode()).orElse(null);
        while (course != null && form.getEventDates().size() < course.events().size()) {
            form.getEventDates().add("");
        }
        model.addAttribute("run", form);
        model.addAttribute("course", course);
        model.addAttribute("courses", courses.all());
        model.addAttribute("siteNames", siteNames.visible());
        return "workforce/training-run-new";
    }

    /** A blank or unreadable site means national; the service refuses that for anyone but the licensor. */
    private static SiteId parseSite(String text) {
        try {
            return text == null || text.isBlank() ? null : new SiteId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
