package org.babysteps.family.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.babysteps.family.FamilyId;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ParticipantRole;
import org.babysteps.family.SupporterDetails;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Parents and supporters. A person taken off a family is marked removed rather than deleted: consents they gave
 * and registers that name them keep pointing at them.
 */
@Repository
public class MemberStore {

    private static final String COLUMNS = """
            m.id, m.family_id, m.role, m.position, m.name, m.first_name, m.last_name, m.date_of_birth, m.phone,
            m.email, m.nhs_number, m.relationship
            """;

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertParent(FamilyId family, SiteId site, int position, ParentDetails parent) {
        UUID id = UUID.randomUUID();
        parentColumns(jdbc.sql("""
                insert into family_member (id, family_id, site_id, role, position, name, first_name, last_name,
                    date_of_birth, phone, phone_key, email, nhs_number)
                values (:id, :family, :site, 'PARENT', :position, :name, :firstName, :lastName, :dateOfBirth,
                    :phone, :phoneKey, :email, :nhsNumber)
                """), parent)
                .param("id", id).param("family", family.value()).param("site", site.value()).param("position", position)
                .update();
        return id;
    }

    public void updateParent(UUID member, ParentDetails parent) {
        parentColumns(jdbc.sql("""
                update family_member set name = :name, first_name = :firstName, last_name = :lastName,
                    date_of_birth = :dateOfBirth, phone = :phone, phone_key = :phoneKey, email = :email,
                    nhs_number = :nhsNumber
                where id = :id
                """), parent).param("id", member).update();
    }

    public void insertSupporter(FamilyId family, SiteId site, SupporterDetails supporter) {
        jdbc.sql("""
                insert into family_member (id, family_id, site_id, role, position, name, relationship)
                values (:id, :family, :site, 'SUPPORTER', :position, :name, :relationship)
                """)
                .param("id", UUID.randomUUID()).param("family", family.value()).param("site", site.value())
                .param("position", MemberRecord.SUPPORTER_POSITION).param("name", supporter.name().trim())
                .param("relationship", supporter.relationship()).update();
    }

    public void updateSupporter(UUID member, SupporterDetails supporter) {
        jdbc.sql("update family_member set name = :name, relationship = :relationship where id = :id")
                .param("name", supporter.name().trim()).param("relationship", supporter.relationship())
                .param("id", member).update();
    }

    public void remove(UUID member) {
        jdbc.sql("update family_member set removed_at = now() where id = :id").param("id", member).update();
    }

    /** The current parents and supporters of these families: parents first, then the supporter, by family. */
    public List<MemberRecord> ofFamilies(Collection<FamilyId> families, SiteScope scope) {
        UUID[] ids = families.stream().map(FamilyId::value).distinct().toArray(UUID[]::new);
        return scope.bind(jdbc.sql("select " + COLUMNS + " from family_member m where m.family_id = any(:ids)"
                        + " and m.removed_at is null and " + scope.condition("m.site_id")
                        + " order by m.family_id, m.position").param("ids", ids))
                .query(MemberStore::member).list();
    }

    /**
     * Parents of the caller's sites who share an NHS number, a last name and date of birth, a phone number or an
     * email with one of these parents: the candidates {@link DuplicateMatchPolicy} then judges. Each condition
     * matches an index, so this stays quick at national scale.
     */
    public List<MemberRecord> possibleMatches(List<ParentDetails> parents, SiteScope scope) {
        String[] nhs = keys(parents, parent -> DuplicateMatchPolicy.nhsKey(parent.nhsNumber()));
        String[] lastNames = keys(parents, parent -> DuplicateMatchPolicy.nameKey(parent.lastName()));
        // dates travel as ISO text: the driver cannot bind an array of LocalDate
        String[] births = keys(parents, parent -> parent.dateOfBirth() == null ? null : parent.dateOfBirth().toString());
        String[] phones = keys(parents, parent -> DuplicateMatchPolicy.phoneKey(parent.phone()));
        String[] emails = keys(parents, parent -> DuplicateMatchPolicy.emailKey(parent.email()));
        return scope.bind(jdbc.sql("select " + COLUMNS + """
                         from family_member m
                        where m.role = 'PARENT' and m.removed_at is null
                          and (m.nhs_number = any(:nhs)
                               or (lower(m.last_name) = any(:lastNames) and m.date_of_birth = any(cast(:births as date[])))
                               or m.phone_key = any(:phones)
                               or lower(m.email) = any(:emails))
                          and """ + scope.condition("m.site_id") + " limit 200")
                        .param("nhs", nhs).param("lastNames", lastNames).param("births", births)
                        .param("phones", phones).param("emails", emails))
                .query(MemberStore::member).list();
    }

    private static String[] keys(List<ParentDetails> parents, Function<ParentDetails, String> key) {
        return parents.stream().map(key).filter(Objects::nonNull).distinct().toArray(String[]::new);
    }

    private static JdbcClient.StatementSpec parentColumns(JdbcClient.StatementSpec statement, ParentDetails parent) {
        return statement.param("name", parent.firstName().trim() + " " + parent.lastName().trim())
                .param("firstName", parent.firstName().trim()).param("lastName", parent.lastName().trim())
                .param("dateOfBirth", parent.dateOfBirth()).param("phone", parent.phone())
                .param("phoneKey", DuplicateMatchPolicy.phoneKey(parent.phone())).param("email", parent.email())
                .param("nhsNumber", DuplicateMatchPolicy.nhsKey(parent.nhsNumber()));
    }

    private static MemberRecord member(ResultSet rs, int row) throws SQLException {
        return new MemberRecord(rs.getObject("id", UUID.class), new FamilyId(rs.getObject("family_id", UUID.class)),
                ParticipantRole.valueOf(rs.getString("role")), rs.getInt("position"), rs.getString("name"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("phone"), rs.getString("email"), rs.getString("nhs_number"), rs.getString("relationship"));
    }
}
