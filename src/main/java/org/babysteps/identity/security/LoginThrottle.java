package org.babysteps.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins in the database, so every node applies the same limits. */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginThrottlePolicy policy;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc,
                  @Value("${babysteps.login.max-failures-per-account:5}") int perAccount,
                  @Value("${babysteps.login.max-failures-per-address:20}") int perAddress,
                  @Value("${babysteps.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.policy = new LoginThrottlePolicy(perAccount, perAddress);
        this.window = window;
        this.clock = Clock.systemUTC();
    }

    boolean blocked(String email, String address) {
        var since = Instant.now(clock).minus(window).atOffset(ZoneOffset.UTC);
        long byAccount = jdbc.sql("select count(*) from login_failure where lower(email) = lower(?) and failed_at > ?")
                .params(email, since).query(Long.class).single();
        long byAddress = jdbc.sql("select count(*) from login_failure where address = ? and failed_at > ?")
                .params(address, since).query(Long.class).single();
        return policy.blocks(byAccount, byAddress);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email, String address) {
        jdbc.sql("insert into login_failure (email, address, failed_at) values (?, ?, ?)")
                .params(truncate(email), address, Instant.now(clock).atOffset(ZoneOffset.UTC)).update();
    }

    /** A successful login forgives the account's earlier failures and drops rows nobody needs any more. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email) {
        jdbc.sql("delete from login_failure where lower(email) = lower(?) or failed_at < ?")
                .params(email, Instant.now(clock).minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).update();
    }

    Duration window() {
        return window;
    }

    private static String truncate(String email) {
        return email.length() > 320 ? email.substring(0, 320) : email;
    }
}
