package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.analysis.InMemoryCompletedScores.Parent;
import org.babysteps.outcomes.score.ParentScores;
import org.babysteps.outcomes.score.ScoresByParent;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

/** Pairing parent by parent as scores stream in gives what pairing the whole list does, in the same order. */
class StreamedPairingsTest {

    private static final OutcomeComparison COMPARISON = OutcomeComparison.TO_END_OF_PROGRAMME;
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final ScoreQuery QUERY = new ScoreQuery(null, null, "epds", Set.of("baseline", "end-of-programme"),
            null, TO);

    private final InMemoryCompletedScores database = new InMemoryCompletedScores();
    private final Random random = new Random(8);

    @Test
    void givesTheSamePairsInTheSameOrderAndTheSameParentsWithoutALaterScoreAsAFullRead() {
        SiteId north = new SiteId(UUID.randomUUID());
        SiteId south = new SiteId(UUID.randomUUID());
        for (int i = 0; i < 300; i++) {
            Parent parent = Parent.birthParent(i % 3 == 0 ? south : north);
            LocalDate baselineOn = LocalDate.of(2025, 10, 1).plusDays(random.nextInt(200));
            database.add(parent.score("epds", "baseline", random.nextInt(31), baselineOn));
            if (random.nextInt(10) < 8) { // some later scores fall before the period or after its end
                database.add(parent.score("epds", "end-of-programme", random.nextInt(31),
                        baselineOn.plusDays(60 + random.nextInt(60))));
            }
            if (i % 5 == 0) {
                database.add(parent.partner().score("epds", "end-of-programme", 9, baselineOn.plusDays(70)));
            }
        }
        PairedRead whole = new ListPairings(database).read(QUERY, COMPARISON, FROM, TO);

        PairedRead streamed = new StreamedPairings(byParentInShuffledOrder()).read(QUERY, COMPARISON, FROM, TO);

        assertThat(whole.pairing().pairs()).hasSizeGreaterThan(50);
        assertThat(whole.pairing().withoutLaterScore()).hasSizeGreaterThan(20);
        assertThat(streamed.pairing().pairs()).containsExactlyElementsOf(whole.pairing().pairs());
        assertThat(streamed.pairing().withoutLaterScore())
                .containsExactlyInAnyOrderElementsOf(whole.pairing().withoutLaterScore());
        assertThat(streamed.sitesRead()).isEqualTo(whole.sitesRead()).containsExactlyInAnyOrder(north, south);
    }

    @Test
    void ordersParentsFirstReadAtTheSameMomentByTheirIdsBytesAsPostgreSqlDoes() {
        SiteId north = new SiteId(UUID.randomUUID());
        Instant sameMoment = Instant.parse("2026-05-12T10:00:00Z");
        // as signed longs 0x8… is smaller than 0x1…; PostgreSQL compares bytes, so 0x1… comes first
        ParentScores high = parentWithPair(north, UUID.fromString("80000000-0000-0000-0000-000000000000"), sameMoment, 20);
        ParentScores low = parentWithPair(north, UUID.fromString("10000000-0000-0000-0000-000000000000"), sameMoment, 10);

        PairedRead read = new StreamedPairings((query, parent) -> {
            parent.accept(high);
            parent.accept(low);
        }).read(QUERY, COMPARISON, FROM, TO);

        assertThat(read.pairing().pairs()).extracting(pair -> pair.baseline().total()).containsExactly(10, 20);
    }

    private static ParentScores parentWithPair(SiteId site, UUID firstId, Instant firstAt, int baselineTotal) {
        Parent parent = Parent.birthParent(site);
        CompletedScore baseline = parent.score("epds", "baseline", baselineTotal, LocalDate.of(2026, 5, 12));
        CompletedScore later = parent.score("epds", "end-of-programme", 5, LocalDate.of(2026, 6, 1));
        CompletedScore first = new CompletedScore(firstId, baseline.family(), baseline.participantId(), site,
                baseline.role(), baseline.timePoint(), "epds", 1, baselineTotal, baseline.completedOn());
        return new ParentScores(List.of(first, later), firstAt, firstId);
    }

    /**
     * The database's scores grouped by parent, handed over in shuffled parent order, each parent's first score's
     * place in the full read standing in for its completion time.
     */
    private ScoresByParent byParentInShuffledOrder() {
        List<CompletedScore> all = database.find(QUERY);
        Map<UUID, List<CompletedScore>> byParent = new LinkedHashMap<>();
        Map<UUID, Instant> firstAt = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            CompletedScore score = all.get(i);
            byParent.computeIfAbsent(score.participantId(), key -> new ArrayList<>()).add(score);
            firstAt.putIfAbsent(score.participantId(), Instant.EPOCH.plusSeconds(i));
        }
        List<UUID> parents = new ArrayList<>(byParent.keySet());
        Collections.shuffle(parents, random);
        return (ScoreQuery query, Consumer<ParentScores> parent) -> parents.forEach(id -> parent.accept(
                new ParentScores(byParent.get(id), firstAt.get(id), byParent.get(id).get(0).responseId())));
    }
}
