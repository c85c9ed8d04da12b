package org.babysteps.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.identity.UserAccounts;
import org.babysteps.notification.internal.MailDispatcher;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Email goes through the outbox to a real SMTP server (GreenMail in this JVM), once per key and person. */
@PlatformTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + NotificationOutboxTest.SMTP_PORT,
        "babysteps.mail.dispatch-interval=PT1H"})
class NotificationOutboxTest {

    static final int SMTP_PORT = 3925;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired Notifications notifications;
    @Autowired NotificationOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired UserAccounts accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @Test
    void siteLeadsOfTheSiteAndLicensorStaffGetOneEmailEachEvenWhenNotifiedTwice() throws Exception {
        SiteId site = SiteId.random();
        String leadEmail = "lead-" + site + "@outbox.test";
        String otherLead = "other-lead-" + site + "@outbox.test";
        SystemIdentity.runAs("test", Set.of(Role.LICENSOR_ADMIN), () -> {
            accounts.create(new NewUserAccount(leadEmail, "Lead", null, Set.of(Role.SITE_LEAD), Set.of(site), "a-long-password-1"));
            accounts.create(new NewUserAccount(otherLead, "Other lead", null, Set.of(Role.SITE_LEAD),
                    Set.of(SiteId.random()), "a-long-password-1"));
        });
        String key = "test-reminder:" + UUID.randomUUID();

        for (int run = 0; run < 2; run++) {
            transaction.executeWithoutResult(status -> {
                notifications.notify(key, Audience.siteLeads(site), "Licence renewal due", "Renew the licence.");
                notifications.notify(key, Audience.licensorStaff(), "Licence renewal due", "Renew the licence.");
            });
        }

        var queued = outbox.withKey(key);
        assertThat(queued).extracting(OutboxMessage::recipientEmail)
                .contains(leadEmail, "admin@licensor.demo", "manager@licensor.demo")
                .doesNotContain(otherLead)
                .doesNotHaveDuplicates();
        while (dispatcher.dispatchDue() > 0) {
            // sends in batches until nothing is due
        }
        assertThat(outbox.withKey(key)).allSatisfy(message -> assertThat(message.sentAt()).isNotNull());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).filteredOn(message -> recipient(message).equals(leadEmail)).hasSize(1);
        assertThat(received).noneMatch(message -> recipient(message).equals(otherLead));
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        String key = "rolled-back:" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            notifications.notify(key, Audience.licensorStaff(), "Subject", "Body");
            status.setRollbackOnly();
        });
        assertThat(outbox.withKey(key)).isEmpty();
    }

    @Test
    void aFailedSendStaysQueuedWithItsErrorAndIsRetriedLater() {
        String key = "failing:" + UUID.randomUUID();
        transaction.executeWithoutResult(status ->
                notifications.notify(key, Audience.licensorStaff(), "Subject", "Body"));
        smtp.stop();
        try {
            dispatcher.dispatchDue();
        } finally {
            smtp.start();
        }
        assertThat(outbox.withKey(key)).allSatisfy(message -> {
            assertThat(message.sentAt()).isNull();
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.lastError()).isNotBlank();
        });
        Integer notYetDue = jdbc.sql("select count(*) from notification_outbox where notification_key = ?"
                + " and next_attempt_at > now()").param(key).query(Integer.class).single();
        assertThat(notYetDue).isEqualTo(outbox.withKey(key).size());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
