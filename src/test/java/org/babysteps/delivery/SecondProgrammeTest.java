package org.babysteps.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A second programme, added as a file only, is delivered by the same code with its own curriculum and rules. */
@PlatformTest
@TestPropertySource(properties = "babysteps.programmes.locations=classpath*:programmes/*.yml,classpath*:programmes-test/*.yml")
class SecondProgrammeTest {

    @Autowired
    Programmes programmes;
    @Autowired
    GroupPlanning planning;
    @Autowired
    GroupQueries queries;
    @Autowired
    Roster roster;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void bothProgrammesAreLoaded() {
        assertThat(programmes.all()).extracting(p -> p.id().value()).contains("baby-steps", "first-steps");
    }

    @Test
    void aGroupOfTheSecondProgrammeGetsItsSessionsAndCapacity() {
        var second = programmes.find(new ProgrammeId("first-steps")).orElseThrow();
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        Group group = new SignedIn(users).as("lead@north.demo", () -> {
            var health = roster.add(north, UserId.random(), "Second Programme Midwife", "HEALTH", LocalDate.now().minusYears(1));
            var childrens = roster.add(north, UserId.random(), "Second Programme Worker", "CHILDRENS_SERVICES", LocalDate.now().minusYears(1));
            GroupId id = planning.create(new NewGroup(north, second.id(), "First Steps online", null, true,
                    LocalDate.now(), LocalTime.of(19, 0), 60, java.util.List.of(health, childrens)));
            return queries.group(id);
        });
        assertThat(group.programmeId()).isEqualTo(second.id());
        assertThat(group.capacity()).isEqualTo(second.groupRules().maxFamilies()).isNotEqualTo(8);
        int sessions = new SignedIn(users).as("lead@north.demo", () -> queries.sessions(group.id()).size());
        assertThat(sessions).isEqualTo(second.groupSessions().size()).isNotEqualTo(9);
    }
}
