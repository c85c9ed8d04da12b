package org.babysteps.outcomes.reference;

import java.time.LocalDate;
import java.util.Optional;
import org.babysteps.outcomes.ReferenceSd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored reference SDs, one per instrument and day; the first figure of a day stands. */
@Component
class ReferenceSdStore {

    private final JdbcClient jdbc;

    ReferenceSdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the day's figure unless another node (or an earlier run) already did; true when this one was stored. */
    boolean addIfNone(ReferenceSd reference) {
        return jdbc.sql("""
                        insert into outcome_reference_sd (instrument_code, computed_on, sd, baselines)
                        values (:instrument, :day, :sd, :baselines)
                        on conflict (instrument_code, computed_on) do nothing
                        """)
                .param("instrument", reference.instrumentCode())
                .param("day", reference.computedOn())
                .param("sd", reference.sd())
                .param("baselines", reference.baselines())
                .update() == 1;
    }

    boolean has(String instrumentCode, LocalDate day) {
        return jdbc.sql("select exists(select 1 from outcome_reference_sd where instrument_code = ? and computed_on = ?)")
                .param(instrumentCode).param(day).query(Boolean.class).single();
    }

    Optional<ReferenceSd> latest(String instrumentCode) {
        return jdbc.sql("""
                        select instrument_code, sd, baselines, computed_on from outcome_reference_sd
                        where instrument_code = ? order by computed_on desc limit 1
                        """)
                .param(instrumentCode)
                .query((rs, row) -> new ReferenceSd(rs.getString(1), rs.getObject(2, Double.class), rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .optional();
    }
}
