package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The pre/post analysis of one instrument for a scope and period: who is paired and who is missing, split by parent.
 * <p>
 * A pair is one parent's baseline and later score of the instrument; it belongs to the period when its later score
 * was completed in it (the latest such score when there are several, with the latest baseline completed on or before
 * it). Parents with a baseline but no later score by the end of the period are counted, not analysed: they may have
 * left the programme or their later questionnaire may not be due yet. Parents whose later score came before the
 * period belong to an earlier period.
 *
 * @param instrument    the instrument whose facts (direction, reliability, cut-off) were used: the newest version
 *                      among the pairs' later scores
 * @param comparison    the two time points
 * @param from          first completion day of the later scores, or null for no limit
 * @param to            last completion day of the later scores
 * @param groups        birth parents, partners and all parents, in that order
 * @param laterVersions the instrument versions of the pairs' scores; with more than one, totals of versions with the
 *                      same code are compared as one measure (a changed file keeps its code only when it is)
 */
public record OutcomeAnalysis(InstrumentDefinition instrument, OutcomeComparison comparison, LocalDate from,
                              LocalDate to, List<GroupOutcome> groups, Set<Integer> laterVersions) {

    public OutcomeAnalysis {
        groups = List.copyOf(groups);
        laterVersions = Set.copyOf(laterVersions);
    }

    public Optional<GroupOutcome> group(ParentGroup group) {
        return groups.stream().filter(outcome -> outcome.group() == group).findFirst();
    }

    /** All parents together. */
    public GroupOutcome allParents() {
        return group(ParentGroup.ALL_PARENTS).orElseThrow();
    }

    public boolean hasPairs() {
        return allParents().result().n() > 0;
    }

    /** A note when the pairs mix instrument versions, for the methods note; empty when they do not. */
    public Optional<String> versionNote() {
        if (laterVersions.size() < 2) {
            return Optional.empty();
        }
        SortedSet<Integer> sorted = new TreeSet<>(laterVersions);
        return Optional.of("Scores from versions " + sorted + " of " + instrument.name() + " are compared as one measure;"
                + " the newest version's reliability and cut-off are used.");
    }
}
