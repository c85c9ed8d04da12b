package org.babysteps.workforce.web;

import org.babysteps.programme.Programmes;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.TrainingRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The licensor's trainers: accreditation and its expiry, who accredited them, and whom they trained. */
@Controller
class TrainersController {

    private final TrainingRecords records;
    private final Programmes programmes;
    private final CourseRuns runs;

    TrainersController(TrainingRecords records, Programmes programmes, CourseRuns runs) {
        this.records = records;
        this.programmes = programmes;
        this.runs = runs;
    }

    @GetMapping("/training/trainers")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String trainers(Model model) {
        var programme = programmes.defaultProgramme();
        model.addAttribute("programme", programme);
        model.addAttribute("trainers", records.trainers(programme.id(), runs.today()));
        return "workforce/training-trainers";
    }
}
