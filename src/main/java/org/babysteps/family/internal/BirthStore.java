package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.family.BirthDetails;
import org.babysteps.family.DeliveryMode;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The baby's birth, one record per family; recording it again corrects it. */
@Repository
public class BirthStore {

    private final JdbcClient jdbc;

    BirthStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the birth; true if it was recorded before and has now been corrected. */
    public boolean save(FamilyId family, SiteId site, BirthDetails birth, UserId recordedBy) {
        boolean existed = jdbc.sql("select exists(select 1 from baby where family_id = ?)").param(family.value())
                .query(Boolean.class).single();
        jdbc.sql("""
                insert into baby (id, family_id, site_id, date_of_birth, gestation_weeks, gestation_days,
                    birth_weight_grams, delivery_mode, name, recorded_by)
                values (:id, :family, :site, :born, :weeks, :days, :grams, :mode, :name, :by)
                on conflict (family_id) do update set date_of_birth = excluded.date_of_birth,
                    gestation_weeks = excluded.gestation_weeks, gestation_days = excluded.gestation_days,
                    birth_weight_grams = excluded.birth_weight_grams, delivery_mode = excluded.delivery_mode,
                    name = excluded.name, recorded_by = excluded.recorded_by, recorded_at = now()
                """)
                .param("id", UUID.randomUUID()).param("family", family.value()).param("site", site.value())
                .param("born", birth.dateOfBirth()).param("weeks", birth.gestationWeeks())
                .param("days", birth.gestationDays()).param("grams", birth.birthWeightGrams())
                .param("mode", birth.deliveryMode().name()).param("name", birth.babyName())
                .param("by", recordedBy == null ? null : recordedBy.value())
                .update();
        return existed;
    }

    public Optional<BirthDetails> ofFamily(FamilyId family, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select b.date_of_birth, b.gestation_weeks, b.gestation_days, b.birth_weight_grams,
                               b.delivery_mode, b.name
                          from baby b where b.family_id = :family and\s""" + scope.condition("b.site_id"))
                        .param("family", family.value()))
                .query((rs, row) -> new BirthDetails(rs.getObject("date_of_birth", LocalDate.class),
                        rs.getInt("gestation_weeks"), rs.getInt("gestation_days"), rs.getInt("birth_weight_grams"),
                        DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getString("name")))
                .optional();
    }
}
