package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.score.PairedScores;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database pairs scores exactly as the reference rules in {@link ScorePairing} do: checked on random parents whose
 * scores crowd a few days either side of the clocks going back (so several fall on one London day, some just after
 * midnight) and move between two sites, for random periods, seen by the licensor and by one site's lead.
 */
@PlatformTest
@Transactional
class DatabasePairingTest {

    private static final String INSTRUMENT = "pairing-check"; // no real instrument: the demo's scores stay out of it
    private static final List<String> TIME_POINTS = List.of("baseline", "end-of-antenatal", "end-of-programme");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime CLOCKS_GO_BACK = ZonedDateTime.of(2026, 10, 25, 1, 0, 0, 0, LONDON);

    @Autowired PairedScores.Reader database;
    @Autowired CompletedScores scores;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;

    private record Member(UUID id, UUID family, UUID site) {
    }

    @Test
    void theDatabasePairsAsTheReferenceRulesDoForEveryPeriodAndReader() {
        List<Member> members = jdbc.sql("select id, family_id, site_id from family_member order by id limit 80")
                .query((rs, row) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).list();
        SiteId north = site("North Demo Site");
        SiteId south = site("South Demo Site");
        Random random = new Random(20261130);
        int inserted = 0;
        for (Member member : members) {
            for (String timePoint : TIME_POINTS) {
                if (random.nextInt(5) < 2) {
                    continue; // a parent answers each time point's questionnaire once at most
                }
                UUID site = random.nextInt(5) == 0 ? (random.nextBoolean() ? north : south).value() : member.site();
                insert(member, site, timePoint, random.nextInt(31), 1 + random.nextInt(2),
                        CLOCKS_GO_BACK.toInstant().plus(random.nextInt(10 * 24 * 6) - 5 * 24 * 6, ChronoUnit.MINUTES)
                                .plus(random.nextInt(10), ChronoUnit.MINUTES));
                inserted++;
            }
        }
        assertThat(inserted).isGreaterThan(100);

        SignedIn signedIn = new SignedIn(users);
        ListPairings reference = new ListPairings(scores);
        LocalDate first = LocalDate.of(2026, 10, 20);
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            LocalDate from = round % 5 == 0 ? null : first.plusDays(random.nextInt(10));
            LocalDate to = (from == null ? first : from).plusDays(random.nextInt(8));
            OutcomeComparison comparison = OutcomeComparison.OFFERED.get(random.nextInt(2));
            SiteId site = round % 3 == 0 ? north : null;
            ScoreQuery query = new ScoreQuery(site, null, INSTRUMENT,
                    Set.of(comparison.baseline(), comparison.later()), null, to);
            for (String reader : List.of("manager@licensor.demo", "lead@north.demo")) {
                PairedScores expected = signedIn.as(reader, () -> reference.pair(query, comparison, from, to));
                PairedScores actual = signedIn.as(reader, () -> database.pair(query, comparison, from, to));
                assertThat(actual.pairs()).as("pairs %s %s to %s for %s", comparison.later(), from, to, reader)
                        .containsExactlyInAnyOrderElementsOf(expected.pairs());
                assertThat(actual.awaiting()).as("awaiting %s %s to %s for %s", comparison.later(), from, to, reader)
                        .containsExactlyInAnyOrderElementsOf(expected.awaiting());
                compared += expected.pairs().size();
            }
        }
        assertThat(compared).as("pairs compared over all rounds").isGreaterThan(100);
    }

    @Test
    void aPairOfAParentWhoMovedSitesNamesBothSitesSoBothReadsAreAudited() {
        Member member = jdbc.sql("select id, family_id, site_id from family_member order by id limit 1")
                .query((rs, row) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).single();
        SiteId north = site("North Demo Site");
        SiteId south = site("South Demo Site");
        insert(member, south.value(), "baseline", 20, 1, CLOCKS_GO_BACK.toInstant().minus(30, ChronoUnit.DAYS));
        insert(member, north.value(), "end-of-programme", 12, 1, CLOCKS_GO_BACK.toInstant());
        LocalDate day = LocalDate.of(2026, 10, 25);
        OutcomeComparison comparison = OutcomeComparison.TO_END_OF_PROGRAMME;

        PairedScores read = new SignedIn(users).as("manager@licensor.demo", () -> database.pair(
                new ScoreQuery(null, null, INSTRUMENT, Set.of(comparison.baseline(), comparison.later()), null, day),
                comparison, day, day));

        assertThat(read.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.site()).isEqualTo(north);
            assertThat(pair.baselineSite()).isEqualTo(south);
        });
        assertThat(read.sites()).containsExactlyInAnyOrder(north, south);
    }

    private SiteId site(String name) {
        return new SiteId(jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single());
    }

    private void insert(Member member, UUID site, String timePoint, int total, int version, Instant completedAt) {
        jdbc.sql("""
                insert into questionnaire_response (id, family_id, site_id, participant_id, respondent_role, programme_id,
                    programme_version, time_point, instrument_code, instrument_version, status, entered_by_name,
                    completed_at, total)
                values (?, ?, ?, ?, ?, 'baby-steps', 1, ?, ?, ?, 'COMPLETED', 'Pairing check', ?, ?)
                """).params(UUID.randomUUID(), member.family(), site, member.id(),
                        member.id().getLeastSignificantBits() % 3 == 0 ? "PARTNER" : "BIRTH_PARENT", timePoint,
                        INSTRUMENT, version, java.sql.Timestamp.from(completedAt), total).update();
    }
}
