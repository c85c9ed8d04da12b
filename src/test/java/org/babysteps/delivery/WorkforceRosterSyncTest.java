package org.babysteps.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.PractitionerTrained;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery roster follows the workforce records: new facilitators, their training and their leaving. */
@PlatformTest
class WorkforceRosterSyncTest {

    @Autowired
    Practitioners practitioners;
    @Autowired
    Roster roster;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFacilitatorAddedInWorkforceAppearsOnTheRosterThenCountsOnceTrainedAndLeaves() {
        SignedIn signedIn = new SignedIn(users);
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        UserId user = UserId.random();
        PractitionerDetails details = new PractitionerDetails(user, "Roster Sync Midwife", null, Profession.HEALTH_VISITOR,
                Set.of(north), LocalDate.now().minusMonths(1), null, new BigDecimal("7.5"), Set.of(ProgrammeRole.FACILITATOR));
        PractitionerId id = signedIn.as("lead@north.demo", () -> practitioners.add(details));

        Facilitator added = awaitEntry(signedIn, north, user, f -> true);
        assertThat(added.agencyType()).isEqualTo("HEALTH");
        assertThat(added.trainedOn(LocalDate.now())).isFalse();

        LocalDate trained = LocalDate.now().minusDays(1);
        transaction.executeWithoutResult(status -> events.publishEvent(
                new PractitionerTrained(id, user, new ProgrammeId("baby-steps"), trained, trained.plusYears(3))));
        awaitEntry(signedIn, north, user, f -> f.trainedOn(LocalDate.now()));

        int version = signedIn.as("lead@north.demo", () -> practitioners.find(id).version());
        LocalDate leaving = LocalDate.now().plusWeeks(2);
        signedIn.run("lead@north.demo", () -> practitioners.update(id, version, new PractitionerDetails(user,
                details.name(), null, details.profession(), details.siteIds(), details.startedOn(), leaving,
                details.protectedHoursPerWeek(), details.roles())));
        Facilitator leaver = awaitEntry(signedIn, north, user, f -> leaving.equals(f.leftOn()));
        assertThat(leaver.trainedOn(leaving)).isFalse();
    }

    private Facilitator awaitEntry(SignedIn signedIn, SiteId site, UserId user, java.util.function.Predicate<Facilitator> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> signedIn.as("lead@north.demo", () -> roster.atSite(site)).stream()
                        .filter(f -> f.userId().equals(user) && condition.test(f)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }
}
