package org.babysteps.family.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.FamilyId;
import org.babysteps.family.NewConsent;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents, kept for good: a withdrawal dates the record, and giving consent again adds a new one. */
@Repository
public class ConsentStore {

    private static final String SELECT = """
            select c.id, c.family_id, c.purpose, c.given_on, c.given_by_member_id, m.name as given_by_name,
                   c.partner_agency_ids, c.recorded_by_name, c.withdrawn_on, c.withdrawal_recorded_by_name
              from consent c join family_member m on m.id = c.given_by_member_id
            """;

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ConsentId id, FamilyId family, SiteId site, NewConsent consent, UserId recordedBy,
                       String recordedByName) {
        jdbc.sql("""
                insert into consent (id, family_id, site_id, purpose, given_on, given_by_member_id,
                    partner_agency_ids, recorded_by, recorded_by_name)
                values (:id, :family, :site, :purpose, :givenOn, :givenBy, :agencies, :recordedBy, :recordedByName)
                """)
                .param("id", id.value()).param("family", family.value()).param("site", site.value())
                .param("purpose", consent.purpose().name()).param("givenOn", consent.givenOn())
                .param("givenBy", consent.givenByParentId())
                .param("agencies", consent.partnerAgencies().stream().map(AgencyId::value).toArray(UUID[]::new))
                .param("recordedBy", recordedBy == null ? null : recordedBy.value())
                .param("recordedByName", recordedByName)
                .update();
    }

    /** Dates the withdrawal; false if the consent was already withdrawn (by someone else, just now). */
    public boolean withdraw(ConsentId id, LocalDate on, UserId recordedBy, String recordedByName) {
        return jdbc.sql("""
                update consent set withdrawn_on = :on, withdrawal_recorded_by = :by,
                    withdrawal_recorded_by_name = :byName, withdrawal_recorded_at = now()
                where id = :id and withdrawn_on is null
                """)
                .param("on", on).param("by", recordedBy == null ? null : recordedBy.value())
                .param("byName", recordedByName).param("id", id.value())
                .update() == 1;
    }

    /** Every consent of the family, newest first within each purpose. */
    public List<ConsentRecord> ofFamily(FamilyId family, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where c.family_id = :family and " + scope.condition("c.site_id")
                        + " order by c.purpose, c.given_on desc, c.recorded_at desc").param("family", family.value()))
                .query(ConsentStore::consent).list();
    }

    public Optional<ConsentRecord> find(FamilyId family, ConsentId id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where c.id = :id and c.family_id = :family and "
                        + scope.condition("c.site_id")).param("id", id.value()).param("family", family.value()))
                .query(ConsentStore::consent).optional();
    }

    /** Whether the family's consent for this purpose is in force on this day. */
    public boolean current(FamilyId family, ConsentPurpose purpose, LocalDate day, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select exists (select 1 from consent c
                         where c.family_id = :family and c.purpose = :purpose and c.given_on <= :day
                           and (c.withdrawn_on is null or c.withdrawn_on > :day) and\s""" + scope.condition("c.site_id") + ")")
                        .param("family", family.value()).param("purpose", purpose.name()).param("day", day))
                .query(Boolean.class).single();
    }

    /** Those of the families whose consent for this purpose is in force on this day, in one query. */
    public Set<FamilyId> currentAmong(Collection<FamilyId> families, ConsentPurpose purpose, LocalDate day,
                                      SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select distinct c.family_id from consent c
                         where c.family_id = any(:families) and c.purpose = :purpose and c.given_on <= :day
                           and (c.withdrawn_on is null or c.withdrawn_on > :day) and\s""" + scope.condition("c.site_id"))
                        .param("families", families.stream().map(FamilyId::value).toArray(UUID[]::new))
                        .param("purpose", purpose.name()).param("day", day))
                .query((rs, row) -> new FamilyId(rs.getObject("family_id", UUID.class))).set();
    }

    /** Whether a consent for this purpose is recorded and not withdrawn, even if given with a later date. */
    public boolean notWithdrawn(FamilyId family, ConsentPurpose purpose, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select exists (select 1 from consent c
                         where c.family_id = :family and c.purpose = :purpose and c.withdrawn_on is null
                           and\s""" + scope.condition("c.site_id") + ")")
                        .param("family", family.value()).param("purpose", purpose.name()))
                .query(Boolean.class).single();
    }

    private static ConsentRecord consent(ResultSet rs, int row) throws SQLException {
        UUID[] agencies = (UUID[]) rs.getArray("partner_agency_ids").getArray();
        return new ConsentRecord(new ConsentId(rs.getObject("id", UUID.class)),
                new FamilyId(rs.getObject("family_id", UUID.class)), ConsentPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("given_on", LocalDate.class), rs.getObject("given_by_member_id", UUID.class),
                rs.getString("given_by_name"),
                Arrays.stream(agencies).map(AgencyId::new).collect(Collectors.toSet()),
                rs.getString("recorded_by_name"), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawal_recorded_by_name"));
    }
}
