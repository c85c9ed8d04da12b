package org.babysteps.site.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.notification.NotificationOutbox;
import org.babysteps.notification.OutboxMessage;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.site.AgencyType;
import org.babysteps.site.LicenceAdministration;
import org.babysteps.site.LifecycleFixture;
import org.babysteps.site.NewLicence;
import org.babysteps.site.ReadinessOutcome;
import org.babysteps.site.SiteAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily job reminds the site's leads and the licensor six and three months before a licence ends, once each. */
@PlatformTest
class LicenceRenewalRemindersTest {

    @Autowired
    LicenceRenewalReminders reminders;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    LifecycleFixture fixture;
    @Autowired
    LicenceAdministration licences;
    @Autowired
    SiteAdministration sites;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLicenceEndingInFiveMonthsGetsOneSixMonthReminderPerPersonEvenWhenTheJobRunsTwice() {
        SiteId site = fixture.newSite();
        String lead = leadOf(site);
        UUID licence = licenceEndingOn(site, UkTime.today().plusMonths(5));

        reminders.run();
        reminders.run();

        List<String> recipients = outbox.withKey("licence-renewal:" + licence + ":6-months").stream()
                .map(OutboxMessage::recipientEmail).toList();
        assertThat(recipients).doesNotHaveDuplicates().contains(lead, "admin@licensor.demo", "manager@licensor.demo")
                .doesNotContain("lead@north.demo", "lead@south.demo");
        assertThat(outbox.withKey("licence-renewal:" + licence + ":6-months").get(0).subject())
                .contains("ends within six months");
        assertThat(outbox.withKey("licence-renewal:" + licence + ":3-months")).isEmpty();
    }

    @Test
    void aLicenceEndingInTwoMonthsGetsTheThreeMonthReminderAndOneEndingInAYearNone() {
        SiteId soon = fixture.newSite();
        String lead = leadOf(soon);
        UUID endingSoon = licenceEndingOn(soon, UkTime.today().plusMonths(2));
        UUID endingLater = licenceEndingOn(fixture.newSite(), UkTime.today().plusYears(1));

        reminders.run();

        assertThat(outbox.withKey("licence-renewal:" + endingSoon + ":3-months")).extracting(OutboxMessage::recipientEmail)
                .doesNotHaveDuplicates().contains(lead, "manager@licensor.demo");
        assertThat(outbox.recent(1000)).extracting(OutboxMessage::key)
                .noneMatch(key -> key.startsWith("licence-renewal:" + endingLater));
    }

    @Test
    void theReminderLinksToTheLicencePageByItsFullAddress() {
        SiteId site = fixture.newSite();
        UUID licence = licenceEndingOn(site, UkTime.today().plusMonths(4));

        reminders.run();

        assertThat(jdbc.sql("select body from notification_outbox where notification_key = ?")
                .param("licence-renewal:" + licence + ":6-months").query(String.class).list())
                .isNotEmpty().allMatch(body -> body.contains("http://localhost:8080/sites/" + site + "/licence"));
    }

    @Test
    void aLicenceWhoseRenewalHasBeenIssuedGetsNoReminders() {
        SiteId site = fixture.newSite();
        LocalDate end = UkTime.today().plusMonths(2);
        UUID licence = licenceEndingOn(site, end);
        new SignedIn(users).as("manager@licensor.demo", () -> licences.issue(new NewLicence(site,
                new ProgrammeId("baby-steps"), end.plusDays(1), null, true, List.of())));

        reminders.run();

        assertThat(outbox.recent(1000)).extracting(OutboxMessage::key).noneMatch(key -> key.startsWith("licence-renewal:" + licence));
    }

    @Test
    void aRenewalAfterAGapIsNoRenewalSoTheRemindersCarryOn() {
        SiteId site = fixture.newSite();
        LocalDate end = UkTime.today().plusMonths(2);
        UUID licence = licenceEndingOn(site, end);
        new SignedIn(users).as("manager@licensor.demo", () -> licences.issue(new NewLicence(site,
                new ProgrammeId("baby-steps"), end.plusDays(2), null, true, List.of())));

        reminders.run();

        assertThat(outbox.withKey("licence-renewal:" + licence + ":3-months")).isNotEmpty();
    }

    private UUID licenceEndingOn(SiteId site, LocalDate end) {
        fixture.decided(site, ReadinessOutcome.READY);
        return new SignedIn(users).as("manager@licensor.demo", () -> licences.issue(new NewLicence(site,
                new ProgrammeId("baby-steps"), end.minusYears(3).plusDays(1), null, true, List.of())));
    }

    private String leadOf(SiteId site) {
        String email = "renewal-lead-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        new SignedIn(users).run("admin@licensor.demo", () -> accounts.create(new NewUserAccount(email, "Rene Renewal-Lead",
                sites.findOrCreateAgency("Renewal test agency", AgencyType.CHILDRENS_SERVICES).id(), Set.of(Role.SITE_LEAD),
                Set.of(site), "renewal-test-password-1")));
        return email;
    }
}
