package org.babysteps.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.PractitionerStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo-site people for supervision, availability and capacity tests; new records get unique names. */
final class SupervisionFixture {

    private final JdbcClient jdbc;
    private final UserStore users;
    private final PractitionerStore store;
    private final Practitioners practitioners;

    SupervisionFixture(JdbcClient jdbc, UserStore users, PractitionerStore store, Practitioners practitioners) {
        this.jdbc = jdbc;
        this.users = users;
        this.practitioners = practitioners;
        this.store = store;
    }

    SiteId site(String name) {
        return new SiteId(jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single());
    }

    /** The demo practitioner record of an account, e.g. midwife@north.demo. */
    PractitionerId practitionerOf(String email) {
        return store.ofUser(users.findByEmail(email).orElseThrow().userId()).orElseThrow().id();
    }

    /** A new practitioner without an account; call as someone who may add them. */
    PractitionerId add(SiteId site, Profession profession, LocalDate started, ProgrammeRole... roles) {
        return practitioners.add(new PractitionerDetails(null, "Test " + profession.label() + " " + UUID.randomUUID(), null,
                profession, Set.of(site), started, null, new BigDecimal("7.5"), Set.of(roles)));
    }

    int sessionCount() {
        return jdbc.sql("select count(*) from supervision_session").query(Integer.class).single();
    }
}
