package org.babysteps.media.parentlink;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts watch-link tokens that were not ours, per address ({@link ThrottledAddress}: an IPv6 address by its /64), in
 * the database so every node applies the same limit. It bounds the load that bad tokens make, nothing more: a token
 * that exists is never throttled (256 random bits cannot be guessed), so a parent behind an address shared with a
 * prober still gets in. A count is written in a transaction of its own in a request (the caller has none), so it stays
 * when the page then answers 404; inside a caller's transaction it goes with that transaction. Counts older than the
 * window are forgotten by {@link OldRefusalsPurge}.
 */
@Component
class BadTokenThrottle {

    private final JdbcClient jdbc;
    private final BadTokenPolicy policy;
    private final Duration window;

    BadTokenThrottle(JdbcClient jdbc,
                     @Value("${babysteps.media.parent-link-max-bad-tokens:20}") int maxBadTokens,
                     @Value("${babysteps.media.parent-link-bad-token-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.policy = new BadTokenPolicy(maxBadTokens);
        this.window = window;
    }

    @Transactional(readOnly = true)
    boolean blocked(String address) {
        long recent = jdbc.sql("""
                        select count(*) from parent_watch_link_refusal
                        where address = ? and refused_at > now() - make_interval(secs => ?)""")
                .params(address(address), window.toSeconds()).query(Long.class).single();
        return policy.blocks(recent);
    }

    /** Counts one bad token from this address. */
    @Transactional
    void badToken(String address) {
        jdbc.sql("insert into parent_watch_link_refusal (address) values (?)").param(address(address)).update();
    }

    /** Forgets the counts older than the window, from every address; how many. */
    @Transactional
    int forgetOld() {
        return jdbc.sql("delete from parent_watch_link_refusal where refused_at < now() - make_interval(secs => ?)")
                .param(window.toSeconds()).update();
    }

    Duration window() {
        return window;
    }

    private static String address(String address) {
        return ThrottledAddress.of(address);
    }
}
