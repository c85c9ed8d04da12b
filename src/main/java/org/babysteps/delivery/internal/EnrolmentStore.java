package org.babysteps.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.delivery.Enrolment;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.GroupId;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EnrolmentStore {

    private final JdbcClient jdbc;

    EnrolmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Enrolment enrolment, SiteId site) {
        jdbc.sql("""
                insert into enrolment (id, group_id, family_id, site_id, status, enrolled_on, fit_note)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(enrolment.id(), enrolment.groupId().value(), enrolment.familyId().value(), site.value(),
                        enrolment.status().name(), enrolment.enrolledOn(), enrolment.fitNote())
                .update();
    }

    public List<Enrolment> ofGroup(GroupId group) {
        return jdbc.sql("select * from enrolment where group_id = ? order by status, enrolled_on, created_at")
                .param(group.value()).query(EnrolmentStore::enrolment).list();
    }

    public int count(GroupId group, EnrolmentStatus status) {
        return jdbc.sql("select count(*) from enrolment where group_id = ? and status = ?")
                .params(group.value(), status.name()).query(Integer.class).single();
    }

    public Optional<Enrolment> livePlace(FamilyId family) {
        return jdbc.sql("select * from enrolment where family_id = ? and status in ('ENROLLED', 'WAITING')")
                .param(family.value()).query(EnrolmentStore::enrolment).optional();
    }

    public java.util.Set<FamilyId> familiesWithLivePlaceAt(SiteId site) {
        return new java.util.HashSet<>(jdbc.sql("select family_id from enrolment where site_id = ? and status in ('ENROLLED', 'WAITING')")
                .param(site.value()).query((rs, n) -> new FamilyId(rs.getObject(1, UUID.class))).list());
    }

    public List<Enrolment> ofFamily(FamilyId family) {
        return jdbc.sql("select * from enrolment where family_id = ? order by created_at desc").param(family.value())
                .query(EnrolmentStore::enrolment).list();
    }

    public void setStatus(UUID enrolment, EnrolmentStatus status) {
        jdbc.sql("update enrolment set status = ? where id = ?").params(status.name(), enrolment).update();
    }

    static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), new GroupId(rs.getObject("group_id", UUID.class)),
                new FamilyId(rs.getObject("family_id", UUID.class)), EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getObject("enrolled_on", LocalDate.class), rs.getString("fit_note"));
    }
}
