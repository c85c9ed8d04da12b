package org.babysteps.family.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.FamilyId;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.ReferralDetails;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Families' own rows in PostgreSQL. Every read applies the caller's site scope inside the query. */
@Repository
public class FamilyStore {

    static final String COLUMNS = """
            f.id, f.site_id, f.programme_id, f.programme_version, f.display_name, f.referrer_source, f.referrer_name,
            f.referral_date, f.expected_delivery_date, f.vulnerability_factors, f.other_reasons, f.preferred_language,
            f.interpreter_needed, f.contact_methods, f.contact_best_times, f.transport_needs, f.needs_transport_help,
            f.notes, f.stage, f.stage_since, f.version
            """;

    private final JdbcClient jdbc;

    FamilyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(FamilyId id, SiteId site, String programmeId, int programmeVersion, String displayName,
                       ReferralDetails referral) {
        details(jdbc.sql("""
                insert into family (id, site_id, programme_id, programme_version, display_name, referrer_source,
                    referrer_name, referral_date, expected_delivery_date, vulnerability_factors, other_reasons,
                    preferred_language, interpreter_needed, contact_methods, contact_best_times, transport_needs,
                    needs_transport_help, notes, stage, stage_since)
                values (:id, :site, :programmeId, :programmeVersion, :displayName, :referrerSource, :referrerName,
                    :referralDate, :edd, :factors, :otherReasons, :language, :interpreter, :contactMethods,
                    :bestTimes, :transport, :transportHelp, :notes, 'REFERRED', :referralDate)
                """), referral)
                .param("id", id.value()).param("site", site.value()).param("programmeId", programmeId)
                .param("programmeVersion", programmeVersion).param("displayName", displayName)
                .update();
    }

    /** Optimistic update: false when someone else saved the family since {@code expectedVersion} was read. */
    public boolean update(FamilyId id, int expectedVersion, String displayName, ReferralDetails referral) {
        return details(jdbc.sql("""
                update family set display_name = :displayName, referrer_source = :referrerSource,
                    referrer_name = :referrerName, referral_date = :referralDate, expected_delivery_date = :edd,
                    vulnerability_factors = :factors, other_reasons = :otherReasons, preferred_language = :language,
                    interpreter_needed = :interpreter, contact_methods = :contactMethods,
                    contact_best_times = :bestTimes, transport_needs = :transport,
                    needs_transport_help = :transportHelp, notes = :notes, version = version + 1
                where id = :id and version = :version
                """), referral)
                .param("displayName", displayName).param("id", id.value()).param("version", expectedVersion)
                .update() == 1;
    }

    public Optional<FamilyRow> find(FamilyId id, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + " from family f where f.id = :id and "
                        + scope.condition("f.site_id")).param("id", id.value()))
                .query(FamilyStore::row).optional();
    }

    /** The family's row, locked until the transaction ends, so two changes to its journey cannot interleave. */
    public Optional<FamilyRow> lock(FamilyId id, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + " from family f where f.id = :id and "
                        + scope.condition("f.site_id") + " for update").param("id", id.value()))
                .query(FamilyStore::row).optional();
    }

    public List<FamilyRow> findAll(Collection<FamilyId> ids, SiteScope scope) {
        UUID[] values = ids.stream().map(FamilyId::value).distinct().toArray(UUID[]::new);
        return scope.bind(jdbc.sql("select " + COLUMNS + " from family f where f.id = any(:ids) and "
                        + scope.condition("f.site_id")).param("ids", values))
                .query(FamilyStore::row).list();
    }

    public List<FamilyRow> openAt(SiteId site, SiteScope scope) {
        String[] closed = Arrays.stream(JourneyStage.values()).filter(JourneyStage::closed).map(Enum::name)
                .toArray(String[]::new);
        return scope.bind(jdbc.sql("select " + COLUMNS + " from family f where f.site_id = :site and "
                        + "f.stage <> all(:closed) and " + scope.condition("f.site_id")
                        + " order by f.expected_delivery_date, f.display_name")
                        .param("site", site.value()).param("closed", closed))
                .query(FamilyStore::row).list();
    }

    /**
     * The day each of these families closed (completed or left), for those whose journey is closed; open families and
     * families outside the scope are absent. {@code stage_since} moves with every journey step, so for a closed family
     * it is the day of the step that closed it (a reopened family is open again, and absent).
     */
    public java.util.Map<FamilyId, LocalDate> closedOn(Collection<FamilyId> ids, SiteScope scope) {
        UUID[] values = ids.stream().map(FamilyId::value).distinct().toArray(UUID[]::new);
        String[] closed = Arrays.stream(JourneyStage.values()).filter(JourneyStage::closed).map(Enum::name)
                .toArray(String[]::new);
        java.util.Map<FamilyId, LocalDate> days = new java.util.LinkedHashMap<>();
        scope.bind(jdbc.sql("select f.id, f.stage_since from family f where f.id = any(:ids) and f.stage = any(:closed)"
                        + " and " + scope.condition("f.site_id")).param("ids", values).param("closed", closed))
                .query((rs, row) -> days.put(new FamilyId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class)))
                .list();
        return days;
    }

    /** Families of a site at one stage, oldest referral first (e.g. new referrals waiting for contact). */
    public List<FamilyRow> atStage(SiteId site, JourneyStage stage, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + " from family f where f.site_id = :site and f.stage = :stage and "
                        + scope.condition("f.site_id") + " order by f.referral_date, f.display_name")
                        .param("site", site.value()).param("stage", stage.name()))
                .query(FamilyStore::row).list();
    }

    public void moveTo(FamilyId id, JourneyStage stage, LocalDate since) {
        jdbc.sql("update family set stage = :stage, stage_since = :since where id = :id")
                .param("stage", stage.name()).param("since", since).param("id", id.value()).update();
    }

    private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec statement, ReferralDetails referral) {
        return statement.param("referrerSource", referral.referrer().source())
                .param("referrerName", referral.referrer().nameOrAgency())
                .param("referralDate", referral.referralDate())
                .param("edd", referral.expectedDeliveryDate())
                .param("factors", referral.vulnerabilityFactors().toArray(String[]::new))
                .param("otherReasons", referral.otherReasons())
                .param("language", referral.preferredLanguage())
                .param("interpreter", referral.interpreterNeeded())
                .param("contactMethods", referral.contactMethods().stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("bestTimes", referral.contactBestTimes())
                .param("transport", referral.transportNeeds())
                .param("transportHelp", referral.needsTransportHelp())
                .param("notes", referral.notes());
    }

    static FamilyRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new FamilyRow(new FamilyId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("programme_id"), rs.getInt("programme_version"), rs.getString("display_name"),
                rs.getString("referrer_source"), rs.getString("referrer_name"),
                rs.getObject("referral_date", LocalDate.class), rs.getObject("expected_delivery_date", LocalDate.class),
                strings(rs.getArray("vulnerability_factors")), rs.getString("other_reasons"),
                rs.getString("preferred_language"), rs.getBoolean("interpreter_needed"),
                strings(rs.getArray("contact_methods")).stream().map(ContactMethod::valueOf).collect(Collectors.toSet()),
                rs.getString("contact_best_times"), rs.getString("transport_needs"),
                rs.getBoolean("needs_transport_help"), rs.getString("notes"), JourneyStage.valueOf(rs.getString("stage")),
                rs.getObject("stage_since", LocalDate.class), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
