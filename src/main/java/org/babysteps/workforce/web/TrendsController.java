package org.babysteps.workforce.web;

import java.util.List;
import org.babysteps.workforce.Courses;
import org.babysteps.workforce.FeedbackQuestion;
import org.babysteps.workforce.FeedbackReports;
import org.babysteps.workforce.FeedbackTrend;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Feedback over time: one question's average by quarter across every run of a course, each quarter labelled with
 * the course version, so the licensor sees whether a change to training moved confidence.
 */
@Controller
class TrendsController {

    private final FeedbackReports reports;
    private final Courses courses;

    TrendsController(FeedbackReports reports, Courses courses) {
        this.reports = reports;
        this.courses = courses;
    }

    @GetMapping("/training/trends")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String trends(@RequestParam(defaultValue = "baby-steps-facilitator") String course,
                  @RequestParam(defaultValue = "confidence-filming") String question,
                  @RequestParam(defaultValue = "false") boolean followUp, Model model) {
        String courseCode = courses.find(course).isPresent() ? course : courses.all().get(0).code();
        List<FeedbackQuestion> questions = reports.trendQuestions(courseCode, followUp);
        String questionCode = questions.stream().anyMatch(q -> q.code().equals(question)) ? question
                : questions.get(0).code();
        FeedbackTrend trend = reports.trend(courseCode, questionCode, followUp);
        model.addAttribute("courses", courses.all());
        model.addAttribute("questions", questions);
        model.addAttribute("trend", trend);
        model.addAttribute("chart", BarChart.of("chart-trend", trend.question().text(),
                "Average rating from 1 to 5 by quarter" + (followUp ? " at follow-up" : " after events")
                        + ". The table below gives each quarter's course version and number of answers.",
                trend.points().stream().map(p -> p.quarter() + " (version " + p.courseVersion() + ")").toList(),
                trend.points().stream().map(p -> (Double) p.average()).toList()));
        return "workforce/training-trends";
    }
}
