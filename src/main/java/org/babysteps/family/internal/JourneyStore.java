package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated history of each family's journey; rows are only ever added. */
@Repository
public class JourneyStore {

    private final JdbcClient jdbc;

    JourneyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(FamilyId family, SiteId site, JourneyStage from, JourneyStage stage, LocalDate on,
                       String reason, UserId recordedBy, String recordedByName) {
        jdbc.sql("""
                insert into journey_step (id, family_id, site_id, from_stage, stage, occurred_on, reason,
                    recorded_by, recorded_by_name)
                values (:id, :family, :site, :from, :stage, :on, :reason, :by, :byName)
                """)
                .param("id", UUID.randomUUID()).param("family", family.value()).param("site", site.value())
                .param("from", from == null ? null : from.name()).param("stage", stage.name()).param("on", on)
                .param("reason", reason).param("by", recordedBy == null ? null : recordedBy.value())
                .param("byName", recordedByName)
                .update();
    }

    /** Newest first. */
    public List<JourneyStepRecord> ofFamily(FamilyId family, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select j.from_stage, j.stage, j.occurred_on, j.reason, j.recorded_by_name
                          from journey_step j
                         where j.family_id = :family and\s""" + scope.condition("j.site_id")
                        + " order by j.recorded_at desc, j.occurred_on desc").param("family", family.value()))
                .query((rs, row) -> new JourneyStepRecord(
                        rs.getString("from_stage") == null ? null : JourneyStage.valueOf(rs.getString("from_stage")),
                        JourneyStage.valueOf(rs.getString("stage")), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("reason"), rs.getString("recorded_by_name")))
                .list();
    }
}
