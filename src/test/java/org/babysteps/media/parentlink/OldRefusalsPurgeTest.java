package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad-token counts hold callers' addresses: the scheduled purge forgets those older than the window, and only those. */
@PlatformTest
class OldRefusalsPurgeTest {

    @Autowired JdbcClient jdbc;
    @Autowired OldRefusalsPurge purge;

    @Test
    void countsOlderThanTheWindowAreForgottenByTheScheduledPurgeAndRecentOnesKept() {
        String old = "203.0.113." + UUID.randomUUID().toString().substring(0, 6);
        String recent = "203.0.113." + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("insert into parent_watch_link_refusal (address, refused_at) values (?, now() - interval '16 minutes')")
                .param(old).update();
        jdbc.sql("insert into parent_watch_link_refusal (address, refused_at) values (?, now() - interval '14 minutes')")
                .param(recent).update();
        try {
            purge.onSchedule();

            assertThat(count(old)).isZero();
            assertThat(count(recent)).isEqualTo(1);
        } finally {
            jdbc.sql("delete from parent_watch_link_refusal where address in (?, ?)").params(old, recent).update();
        }
    }

    @Test
    void thePurgeFindsOldCountsByAnIndexOnTheirAge() {
        assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'parent_watch_link_refusal'")
                .query(String.class).list()).anyMatch(index -> index.endsWith("(refused_at)"));
    }

    private int count(String address) {
        return jdbc.sql("select count(*) from parent_watch_link_refusal where address = ?").param(address)
                .query(Integer.class).single();
    }
}
