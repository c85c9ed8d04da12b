package org.babysteps.outcomes.instrument;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.Instruments;
import org.babysteps.programme.AskedInstrument;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.TimePoint;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a programme asks an instrument there is no file for: the programme module cannot check
 * this itself, since instruments belong to this module, and finding out when a parent opens the questionnaire
 * would be far too late.
 */
@Component
class ProgrammeInstrumentCheck {

    ProgrammeInstrumentCheck(Programmes programmes, Instruments instruments) {
        List<String> problems = problems(programmes, instruments);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Programmes ask for instruments that are not loaded (add the instrument"
                    + " file under instruments/ or correct the code):\n - " + String.join("\n - ", problems));
        }
    }

    /** Every time point of every programme version naming an unknown instrument, with the programme's file. */
    static List<String> problems(Programmes programmes, Instruments instruments) {
        List<String> problems = new ArrayList<>();
        for (ProgrammeDefinition current : programmes.all()) {
            for (ProgrammeDefinition programme : programmes.versions(current.id())) {
                String file = programmes.sourceFile(programme.id(), programme.version())
                        .orElse(programme.id().value() + " version " + programme.version());
                for (TimePoint timePoint : programme.timePoints()) {
                    for (AskedInstrument asked : timePoint.instruments()) {
                        if (instruments.find(asked.instrumentCode()).isEmpty()) {
                            problems.add(file + ": time point '" + timePoint.code() + "' asks instrument '"
                                    + asked.instrumentCode() + "', which is not loaded");
                        }
                    }
                }
            }
        }
        return problems;
    }
}
