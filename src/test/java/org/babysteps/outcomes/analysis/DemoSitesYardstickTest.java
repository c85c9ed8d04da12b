package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedReliableChange.SdSource;
import org.babysteps.outcomes.ReliableChangeYardstick;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the demo's answers, every site's analysis of an instrument without a published yardstick, whoever runs it, and
 * the all-sites line are judged by the same stored reference SD; EPDS everywhere by its published 4 points. The demo
 * has far fewer than 30 Rosenberg and CSI-4 baselines, so today's stored figures are replaced here by ones of 240
 * baselines (and removed afterwards: the next read works the real ones out again).
 */
@PlatformTest
class DemoSitesYardstickTest {

    private static final OutcomeComparison COMPARISON = OutcomeComparison.TO_END_OF_PROGRAMME;
    private static final List<String> WITHOUT_PUBLISHED = List.of("rosenberg", "csi-4");

    @Autowired OutcomeAnalyses analyses;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;

    /** Today's real figures, stored by start-up, put back after each test so other tests find them as they were. */
    private List<Map<String, Object>> realFigures = List.of();

    @BeforeEach
    void aReferenceOfEnoughBaselinesForToday() {
        realFigures = jdbc.sql("select * from outcome_reference_sd where instrument_code = any(?) and computed_on >= ?")
                .params(WITHOUT_PUBLISHED.toArray(String[]::new), UkTime.today()).query().listOfRows();
        removeTodaysFigures();
        for (String code : WITHOUT_PUBLISHED) {
            jdbc.sql("insert into outcome_reference_sd (instrument_code, computed_on, sd, baselines) values (?, ?, 4.0, 240)")
                    .params(code, UkTime.today()).update();
        }
    }

    @AfterEach
    void putBackTodaysRealFigures() {
        removeTodaysFigures();
        for (Map<String, Object> row : realFigures) {
            jdbc.sql("""
                    insert into outcome_reference_sd (instrument_code, computed_on, sd, baselines, computed_at)
                    values (:instrument_code, :computed_on, :sd, :baselines, :computed_at)
                    """).params(row).update();
        }
    }

    private void removeTodaysFigures() {
        jdbc.sql("delete from outcome_reference_sd where instrument_code = any(?) and computed_on >= ?")
                .params(WITHOUT_PUBLISHED.toArray(String[]::new), UkTime.today()).update();
    }

    private SiteId site(String name) {
        return new SiteId(jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single());
    }

    private static ReliableChangeYardstick yardstick(OutcomeAnalysis analysis) {
        return analysis.allParents().result().reliableChange().orElseThrow().yardstick();
    }

    @Test
    void northAndSouthLeadsAndTheAllSitesLineUseTheSameRosenbergYardstick() {
        SignedIn signedIn = new SignedIn(users);
        LocalDate today = UkTime.today();
        OutcomeAnalysis north = signedIn.as("lead@north.demo", () -> analyses.analyse(
                OutcomeScope.site(site("North Demo Site")), null, today, "rosenberg", COMPARISON));
        OutcomeAnalysis south = signedIn.as("lead@south.demo", () -> analyses.analyse(
                OutcomeScope.site(site("South Demo Site")), null, today, "rosenberg", COMPARISON));
        OutcomeAnalysis allRosenberg = signedIn.as("lead@north.demo",
                () -> analyses.analyseAcrossAllSites(null, today, "rosenberg", COMPARISON));

        assertThat(yardstick(north).source()).isEqualTo(SdSource.ALL_SITES_REFERENCE);
        assertThat(yardstick(north).sd()).isEqualTo(4.0);
        assertThat(yardstick(north).reference().baselines()).isEqualTo(240);
        assertThat(yardstick(south)).isEqualTo(yardstick(north));
        assertThat(yardstick(allRosenberg)).isEqualTo(yardstick(north));
    }

    @Test
    void belowThirtyBaselinesAcrossAllSitesEachSiteFallsBackToItsOwnSpreadAndSaysSo() {
        jdbc.sql("update outcome_reference_sd set baselines = 29 where instrument_code = 'rosenberg' and computed_on = ?")
                .param(UkTime.today()).update();

        OutcomeAnalysis north = new SignedIn(users).as("lead@north.demo", () -> analyses.analyse(
                OutcomeScope.site(site("North Demo Site")), null, UkTime.today(), "rosenberg", COMPARISON));

        assertThat(yardstick(north).source()).isEqualTo(SdSource.BASELINE_SAMPLE);
        assertThat(north.allParents().result().caveats()).contains(PairedCaveat.BASELINE_SD_USED);
    }

    @Test
    void theLicensorsOutcomesBySiteJudgeEverySiteAlike() {
        Map<SiteId, OutcomeAnalysis> bySite = new SignedIn(users).as("manager@licensor.demo",
                () -> analyses.analyseBySite(null, UkTime.today(), "csi-4", COMPARISON));

        assertThat(bySite).hasSizeGreaterThan(1);
        assertThat(bySite.values().stream().map(DemoSitesYardstickTest::yardstick).distinct()).singleElement()
                .satisfies(one -> assertThat(one.source()).isEqualTo(SdSource.ALL_SITES_REFERENCE));
        Map<SiteId, OutcomeAnalysis> epds = new SignedIn(users).as("manager@licensor.demo",
                () -> analyses.analyseBySite(null, UkTime.today(), "epds", COMPARISON));
        assertThat(epds.values()).allSatisfy(analysis ->
                assertThat(yardstick(analysis).source()).isEqualTo(SdSource.PUBLISHED_THRESHOLD));
    }
}
