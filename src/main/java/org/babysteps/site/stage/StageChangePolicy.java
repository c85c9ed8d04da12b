package org.babysteps.site.stage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /** UK month names in messages whatever the server's locale: "1 June 2026", never "1 juin 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Throws the first of {@link #problems} (in form order), if any. */
    public void check(SiteStage current, ImplementationStage stage, LocalDate startedOn, String note, LocalDate today) {
        List<SiteChangeRejectedException> problems = problems(current, stage, startedOn, note, today);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** Every problem with the change, each naming its form field, so a form can show them all at once. */
    public List<SiteChangeRejectedException> problems(SiteStage current, ImplementationStage stage, LocalDate startedOn,
                                                      String note, LocalDate today) {
        List<SiteChangeRejectedException> problems = new ArrayList<>();
        if (stage == null) {
            problems.add(new SiteChangeRejectedException("stage", "Select the stage the site has moved to"));
        } else if (current.recorded() && stage == current.stage()) {
            problems.add(new SiteChangeRejectedException("stage",
                    "The site is already at " + stage.label().toLowerCase() + ": select a different stage"));
        }
        if (startedOn == null) {
            problems.add(new SiteChangeRejectedException("startedOn", "Enter the date the stage started"));
        } else if (startedOn.isAfter(today)) {
            problems.add(new SiteChangeRejectedException("startedOn", "Date the stage started must be today or in the past"));
        } else if (current.recorded() && startedOn.isBefore(current.since())) {
            problems.add(new SiteChangeRejectedException("startedOn", "Date the stage started must be on or after "
                    + current.since().format(DAY) + ", when the current stage (" + current.stage().label().toLowerCase()
                    + ") started"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new SiteChangeRejectedException("note", "Enter a note saying why the stage changed"));
        } else if (note.length() > MAX_NOTE) {
            problems.add(new SiteChangeRejectedException("note", "Note must be " + MAX_NOTE + " characters or fewer"));
        }
        return problems;
    }
}
