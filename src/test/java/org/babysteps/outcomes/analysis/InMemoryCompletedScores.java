package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;

/** Completed scores held in a list and filtered as the contract says, for testing what is built on them. */
final class InMemoryCompletedScores implements CompletedScores {

    private final List<CompletedScore> scores = new ArrayList<>();
    private final List<ScoreQuery> queries = new ArrayList<>();

    @Override
    public List<CompletedScore> find(ScoreQuery query) {
        queries.add(query);
        return scores.stream()
                .filter(s -> query.site() == null || s.site().equals(query.site()))
                .filter(s -> query.families() == null || query.families().contains(s.family()))
                .filter(s -> s.instrumentCode().equals(query.instrumentCode()))
                .filter(s -> query.timePoints().contains(s.timePoint()))
                .filter(s -> query.completedFrom() == null || !s.completedOn().isBefore(query.completedFrom()))
                .filter(s -> query.completedTo() == null || !s.completedOn().isAfter(query.completedTo()))
                .sorted(Comparator.comparing(CompletedScore::completedOn))
                .toList();
    }

    List<ScoreQuery> queries() {
        return queries;
    }

    /** A parent of a family, who answers questionnaires. */
    record Parent(SiteId site, FamilyId family, UUID participantId, RespondentRole role) {

        static Parent birthParent(SiteId site) {
            return new Parent(site, new FamilyId(UUID.randomUUID()), UUID.randomUUID(), RespondentRole.BIRTH_PARENT);
        }

        Parent partner() {
            return new Parent(site, family, UUID.randomUUID(), RespondentRole.PARTNER);
        }

        CompletedScore score(String instrument, String timePoint, int total, LocalDate on) {
            return score(instrument, 1, timePoint, total, on);
        }

        CompletedScore score(String instrument, int version, String timePoint, int total, LocalDate on) {
            return new CompletedScore(UUID.randomUUID(), family, participantId, site, role, timePoint, instrument,
                    version, total, on);
        }
    }

    CompletedScore add(CompletedScore score) {
        scores.add(score);
        return score;
    }
}
