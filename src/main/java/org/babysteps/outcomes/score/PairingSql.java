package org.babysteps.outcomes.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pairs scores by the rules of {@link PairedScores} inside PostgreSQL, which returns one row per parent with a pair
 * or awaiting a later score, not every score: at national scale a few hundred thousand plain numbers instead of a
 * million scores built into objects (ADR 8). One pass over the covering index of V2026113298 in its
 * own order (instrument, family, parent) gathers each parent's baseline and later score; a parent answers each time
 * point once (questionnaire_response_completed_uq), so each aggregate below sees at most one row.
 */
final class PairingSql {

    private static final String SQL = """
            with parent as (
                select max(r.total) filter (where r.time_point = :baseline) as baseline_total,
                       max(r.completed_at) filter (where r.time_point = :baseline) as baseline_at,
                       (array_agg(r.respondent_role) filter (where r.time_point = :baseline))[1] as baseline_role,
                       (array_agg(r.site_id) filter (where r.time_point = :baseline))[1] as baseline_site,
                       max(r.total) filter (where r.time_point = :later) as later_total,
                       max(r.completed_at) filter (where r.time_point = :later) as later_at,
                       (array_agg(r.site_id) filter (where r.time_point = :later))[1] as later_site,
                       max(r.instrument_version) filter (where r.time_point = :later) as later_version
                from questionnaire_response r
                where r.time_point in (:baseline, :later) and %1$s and r.completed_at < %2$s
                group by r.family_id, r.participant_id)
            select later_at is not null, coalesce(later_site, baseline_site), baseline_role, baseline_total,
                   later_total, later_version, baseline_site
            from parent
            where (later_at is not null %3$s
                   and baseline_at < ((later_at at time zone 'Europe/London')::date + 1)::timestamp
                                     at time zone 'Europe/London')
               or (baseline_at is not null and later_at is null)
            """;

    private PairingSql() {
    }

    static PairedScores pair(JdbcClient jdbc, SiteScope scope, ScoreQuery query, OutcomeComparison comparison,
                             LocalDate from, LocalDate to) {
        String sql = SQL.formatted(ScoreFilter.whose("r", scope, query), ScoreFilter.endOfDay("to"),
                from == null ? "" : "and later_at >= " + ScoreFilter.startOfDay("from"));
        JdbcClient.StatementSpec statement = ScoreFilter.bind(jdbc.sql(sql), scope, query)
                .param("baseline", comparison.baseline()).param("later", comparison.later()).param("to", to);
        if (from != null) {
            statement = statement.param("from", from);
        }
        List<ScorePair> pairs = new ArrayList<>();
        Map<AwaitingLater, Integer> awaiting = new HashMap<>();
        statement.query(rs -> {
            SiteId site = new SiteId(rs.getObject(2, UUID.class));
            RespondentRole role = RespondentRole.valueOf(rs.getString(3));
            if (rs.getBoolean(1)) {
                pairs.add(new ScorePair(site, new SiteId(rs.getObject(7, UUID.class)), role, rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)));
            } else {
                awaiting.merge(new AwaitingLater(site, role, 0), 1, Integer::sum);
            }
        });
        return new PairedScores(pairs, awaiting.entrySet().stream()
                .map(entry -> new AwaitingLater(entry.getKey().site(), entry.getKey().role(), entry.getValue())).toList());
    }
}
