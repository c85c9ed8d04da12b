package org.babysteps.reporting.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.babysteps.outcomes.GroupDisclosure;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedSentences;
import org.babysteps.outcomes.ParentGroup;

/**
 * The site outcomes dashboard's panels. The site's own lead sees exact counts; anyone else (licensor staff) sees a
 * site's figures as they are shown beyond it, counts under 5 as "fewer than 5".
 */
public final class SiteOutcomeDashboard {

    private SiteOutcomeDashboard() {
    }

    public static List<InstrumentPanel> panels(List<OutcomeAnalysis> analyses, PairedAudience audience) {
        OutcomeFigures figures = OutcomeFigures.forAudience(audience);
        PairedSentences sentences = PairedSentences.forAudience(audience);
        return analyses.stream().map(analysis -> panel(analysis, figures, sentences, audience)).toList();
    }

    private static InstrumentPanel panel(OutcomeAnalysis analysis, OutcomeFigures figures, PairedSentences sentences,
                                         PairedAudience audience) {
        String measure = analysis.instrument().name();
        List<String> said = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<ParentGroup> hidden = GroupDisclosure.hiddenAlongside(analysis, audience);
        List<OutcomeRow> rows = new ArrayList<>();
        for (GroupOutcome outcome : analysis.groups()) {
            if (hidden.contains(outcome.group())) {
                String reason = GroupDisclosure.hiddenReason(outcome.group());
                said.add(reason);
                rows.add(figures.hiddenRow(outcome.group().label(), reason));
                continue;
            }
            rows.add(figures.row(outcome.group().label(), outcome, measure));
            String group = outcome.group().plural();
            said.add(sentences.change(outcome.result(), measure, group));
            sentences.reliableChange(outcome.result(), group).ifPresent(said::add);
            sentences.clinicalChange(outcome.result(), group).ifPresent(said::add);
            if (outcome.result().n() > 0) {
                // what "reliable" was measured against; the same sentence for every group unless a group's own spread was used
                outcome.result().reliableChange().map(change -> change.yardstick().description()).ifPresent(notes::add);
                outcome.result().caveats().stream().sorted().map(PairedCaveat::explanation).forEach(notes::add);
            }
        }
        analysis.versionNote().ifPresent(notes::add);
        return new InstrumentPanel(measure, rows, said, List.copyOf(notes));
    }
}
