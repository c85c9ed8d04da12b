package org.babysteps.site.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.notification.NotificationOutbox;
import org.babysteps.notification.OutboxMessage;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily job warns each site's leads once per tier of its funding end, and not sites with over a year left. */
@PlatformTest
class FundingEndRemindersTest {

    @Autowired
    FundingEndReminders reminders;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    private UUID site(String name) {
        return jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single();
    }

    @Test
    void northsLeadIsWarnedOnceThatFundingEndsWithinSixMonths() {
        String key = "funding-end:" + site("North Demo Site") + ":WITHIN_6_MONTHS:" + UkTime.today().plusMonths(5);

        reminders.run();
        reminders.run();

        assertThat(outbox.withKey(key)).extracting(OutboxMessage::recipientEmail).containsExactly("lead@north.demo");
        assertThat(outbox.withKey(key).get(0).subject()).contains("North Demo Site").contains("ends within 6 months");
        assertThat(outbox.withKey(key).get(0).body()).contains("http://localhost:8080/sites/");
    }

    @Test
    void southWithFourteenMonthsOfFundingIsNotWarned() {
        reminders.run();

        assertThat(outbox.recent(500)).extracting(OutboxMessage::key)
                .noneMatch(key -> key.startsWith("funding-end:" + site("South Demo Site")));
    }
}
