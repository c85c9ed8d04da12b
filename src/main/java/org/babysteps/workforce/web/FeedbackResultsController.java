package org.babysteps.workforce.web;

import java.util.List;
import java.util.UUID;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.FeedbackReports;
import org.babysteps.workforce.FeedbackResults;
import org.babysteps.workforce.FeedbackResults.QuestionResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A run's feedback results: a chart and a table per event and for the follow-up, then the comments. */
@Controller
class FeedbackResultsController {

    private final FeedbackReports reports;

    FeedbackResultsController(FeedbackReports reports) {
        this.reports = reports;
    }

    @GetMapping("/training/runs/{id}/feedback")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
    String results(@PathVariable UUID id, Model model) {
        FeedbackResults results = reports.results(new CourseRunId(id));
        List<BarChart> charts = results.stages().stream().map(stage -> BarChart.of(
                "chart-" + (stage.eventNumber() == null ? "follow-up" : "event-" + stage.eventNumber()),
                stage.name() + ": average ratings",
                "Average rating from 1 (not at all) to 5 (very much) for each question, from "
                        + stage.respondents() + " trainee" + (stage.respondents() == 1 ? "" : "s")
                        + ". The table below gives the same figures.",
                stage.questions().stream().map(q -> q.question().text()).toList(),
                stage.questions().stream().map(QuestionResult::average).toList())).toList();
        model.addAttribute("results", results);
        model.addAttribute("r", results.run());
        model.addAttribute("charts", charts);
        return "workforce/training-feedback-results";
    }
}
