package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's questionnaires: paired and mostly improving for finished groups, exactly one risk answer, and each dated
 * at its time point's contact.
 */
@PlatformTest
class DemoOutcomesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void finishedGroupsHavePairedScoresMostlyImprovingSomeNot() {
        var changes = jdbc.sql("""
                select b.instrument_code,
                       case when (e.total - b.total) * (case when b.instrument_code in ('rosenberg', 'csi-4') then -1 else 1 end) < 0
                            then 'better' when e.total = b.total then 'same' else 'worse' end as way, count(*) as n
                from questionnaire_response b join questionnaire_response e
                  on e.family_id = b.family_id and e.participant_id = b.participant_id
                 and e.instrument_code = b.instrument_code and e.time_point = 'end-of-programme'
                where b.time_point = 'baseline' and b.status = 'COMPLETED' and e.status = 'COMPLETED'
                group by 1, 2
                """).query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)).list();
        long better = jdbc.sql("select count(*) from questionnaire_response b join questionnaire_response e"
                + " on e.family_id = b.family_id and e.participant_id = b.participant_id and e.instrument_code = b.instrument_code"
                + " and e.time_point = 'end-of-programme' where b.time_point = 'baseline'"
                + " and ((b.instrument_code in ('rosenberg', 'csi-4') and e.total > b.total)"
                + "   or (b.instrument_code not in ('rosenberg', 'csi-4') and e.total < b.total))").query(Long.class).single();
        long pairs = jdbc.sql("select count(*) from questionnaire_response where time_point = 'end-of-programme'")
                .query(Long.class).single();

        assertThat(changes).as("every shipped instrument is paired").anyMatch(line -> line.startsWith("epds"))
                .anyMatch(line -> line.startsWith("gad-7")).anyMatch(line -> line.startsWith("phq-9"))
                .anyMatch(line -> line.startsWith("rosenberg")).anyMatch(line -> line.startsWith("csi-4"));
        assertThat(changes).as("some unchanged or worse").anyMatch(line -> !line.contains(" better "));
        assertThat(better).as("mostly improving").isGreaterThan(pairs / 2);
    }

    @Test
    void exactlyOneDemoResponseHasARiskAnswerAndItIsNorthsEpdsItemTen() {
        assertThat(jdbc.sql("""
                select s.name || ' ' || r.instrument_code || ' ' || array_to_string(r.risk_rule_codes, ',')
                from questionnaire_response r join site s on s.id = r.site_id
                where cardinality(r.risk_rule_codes) > 0 and r.entered_by_name like 'system:%'
                """).query(String.class).list()).containsExactly("North Demo Site epds self-harm");
    }

    @Test
    void everyDemoResponseIsDatedOnOrUpToThreeDaysAfterItsContactAndNeverInTheFuture() {
        List<String> rows = jdbc.sql("""
                select r.time_point, (r.completed_at at time zone 'Europe/London')::date as completed_on,
                       coalesce(h.done_on, s.planned_date) as contact_on, r.completed_at <= now() as past
                from questionnaire_response r
                left join home_visit h on h.family_id = r.family_id and h.contact_code = 'antenatal-visit'
                     and r.time_point = 'baseline'
                left join enrolment e on e.family_id = r.family_id and e.status in ('ENROLLED', 'COMPLETED')
                     and r.time_point <> 'baseline'
                left join group_session s on s.group_id = e.group_id and s.contact_code
                     = case r.time_point when 'end-of-antenatal' then 'session-6' else 'session-9' end
                where r.entered_by_name like 'system:%' and r.status = 'COMPLETED'
                """).query((rs, row) -> {
                    LocalDate completed = rs.getObject("completed_on", LocalDate.class);
                    LocalDate contact = rs.getObject("contact_on", LocalDate.class);
                    boolean fits = rs.getBoolean("past") && contact != null && !completed.isBefore(contact)
                            && !completed.isAfter(contact.plusDays(3));
                    return (fits ? "ok " : "wrong ") + rs.getString("time_point") + " " + completed + " / " + contact;
                }).list();

        assertThat(rows).as("baseline, end of antenatal and end of programme are all in the demo")
                .anyMatch(row -> row.startsWith("ok baseline")).anyMatch(row -> row.startsWith("ok end-of-antenatal"))
                .anyMatch(row -> row.startsWith("ok end-of-programme"));
        assertThat(rows).allMatch(row -> row.startsWith("ok "));
    }

    @Test
    void theDemoLeavesBaselineQuestionnairesDueInNorthsRunningGroup() {
        long completedThere = jdbc.sql("""
                select count(*) from questionnaire_response r join enrolment e on e.family_id = r.family_id
                join delivery_group g on g.id = e.group_id
                where g.name = 'Northshire Thursday mornings' and r.entered_by_name like 'system:%'
                  and r.instrument_code not in ('epds', 'gad-7')""").query(Long.class).single();
        assertThat(completedThere).as("only EPDS and GAD-7 of the baseline are entered there").isZero();
    }
}
