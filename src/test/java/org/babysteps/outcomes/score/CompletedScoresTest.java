package org.babysteps.outcomes.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Completed totals for analysis, read from the demo's paired questionnaires, within the caller's sites only. */
@PlatformTest
class CompletedScoresTest {

    private static final Set<String> PAIR = Set.of("baseline", "end-of-programme");

    @Autowired CompletedScores scores;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;

    private SignedIn signedIn;
    private SiteId north;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    @Test
    void theNorthLeadReadsNorthsCompletedEpdsTotalsAtBothTimePoints() {
        List<CompletedScore> found = signedIn.as("lead@north.demo",
                () -> scores.find(new ScoreQuery(north, null, "epds", PAIR, null, null)));
        int expected = jdbc.sql("select count(*) from questionnaire_response where site_id = ? and status = 'COMPLETED'"
                + " and total is not null and instrument_code = 'epds' and time_point in ('baseline', 'end-of-programme')"
                + " and evaluation_use_withdrawn is false")
                .param(north.value()).query(Integer.class).single();

        assertThat(expected).isPositive();
        assertThat(found).hasSize(expected).allSatisfy(score -> {
            assertThat(score.site()).isEqualTo(north);
            assertThat(score.instrumentCode()).isEqualTo("epds");
            assertThat(score.timePoint()).isIn(PAIR);
        });
    }

    @Test
    void anotherSitesLeadGetsNothingOfNorthEvenWhenAskingForItByName() {
        assertThat(signedIn.as("lead@south.demo", () -> scores.find(new ScoreQuery(north, null, "epds", PAIR, null, null))))
                .isEmpty();
    }

    @Test
    void aFamilyFilterAndADateWindowNarrowTheRows() {
        List<CompletedScore> all = signedIn.as("lead@north.demo",
                () -> scores.find(new ScoreQuery(north, null, "epds", PAIR, null, null)));
        FamilyId one = all.get(0).family();
        List<CompletedScore> ofOne = signedIn.as("lead@north.demo",
                () -> scores.find(new ScoreQuery(null, Set.of(one), "epds", PAIR, null, null)));
        assertThat(ofOne).isNotEmpty().allSatisfy(score -> assertThat(score.family()).isEqualTo(one));

        var firstDay = all.get(0).completedOn();
        List<CompletedScore> thatDay = signedIn.as("lead@north.demo",
                () -> scores.find(new ScoreQuery(north, null, "epds", PAIR, firstDay, firstDay)));
        assertThat(thatDay).isNotEmpty().allSatisfy(score -> assertThat(score.completedOn()).isEqualTo(firstDay));
    }

    @Test
    @Transactional
    void aDayIsALondonDaySoHalfPastMidnightInSummerIsTheNextDay() {
        UUID moved = jdbc.sql("select id from questionnaire_response where site_id = ? and status = 'COMPLETED'"
                + " and total is not null and instrument_code = 'epds' and time_point = 'baseline' limit 1")
                .param(north.value()).query(UUID.class).single();
        completedAt(moved, "2026-06-30 23:30:00+00"); // 00:30 on 1 July in London (BST)
        assertThat(idsCompletedOn(LocalDate.of(2026, 6, 30))).doesNotContain(moved);
        assertThat(idsCompletedOn(LocalDate.of(2026, 7, 1))).contains(moved);

        completedAt(moved, "2026-01-31 23:30:00+00"); // still 31 January in London (GMT)
        assertThat(idsCompletedOn(LocalDate.of(2026, 1, 31))).contains(moved);
        assertThat(idsCompletedOn(LocalDate.of(2026, 2, 1))).doesNotContain(moved);
    }

    private void completedAt(UUID response, String at) {
        jdbc.sql("update questionnaire_response set completed_at = cast(? as timestamptz) where id = ?")
                .params(at, response).update();
    }

    private List<UUID> idsCompletedOn(LocalDate day) {
        return signedIn.as("lead@north.demo", () -> scores.find(new ScoreQuery(north, null, "epds", PAIR, day, day)))
                .stream().map(CompletedScore::responseId).toList();
    }
}
