package org.babysteps.workforce;

/**
 * A trainer and what came of their training: their accreditation (and through which run, by whom), how many runs
 * they trained on, and how many facilitators and trainers completed those runs.
 *
 * @param accreditedThrough the train-the-trainer run that accredited them; null when the licensor accredited
 *                          them directly (its own training team) or they are not accredited
 * @param accreditedBy      the trainers of that run, comma separated
 */
public record TrainerLineage(PractitionerId id, String name, TrainingStatus accreditation,
                             CourseRunId accreditedThrough, String accreditedBy, int runs, int facilitatorsTrained,
                             int trainersTrained) {
}
