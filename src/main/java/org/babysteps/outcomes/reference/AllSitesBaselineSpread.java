package org.babysteps.outcomes.reference;

import javax.sql.DataSource;
import org.babysteps.outcomes.OutcomeComparison;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The spread of every site's baseline totals of an instrument, whatever the caller's own sites: deliberately
 * unscoped, like {@code AllSitesScores}, because it is the one yardstick every site's reliable change is judged by.
 * Only an aggregate (a count and a standard deviation) leaves the database: no site, family, parent or single total.
 * Kept apart from the scoped readers so no other read can forget the scope by accident.
 */
@Component
class AllSitesBaselineSpread {

    /** The standard deviation of {@code baselines} totals, null with fewer than 2. */
    record Spread(Double sd, int baselines) {
    }

    private final JdbcClient jdbc;

    AllSitesBaselineSpread(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Each parent's latest completed baseline (their own answers, with consent to evaluation use current), counted
     * once: a parent asked again at baseline would otherwise weigh twice. Read newest first along the covering index
     * of the analysis (V2026113298), so the first row of each parent is the one kept.
     */
    Spread of(String instrumentCode) {
        return jdbc.sql("""
                        select stddev_samp(total)::double precision as sd, count(*) as baselines
                        from (select distinct on (family_id, participant_id) total
                              from questionnaire_response
                              where status = 'COMPLETED' and evaluation_use_withdrawn is false and total is not null
                                and instrument_code = :instrument and time_point = :baseline
                              order by family_id desc, participant_id desc, completed_at desc, id desc) latest
                        """)
                .param("instrument", instrumentCode)
                .param("baseline", OutcomeComparison.TO_END_OF_PROGRAMME.baseline())
                .query((rs, row) -> new Spread(rs.getObject("sd", Double.class), rs.getInt("baselines")))
                .single();
    }
}
