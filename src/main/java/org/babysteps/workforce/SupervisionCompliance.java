package org.babysteps.workforce;

/** One facilitator's supervision compliance, as a site lead's list shows it. */
public record SupervisionCompliance(PractitionerId practitionerId, String name, SupervisionDue due) {

    public boolean overdue() {
        return due.status() == SupervisionStatus.OVERDUE;
    }
}
