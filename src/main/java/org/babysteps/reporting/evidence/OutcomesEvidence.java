package org.babysteps.reporting.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.babysteps.outcomes.GroupDisclosure;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedSentences;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.reporting.EvidencePack.Figure;
import org.babysteps.reporting.EvidencePack.Section;
import org.babysteps.reporting.ReportingPeriod;

/**
 * The outcomes section of an evidence pack: commissioners read it, so every sentence is written for an audience
 * beyond the site (counts under 5 read "fewer than 5"). Pure: the builder passes the site's analyses in.
 */
public final class OutcomesEvidence {

    public static final String NOTHING_YET = "Outcome measures will appear here once questionnaires are collected.";

    private static final PairedSentences SENTENCES = PairedSentences.forAudience(PairedAudience.BEYOND_THE_SITE);

    private OutcomesEvidence() {
    }

    /** @param analyses one per instrument, for the pack's site and period */
    public static Section of(List<OutcomeAnalysis> analyses, ReportingPeriod period) {
        List<OutcomeAnalysis> withPairs = analyses.stream().filter(OutcomeAnalysis::hasPairs).toList();
        if (withPairs.isEmpty()) {
            return new Section(NOTHING_YET, List.of());
        }
        String comparison = withPairs.get(0).comparison().label().toLowerCase(java.util.Locale.UK);
        String summary = "Questionnaire scores of parents who completed the same questionnaire at two time points ("
                + comparison + "), the later one between " + period.label() + ". Without a comparison group, a change"
                + " cannot be put down to the programme alone.";
        List<Figure> figures = new ArrayList<>();
        for (OutcomeAnalysis analysis : withPairs) {
            String measure = analysis.instrument().name();
            Set<ParentGroup> hidden = GroupDisclosure.hiddenAlongside(analysis, PairedAudience.BEYOND_THE_SITE);
            for (GroupOutcome outcome : analysis.groups()) {
                if (outcome.result().n() > 0) {
                    figures.add(new Figure(measure + ": " + outcome.group().plural(), hidden.contains(outcome.group())
                            ? GroupDisclosure.hiddenReason(outcome.group()) : sentences(outcome, measure)));
                }
            }
        }
        return new Section(summary, figures);
    }

    private static String sentences(GroupOutcome outcome, String measure) {
        String group = outcome.group().plural();
        StringBuilder text = new StringBuilder(SENTENCES.change(outcome.result(), measure, group));
        SENTENCES.reliableChange(outcome.result(), group).ifPresent(s -> text.append(' ').append(s));
        SENTENCES.clinicalChange(outcome.result(), group).ifPresent(s -> text.append(' ').append(s));
        return text.toString();
    }
}
