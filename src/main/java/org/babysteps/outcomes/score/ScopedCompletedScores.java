package org.babysteps.outcomes.score;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed totals straight from the responses table, filtered in SQL by the caller's sites and the query. Reads
 * no answers, so it is not a read of personal data in the audit's sense: figures built from it are aggregates.
 * Families whose consent to evaluation use is not current are left out (see {@link EvaluationConsentListener}).
 */
@Service
@Transactional(readOnly = true)
class ScopedCompletedScores implements CompletedScores {

    private final JdbcClient jdbc;
    private final Access access;

    ScopedCompletedScores(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<CompletedScore> find(ScoreQuery query) {
        return read(jdbc, access.scope(), query);
    }

    static List<CompletedScore> read(JdbcClient jdbc, SiteScope scope, ScoreQuery query) {
        String sql = """
                select id, family_id, participant_id, site_id, respondent_role, time_point, instrument_code,
                       instrument_version, total, (completed_at at time zone 'Europe/London')::date as completed_on
                from questionnaire_response
                where status = 'COMPLETED' and total is not null and instrument_code = :instrument
                  and evaluation_use_withdrawn is false
                  and time_point = any(:timePoints)
                  and (cast(:site as uuid) is null or site_id = :site)
                  and (:allFamilies or family_id = any(:families))
                  and (cast(:from as date) is null or (completed_at at time zone 'Europe/London')::date >= :from)
                  and (cast(:to as date) is null or (completed_at at time zone 'Europe/London')::date <= :to)
                  and """ + scope.condition("site_id") + """
                 order by completed_at, id""";
        return scope.bind(jdbc.sql(sql))
                .param("instrument", query.instrumentCode())
                .param("timePoints", query.timePoints().toArray(String[]::new))
                .param("site", query.site() == null ? null : query.site().value())
                .param("allFamilies", query.families() == null)
                .param("families", query.families() == null ? new UUID[0]
                        : query.families().stream().map(FamilyId::value).toArray(UUID[]::new))
                .param("from", query.completedFrom())
                .param("to", query.completedTo())
                .query(ScopedCompletedScores::toScore)
                .list();
    }

    private static CompletedScore toScore(ResultSet rs, int row) throws SQLException {
        return new CompletedScore(rs.getObject("id", UUID.class), new FamilyId(rs.getObject("family_id", UUID.class)),
                rs.getObject("participant_id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                RespondentRole.valueOf(rs.getString("respondent_role")), rs.getString("time_point"),
                rs.getString("instrument_code"), rs.getInt("instrument_version"), rs.getInt("total"),
                rs.getObject("completed_on", java.time.LocalDate.class));
    }
}
