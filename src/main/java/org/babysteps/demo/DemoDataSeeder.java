package org.babysteps.demo;

import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo on an empty database at start-up. Runs under a named system identity so the audit trail shows
 * who created the records, and under an advisory lock so two nodes starting together seed once.
 */
@Component
@ConditionalOnProperty(name = "babysteps.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final long SEED_LOCK = 0x64656d6fL;

    private final DemoSites demoSites;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoDataSeeder(DemoSites demoSites, TransactionTemplate transaction, JdbcClient jdbc) {
        this.demoSites = demoSites;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.runAs("demo-data", Set.of(Role.LICENSOR_ADMIN), () ->
            transaction.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query().singleValue();
                if (jdbc.sql("select exists(select 1 from site)").query(Boolean.class).single()) {
                    log.info("Demo data not seeded: the database already has sites");
                    return;
                }
                demoSites.seed();
                log.info("Demo data seeded: sign in as admin@licensor.demo with password {}", DemoSites.PASSWORD);
            }));
    }
}
