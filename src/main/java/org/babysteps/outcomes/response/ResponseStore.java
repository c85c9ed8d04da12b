package org.babysteps.outcomes.response;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire responses in PostgreSQL; every read limited to the caller's sites in SQL. */
@Repository
class ResponseStore {

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ResponseRecord response, UUID enteredBy) {
        jdbc.sql("""
                insert into questionnaire_response (id, family_id, site_id, participant_id, respondent_role,
                    programme_id, programme_version, time_point, instrument_code, instrument_version, status, answers,
                    link_id, entered_by, entered_by_name)
                values (:id, :family, :site, :participant, :role, :programme, :programmeVersion, :timePoint,
                    :instrument, :instrumentVersion, 'IN_PROGRESS', :answers, :link, :enteredBy, :enteredByName)
                """)
                .param("id", response.id()).param("family", response.familyId().value())
                .param("site", response.siteId().value()).param("participant", response.participantId())
                .param("role", response.role().name()).param("programme", response.programmeId())
                .param("programmeVersion", response.programmeVersion()).param("timePoint", response.timePoint())
                .param("instrument", response.instrumentCode()).param("instrumentVersion", response.instrumentVersion())
                .param("answers", toArray(response.answers())).param("link", response.linkId())
                .param("enteredBy", enteredBy).param("enteredByName", response.enteredByName())
                .update();
    }

    void saveAnswers(UUID id, Map<Integer, Integer> answers) {
        jdbc.sql("update questionnaire_response set answers = :answers, updated_at = now() where id = :id"
                        + " and status = 'IN_PROGRESS'")
                .param("answers", toArray(answers)).param("id", id).update();
    }

    /** Completes the response as of {@code completedAt}; one entered later from paper also counts as started then. */
    void complete(UUID id, Map<Integer, Integer> answers, StoredScore score, Instant completedAt) {
        List<String> subscales = new ArrayList<>(score.subscaleTotals().keySet());
        jdbc.sql("""
                update questionnaire_response set status = 'COMPLETED', answers = :answers, completed_at = :completedAt,
                    started_at = least(started_at, :completedAt), updated_at = now(), total = :total, no_score_reason = :reason, prorated = :prorated,
                    answered = :answered, missing = :missing, subscale_codes = :subscaleCodes,
                    subscale_totals = :subscaleTotals, band_meanings = :bands, clinical = :clinical,
                    risk_rule_codes = :risks
                where id = :id and status = 'IN_PROGRESS'
                """)
                .param("answers", toArray(answers)).param("total", score.total())
                .param("reason", score.noScoreReason()).param("prorated", score.prorated())
                .param("answered", score.answered()).param("missing", score.missing())
                .param("subscaleCodes", subscales.toArray(String[]::new))
                .param("subscaleTotals", subscales.stream().map(score.subscaleTotals()::get).toArray(Integer[]::new))
                .param("bands", score.bands().toArray(String[]::new)).param("clinical", score.clinical())
                .param("risks", score.riskRuleCodes().toArray(String[]::new)).param("id", id)
                .param("completedAt", Timestamp.from(completedAt))
                .update();
    }

    void markPublished(UUID id, List<String> ruleCodes) {
        jdbc.sql("update questionnaire_response set risk_published = :codes where id = :id")
                .param("codes", ruleCodes.toArray(String[]::new)).param("id", id).update();
    }

    /** Locks the response for the rest of the transaction, so two saves of it cannot interleave. */
    Optional<ResponseRecord> lock(FamilyId family, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_response r where r.id = :id and r.family_id = :family and "
                        + scope.condition("r.site_id") + " for update")
                .param("id", id).param("family", family.value())).query(ResponseStore::response).optional();
    }

    Optional<ResponseRecord> find(FamilyId family, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_response r where r.id = :id and r.family_id = :family and "
                        + scope.condition("r.site_id"))
                .param("id", id).param("family", family.value())).query(ResponseStore::response).optional();
    }

    Optional<ResponseRecord> find(UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_response r where r.id = :id and "
                + scope.condition("r.site_id")).param("id", id)).query(ResponseStore::response).optional();
    }

    List<ResponseRecord> ofFamily(FamilyId family, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_response r where r.family_id = :family and "
                        + scope.condition("r.site_id") + " order by r.started_at, r.instrument_code")
                .param("family", family.value())).query(ResponseStore::response).list();
    }

    /** Every response of these families, in one query. */
    List<ResponseRecord> ofFamilies(java.util.Collection<FamilyId> families, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_response r where r.family_id = any(:families) and "
                        + scope.condition("r.site_id") + " order by r.started_at, r.instrument_code")
                .param("families", families.stream().map(FamilyId::value).toArray(UUID[]::new)))
                .query(ResponseStore::response).list();
    }

    List<ResponseRecord> ofLink(UUID link, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_response r where r.link_id = :link and "
                        + scope.condition("r.site_id") + " order by r.started_at, r.id")
                .param("link", link)).query(ResponseStore::response).list();
    }

    /** A response entered by staff still open for this parent, time point and instrument, to carry on with. */
    Optional<ResponseRecord> openByStaff(FamilyId family, UUID participant, String timePoint, String instrument,
                                        SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select * from questionnaire_response r
                        where r.family_id = :family and r.participant_id = :participant and r.time_point = :timePoint
                          and r.instrument_code = :instrument and r.status = 'IN_PROGRESS' and r.link_id is null and
                        """ + scope.condition("r.site_id") + " order by r.started_at limit 1")
                .param("family", family.value()).param("participant", participant).param("timePoint", timePoint)
                .param("instrument", instrument)).query(ResponseStore::response).optional();
    }

    Optional<ResponseRecord> completed(FamilyId family, UUID participant, String timePoint, String instrument,
                                       SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select * from questionnaire_response r
                        where r.family_id = :family and r.participant_id = :participant and r.time_point = :timePoint
                          and r.instrument_code = :instrument and r.status = 'COMPLETED' and
                        """ + scope.condition("r.site_id"))
                .param("family", family.value()).param("participant", participant).param("timePoint", timePoint)
                .param("instrument", instrument)).query(ResponseStore::response).optional();
    }

    /** answers[n] (1-based, as PostgreSQL counts) is item n's value; gaps are nulls. */
    static Integer[] toArray(Map<Integer, Integer> answers) {
        int last = answers.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        Integer[] values = new Integer[last];
        answers.forEach((item, value) -> values[item - 1] = value);
        return values;
    }

    private static ResponseRecord response(ResultSet rs, int row) throws SQLException {
        Map<Integer, Integer> answers = new TreeMap<>();
        Integer[] values = integers(rs.getArray("answers"));
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(i + 1, values[i]);
            }
        }
        ResponseStatus status = ResponseStatus.valueOf(rs.getString("status"));
        return new ResponseRecord(rs.getObject("id", UUID.class), new FamilyId(rs.getObject("family_id", UUID.class)),
                new SiteId(rs.getObject("site_id", UUID.class)), rs.getObject("participant_id", UUID.class),
                RespondentRole.valueOf(rs.getString("respondent_role")), rs.getString("programme_id"),
                rs.getInt("programme_version"), rs.getString("time_point"), rs.getString("instrument_code"),
                rs.getInt("instrument_version"), status, answers, rs.getObject("link_id", UUID.class),
                rs.getString("entered_by_name"), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("completed_at")),
                status == ResponseStatus.COMPLETED ? score(rs) : null, strings(rs.getArray("risk_published")));
    }

    private static StoredScore score(ResultSet rs) throws SQLException {
        List<String> codes = strings(rs.getArray("subscale_codes"));
        Integer[] totals = integers(rs.getArray("subscale_totals"));
        Map<String, Integer> subscales = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            subscales.put(codes.get(i), totals[i]);
        }
        return new StoredScore(rs.getObject("total", Integer.class), rs.getString("no_score_reason"),
                rs.getBoolean("prorated"), rs.getInt("answered"), rs.getInt("missing"), subscales,
                strings(rs.getArray("band_meanings")), rs.getBoolean("clinical"), strings(rs.getArray("risk_rule_codes")));
    }

    private static Integer[] integers(Array array) throws SQLException {
        return array == null ? new Integer[0] : (Integer[]) array.getArray();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
