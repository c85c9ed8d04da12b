package org.babysteps.outcomes.score;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.EvaluationResponse;
import org.babysteps.outcomes.EvaluationResponses;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored scores for the evaluator's data set, read straight from the responses table and limited in SQL to the
 * caller's sites. The caller (the export) audits the read: it knows the period and what it hands out.
 */
@Service
@Transactional(readOnly = true)
class ScopedEvaluationResponses implements EvaluationResponses {

    private static final String SQL = """
            with active as (
                select distinct participant_id from questionnaire_response
                where site_id = :site and status = 'COMPLETED' and %1$s
                  and (completed_at at time zone 'Europe/London')::date between :from and :to)
            select r.id, r.family_id, r.participant_id, r.respondent_role, r.time_point, r.instrument_code,
                   r.instrument_version, r.total, coalesce(r.prorated, false) as prorated, r.subscale_codes,
                   r.subscale_totals, to_char(r.completed_at at time zone 'Europe/London', 'YYYY-MM') as completed_month
            from questionnaire_response r join active a on a.participant_id = r.participant_id
            where r.site_id = :site and r.status = 'COMPLETED' and %2$s
              and (r.completed_at at time zone 'Europe/London')::date <= :to
            order by r.completed_at, r.id""";

    private final JdbcClient jdbc;
    private final Access access;

    ScopedEvaluationResponses(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<EvaluationResponse> ofParentsActiveBetween(SiteId site, LocalDate from, LocalDate to) {
        SiteScope scope = access.scope();
        return scope.bind(jdbc.sql(SQL.formatted(scope.condition("site_id"), scope.condition("r.site_id"))))
                .param("site", site.value()).param("from", from).param("to", to)
                .query(ScopedEvaluationResponses::toResponse)
                .list();
    }

    private static EvaluationResponse toResponse(ResultSet rs, int row) throws SQLException {
        Integer total = rs.getObject("total", Integer.class);
        return new EvaluationResponse(rs.getObject("id", UUID.class), new FamilyId(rs.getObject("family_id", UUID.class)),
                rs.getObject("participant_id", UUID.class), RespondentRole.valueOf(rs.getString("respondent_role")),
                rs.getString("time_point"), rs.getString("instrument_code"), rs.getInt("instrument_version"), total,
                rs.getBoolean("prorated"), subscales(rs.getArray("subscale_codes"), rs.getArray("subscale_totals")),
                YearMonth.parse(rs.getString("completed_month")));
    }

    /** The two stored arrays side by side; a subscale without a total (null) is left out. */
    private static Map<String, Integer> subscales(Array codes, Array totals) throws SQLException {
        Map<String, Integer> byCode = new HashMap<>();
        if (codes == null || totals == null) {
            return byCode;
        }
        String[] names = (String[]) codes.getArray();
        Integer[] values = (Integer[]) totals.getArray();
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (values[i] != null) {
                byCode.put(names[i], values[i]);
            }
        }
        return byCode;
    }
}
