package org.babysteps.notification.internal;

import java.time.Duration;
import java.time.Instant;
import org.babysteps.notification.internal.OutboxStore.Due;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages over SMTP. Each batch runs in one transaction holding row locks with SKIP LOCKED, so
 * two nodes never send the same message; a failure is retried with growing waits (1, 2, 4 ... minutes, at most
 * six hours) and its error kept. Without a mail server configured, messages wait in the outbox.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OutboxStore store;
    private final TransactionTemplate transaction;
    private final String from;

    MailDispatcher(ObjectProvider<JavaMailSender> mailSender, OutboxStore store, TransactionTemplate transaction,
                   @Value("${babysteps.mail.from:Baby Steps <no-reply@babysteps.invalid>}") String from) {
        this.mailSender = mailSender;
        this.store = store;
        this.transaction = transaction;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${babysteps.mail.dispatch-interval:PT1M}", initialDelayString = "PT20S")
    void onSchedule() {
        if (mailSender.getIfAvailable() == null) {
            log.debug("Mail is not configured (spring.mail.host): notifications wait in the outbox");
            return;
        }
        dispatchDue();
    }

    /** Sends one batch of due messages; returns how many were sent. */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (Due message : store.claimDue(BATCH)) {
                count += send(sender, message) ? 1 : 0;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private boolean send(JavaMailSender sender, Due message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.recipientEmail());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            sender.send(mail);
            store.markSent(message.id());
            return true;
        } catch (MailException e) {
            Duration wait = Duration.ofMinutes(1L << Math.min(message.attempts(), 9));
            Instant next = Instant.now().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            store.markFailed(message.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), next);
            log.warn("Sending a notification failed (attempt {}), retrying at {}", message.attempts() + 1, next);
            return false;
        }
    }
}
