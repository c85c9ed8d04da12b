package org.babysteps.outcomes.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.outcomes.ReferenceSd;
import org.babysteps.outcomes.ReferenceSds;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * All sites' baseline SD, worked out on rows inserted here under an instrument code of this test's own (so the demo's
 * answers do not count) and checked against the value worked out by hand.
 */
@PlatformTest
class ReferenceSdTest {

    @Autowired JdbcClient jdbc;
    @Autowired ReferenceSdCalculation calculation;
    @Autowired ReferenceSds referenceSds;
    @Autowired DailyReferenceSd daily;

    private final String code = "ref-sd-" + UUID.randomUUID().toString().substring(0, 8);
    private List<Parent> parents;

    record Parent(UUID family, UUID participant, UUID site) {
    }

    @BeforeEach
    void realParentsOfTheDemo() {
        parents = jdbc.sql("""
                        select distinct family_id, participant_id, site_id from questionnaire_response
                        order by family_id, participant_id limit 7""")
                .query((rs, row) -> new Parent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .list();
        assertThat(parents).hasSize(7);
    }

    @AfterEach
    void removeTheRowsOfThisTest() {
        jdbc.sql("delete from questionnaire_response where instrument_code = ?").param(code).update();
        jdbc.sql("delete from outcome_reference_sd where instrument_code = ?").param(code).update();
    }

    private void response(Parent parent, String timePoint, String status, Integer total, Boolean withdrawn) {
        jdbc.sql("""
                        insert into questionnaire_response (id, family_id, site_id, participant_id, respondent_role,
                            programme_id, programme_version, time_point, instrument_code, instrument_version, status,
                            entered_by_name, completed_at, total, evaluation_use_withdrawn)
                        values (?, ?, ?, ?, 'BIRTH_PARENT', 'baby-steps', 1, ?, ?, 1, ?, 'test',
                            case when ? = 'COMPLETED' then now() end, ?, ?)""")
                .params(UUID.randomUUID(), parent.family(), parent.site(), parent.participant(), timePoint, code, status,
                        status, total, withdrawn)
                .update();
    }

    /**
     * Counted: baselines 14, 6, 12 and 8 (mean 10; squared deviations 16 + 16 + 4 + 4 = 40; SD = √(40 / 3) ≈ 3.6515).
     * Not counted: a later time point, a withdrawn consent, consent not yet known, one in progress, one without a total.
     */
    private void insertBaselines() {
        response(parents.get(0), "baseline", "COMPLETED", 14, false);
        response(parents.get(1), "baseline", "COMPLETED", 6, false);
        response(parents.get(2), "baseline", "COMPLETED", 12, false);
        response(parents.get(2), "end-of-programme", "COMPLETED", 30, false);
        response(parents.get(3), "baseline", "COMPLETED", 8, false);
        response(parents.get(4), "baseline", "COMPLETED", 29, true);
        response(parents.get(5), "baseline", "COMPLETED", 1, null);
        response(parents.get(6), "baseline", "IN_PROGRESS", null, false);
        response(parents.get(6), "follow-up", "COMPLETED", null, false);
    }

    @Test
    void theStandardDeviationOfEachParentsCompletedBaselineWithCurrentConsentIsStoredForTheDay() {
        insertBaselines();
        LocalDate day = LocalDate.of(2026, 11, 30);

        assertThat(calculation.computeIfNone(code, day)).isTrue();

        ReferenceSd stored = referenceSds.latest(code).orElseThrow();
        assertThat(stored.sd()).isCloseTo(Math.sqrt(40.0 / 3), within(1e-9));
        assertThat(stored.baselines()).isEqualTo(4);
        assertThat(stored.computedOn()).isEqualTo(day);
        assertThat(stored.usable()).isFalse(); // 4 baselines are far fewer than 30
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = ? and record_id = ?")
                .params(ReferenceSdCalculation.RECORD_TYPE, code + " " + day).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondRunTheSameDayKeepsTheFirstFigureAsASecondNodeWould() {
        insertBaselines();
        LocalDate day = LocalDate.of(2026, 11, 30);
        calculation.computeIfNone(code, day);
        response(parents.get(4), "follow-up", "COMPLETED", 2, false);
        jdbc.sql("update questionnaire_response set evaluation_use_withdrawn = false where instrument_code = ?")
                .param(code).update();

        assertThat(calculation.computeIfNone(code, day)).isFalse();
        assertThat(referenceSds.latest(code).orElseThrow().baselines()).isEqualTo(4);

        assertThat(calculation.computeIfNone(code, day.plusDays(1))).isTrue();
        assertThat(referenceSds.latest(code).orElseThrow().baselines()).isEqualTo(6);
    }

    @Test
    void anInstrumentWithNoStoredFigureIsWorkedOutWhenFirstReadForToday() {
        insertBaselines();

        ReferenceSd read = referenceSds.latest(code).orElseThrow();

        assertThat(read.computedOn()).isEqualTo(UkTime.today());
        assertThat(read.baselines()).isEqualTo(4);
    }

    @Test
    void theDailyRunFindsTodaysFiguresAlreadyStoredByStartUpAndStoresNothingMore() {
        assertThat(daily.run()).isZero();
        assertThat(jdbc.sql("select count(*) from outcome_reference_sd where computed_on = ? and instrument_code in"
                + " ('rosenberg', 'csi-4')").param(UkTime.today()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from outcome_reference_sd where instrument_code in ('epds', 'gad-7', 'phq-9')")
                .query(Integer.class).single()).isZero();
    }
}
