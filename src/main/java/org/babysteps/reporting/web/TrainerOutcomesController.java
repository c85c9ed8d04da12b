package org.babysteps.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.UserId;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.TrainerLineage;
import org.babysteps.workforce.TrainingRecords;
import org.babysteps.workforce.Workforce;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Per trainer: how many facilitators they trained and how many of those went on to run a group session. Joins the
 * workforce's lineage with delivery's registers, which neither module can do alone.
 */
@Controller
class TrainerOutcomesController {

    private final TrainingRecords training;
    private final Workforce workforce;
    private final DeliveryOverview delivery;
    private final Programmes programmes;

    TrainerOutcomesController(TrainingRecords training, Workforce workforce, DeliveryOverview delivery,
                              Programmes programmes) {
        this.training = training;
        this.workforce = workforce;
        this.delivery = delivery;
        this.programmes = programmes;
    }

    /** One trainer's lineage with its outcome: trained facilitators who delivered at least one session. */
    record TrainerOutcome(TrainerLineage trainer, int facilitatorsTrained, int wentOnToDeliver) {
    }

    @GetMapping("/workforce/trainers")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String outcomes(Model model) {
        var programme = programmes.defaultProgramme().id();
        LocalDate today = UkTime.today();
        List<TrainerOutcome> outcomes = new ArrayList<>();
        for (TrainerLineage trainer : training.trainers(programme, today)) {
            List<PractitionerId> trained = training.facilitatorsTrainedBy(trainer.id(), programme);
            Set<UserId> users = Set.copyOf(trained.stream().map(workforce::find).flatMap(java.util.Optional::stream)
                    .map(Practitioner::userId).filter(Objects::nonNull).toList());
            outcomes.add(new TrainerOutcome(trainer, trained.size(), delivery.deliveredAnySession(users).size()));
        }
        model.addAttribute("outcomes", outcomes);
        return "reporting/trainer-outcomes";
    }
}
