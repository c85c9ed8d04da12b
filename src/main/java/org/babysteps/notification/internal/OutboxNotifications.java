package org.babysteps.notification.internal;

import java.util.List;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.UserSummary;
import org.babysteps.notification.Audience;
import org.babysteps.notification.NotificationOutbox;
import org.babysteps.notification.Notifications;
import org.babysteps.notification.OutboxMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues notifications in the outbox, inside the caller's transaction; {@link MailDispatcher} sends them. */
@Service
class OutboxNotifications implements Notifications, NotificationOutbox {

    private final UserAccounts accounts;
    private final OutboxStore store;

    OutboxNotifications(UserAccounts accounts, OutboxStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void notify(String key, Audience audience, String subject, String body) {
        if (key == null || key.isBlank() || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("A notification needs a key, a subject and a body");
        }
        List<UserSummary> recipients = new java.util.ArrayList<>();
        if (!audience.roles().isEmpty()) {
            recipients.addAll(accounts.enabledHolders(audience.roles(), audience.site()));
        }
        recipients.addAll(accounts.enabledUsers(audience.users()));
        // someone both named and holding a role is queued once: the outbox keeps one message per key and person
        for (UserSummary recipient : recipients) {
            store.queue(key, recipient, subject, body);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> recent(int limit) {
        return store.recent(limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> withKey(String key) {
        return store.withKey(key);
    }
}
