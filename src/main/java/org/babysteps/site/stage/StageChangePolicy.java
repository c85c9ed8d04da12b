package org.babysteps.site.stage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.SiteChangeRejectedException;

/**
 * What a change of implementation stage must be: a stage other than the current one, started on a day that has
 * come and that is not before the current stage started, with a note saying why. The first recorded change may be
 * dated before the site was added to the platform: sites often explore the programme long before they are set up
 * here, and that first entry replaces the default "exploring since added".
 */
public final class StageChangePolicy {

    static final int MAX_NOTE = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** Throws {@link SiteChangeRejectedException} naming the form field of the first problem. */
    public void check(SiteStage current, ImplementationStage stage, LocalDate startedOn, String note, LocalDate today) {
        if (stage == null) {
            throw new SiteChangeRejectedException("stage", "Select the stage the site has moved to");
        }
        if (current.recorded() && stage == current.stage()) {
            throw new SiteChangeRejectedException("stage",
                    "The site is already at " + stage.label().toLowerCase() + ": select a different stage");
        }
        if (startedOn == null) {
            throw new SiteChangeRejectedException("startedOn", "Enter the date the stage started");
        }
        if (startedOn.isAfter(today)) {
            throw new SiteChangeRejectedException("startedOn", "Date the stage started must be today or in the past");
        }
        if (current.recorded() && startedOn.isBefore(current.since())) {
            throw new SiteChangeRejectedException("startedOn", "Date the stage started must be on or after "
                    + current.since().format(DAY) + ", when the current stage (" + current.stage().label().toLowerCase()
                    + ") started");
        }
        if (note == null || note.isBlank()) {
            throw new SiteChangeRejectedException("note", "Enter a note saying why the stage changed");
        }
        if (note.length() > MAX_NOTE) {
            throw new SiteChangeRejectedException("note", "Note must be " + MAX_NOTE + " characters or fewer");
        }
    }
}
