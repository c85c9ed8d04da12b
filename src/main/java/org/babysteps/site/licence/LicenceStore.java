package org.babysteps.site.licence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.site.LicenceCondition;
import org.babysteps.site.LicenceState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Licences, their conditions and their changes of state. Every read applies the caller's scope in SQL. */
@Repository
public class LicenceStore {

    /**
     * The start of the active licence that renews {@code l}: same site and programme, starting after it starts and
     * no later than the day after it ends (a gap would leave the site unlicensed, so that is no renewal).
     */
    private static final String RENEWED_FROM = """
            (select min(n.starts_on) from licence n where n.site_id = l.site_id and n.programme_id = l.programme_id
             and n.id <> l.id and n.status = 'ACTIVE' and n.starts_on > l.starts_on and n.starts_on <= l.ends_on + 1)""";
    private static final String SELECT = "select l.*, s.name as site_name, " + RENEWED_FROM
            + " as renewed_from from licence l join site s on s.id = l.site_id ";

    public record Change(LicenceState from, LicenceState to, String reason, String byName, java.time.LocalDateTime at) {
    }

    public record Condition(UUID licence, LicenceCondition condition, LocalDate addedOn, String addedByName) {
    }

    private final JdbcClient jdbc;

    LicenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, SiteId site, ProgrammeId programme, int programmeVersion, LicenceState status,
                LocalDate startsOn, LocalDate endsOn, String byName) {
        jdbc.sql("""
                insert into licence (id, site_id, programme_id, programme_version, status, starts_on, ends_on, issued_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, site.value(), programme.value(), programmeVersion, status.name(), startsOn, endsOn, byName).update();
    }

    void addCondition(UUID licence, LicenceCondition condition, LocalDate on, String byName) {
        jdbc.sql("""
                insert into licence_condition (id, licence_id, position, code, type, title, description, added_on, added_by_name)
                values (?, ?, (select coalesce(max(position), 0) + 1 from licence_condition where licence_id = ?), ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), licence, licence, condition.code(),
                        condition.type() == null ? null : condition.type().name(), condition.title(), condition.description(),
                        on, byName).update();
    }

    int siteConditionCount(UUID licence) {
        return jdbc.sql("select count(*) from licence_condition where licence_id = ? and type is null")
                .param(licence).query(Integer.class).single();
    }

    /** Serialises issuing for one site and programme, so two overlapping licences cannot both pass the check. */
    void lockSiteProgramme(SiteId site, ProgrammeId programme) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('licence:' || ? || ':' || ?))")
                .params(site.value().toString(), programme.value()).query().singleValue();
    }

    /** Licences of the site and programme, not ended, whose dates overlap the given ones. */
    List<LicenceRow> overlapping(SiteId site, ProgrammeId programme, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql(SELECT + """
                 where l.site_id = ? and l.programme_id = ? and l.status <> 'ENDED'
                 and l.starts_on <= ? and l.ends_on >= ? order by l.starts_on""")
                .params(site.value(), programme.value(), endsOn, startsOn).query(LicenceStore::row).list();
    }

    Optional<LicenceRow> lock(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where l.id = :id and l.site_id = :site and " + scope.condition("l.site_id")
                        + " for update of l"))
                .param("id", id).param("site", site.value()).query(LicenceStore::row).optional();
    }

    public Optional<LicenceRow> find(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where l.id = :id and l.site_id = :site and " + scope.condition("l.site_id")))
                .param("id", id).param("site", site.value()).query(LicenceStore::row).optional();
    }

    /** Newest first. */
    public List<LicenceRow> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where l.site_id = :site and " + scope.condition("l.site_id")
                        + " order by l.starts_on desc, l.created_at desc"))
                .param("site", site.value()).query(LicenceStore::row).list();
    }

    public List<LicenceRow> visible(SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where " + scope.condition("l.site_id") + " order by lower(s.name), l.starts_on desc"))
                .query(LicenceStore::row).list();
    }

    /** Active licences not renewed yet ending between the two dates (inclusive): what renewal reminders are about. */
    public List<LicenceRow> activeEndingBetween(LocalDate from, LocalDate to, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where l.status = 'ACTIVE' and l.ends_on between :from and :to and "
                        + RENEWED_FROM + " is null and "
                        + scope.condition("l.site_id") + " order by l.ends_on"))
                .param("from", from).param("to", to).query(LicenceStore::row).list();
    }

    void update(UUID id, LicenceState status, String suspensionReason, LocalDate endedOn, String endReason) {
        jdbc.sql("""
                update licence set status = ?, suspension_reason = ?, ended_on = ?, end_reason = ?, version = version + 1
                where id = ?""").params(status.name(), suspensionReason, endedOn, endReason, id).update();
    }

    /** Ends a licence that never ran: today, with the reason, marked withdrawn. */
    void withdraw(UUID id, LocalDate on, String reason) {
        jdbc.sql("""
                update licence set status = 'ENDED', suspension_reason = null, ended_on = ?, end_reason = ?, withdrawn = true,
                version = version + 1 where id = ?""").params(on, reason, id).update();
    }

    void recordChange(UUID id, LicenceState from, LicenceState to, String reason, UUID byUser, String byName) {
        jdbc.sql("insert into licence_change (id, licence_id, from_status, to_status, reason, by_user_id, by_name) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), reason, byUser, byName).update();
    }

    public List<Change> changes(UUID licence, SiteScope scope) {
        return scope.bind(jdbc.sql("select c.* from licence_change c join licence l on l.id = c.licence_id where c.licence_id = :id and "
                        + scope.condition("l.site_id") + " order by c.at, c.id"))
                .param("id", licence)
                .query((rs, n) -> new Change(rs.getString("from_status") == null ? null : LicenceState.valueOf(rs.getString("from_status")),
                        LicenceState.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("by_name"),
                        rs.getTimestamp("at").toInstant().atZone(org.babysteps.platform.UkTime.ZONE).toLocalDateTime()))
                .list();
    }

    /** The conditions of the given licences, in order. */
    public List<Condition> conditions(List<UUID> licences, SiteScope scope) {
        if (licences.isEmpty()) {
            return List.of();
        }
        return scope.bind(jdbc.sql("select c.* from licence_condition c join licence l on l.id = c.licence_id"
                        + " where c.licence_id = any(:ids) and " + scope.condition("l.site_id") + " order by c.licence_id, c.position"))
                .param("ids", licences.toArray(UUID[]::new))
                .query((rs, n) -> new Condition(rs.getObject("licence_id", UUID.class), new LicenceCondition(rs.getString("code"),
                        rs.getString("type") == null ? null : LicenceConditionType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getString("description")),
                        rs.getObject("added_on", LocalDate.class), rs.getString("added_by_name")))
                .list();
    }

    private static LicenceRow row(ResultSet rs, int n) throws SQLException {
        return new LicenceRow(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("site_name"), new ProgrammeId(rs.getString("programme_id")), rs.getInt("programme_version"),
                LicenceState.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("suspension_reason"),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getString("issued_by_name"),
                rs.getInt("version"), rs.getObject("renewed_from", LocalDate.class), rs.getBoolean("withdrawn"));
    }
}
