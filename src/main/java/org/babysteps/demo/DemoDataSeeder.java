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
    private final DemoDelivery demoDelivery;
    private final DemoTraining demoTraining;
    private final DemoWorkforce demoWorkforce;
    private final DemoReadinessLicence demoReadinessLicence;
    private final DemoAdaptationsStages demoAdaptationsStages;
    private final DemoSteeringFunding demoSteeringFunding;
    private final DemoOutcomes demoOutcomes;
    private final DemoEvaluation demoEvaluation;
    private final DemoFilms demoFilms;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoDataSeeder(DemoSites demoSites, DemoDelivery demoDelivery, DemoTraining demoTraining,
                   DemoWorkforce demoWorkforce, DemoReadinessLicence demoReadinessLicence,
                   DemoAdaptationsStages demoAdaptationsStages, DemoSteeringFunding demoSteeringFunding,
                   DemoOutcomes demoOutcomes, DemoEvaluation demoEvaluation, DemoFilms demoFilms, TransactionTemplate transaction,
                   JdbcClient jdbc) {
        this.demoOutcomes = demoOutcomes;
        this.demoEvaluation = demoEvaluation;
        this.demoFilms = demoFilms;
        this.demoReadinessLicence = demoReadinessLicence;
        this.demoAdaptationsStages = demoAdaptationsStages;
        this.demoSteeringFunding = demoSteeringFunding;
        this.demoWorkforce = demoWorkforce;
        this.demoTraining = demoTraining;
        this.demoSites = demoSites;
        this.demoDelivery = demoDelivery;
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
                DemoSites.Seeded seeded = demoSites.seed();
                var people = seeded.accounts();
                demoDelivery.seed(seeded.sites().get("north"), "Northshire", people.get("midwife@north.demo"),
                        "Maya Midwife-North (demo)", people.get("fsw@north.demo"), "Femi Family-Support-North (demo)", true);
                demoDelivery.seed(seeded.sites().get("south"), "Southmoor", people.get("midwife@south.demo"),
                        "Sian Midwife-South (demo)", people.get("fsw@south.demo"), "Sol Family-Support-South (demo)", false);
                demoDelivery.seed(seeded.sites().get("east"), "Eastvale", people.get("midwife@east.demo"),
                        "Esme Midwife-East (demo)", people.get("fsw@east.demo"), "Ezra Family-Support-East (demo)", false);
                demoTraining.seed(seeded.sites().get("north"), people.get("midwife@north.demo"), people.get("fsw@north.demo"));
                demoWorkforce.seed(seeded.sites().get("north"), people.get("midwife@north.demo"), people.get("fsw@north.demo"), true);
                demoWorkforce.seed(seeded.sites().get("south"), people.get("midwife@south.demo"), people.get("fsw@south.demo"), false);
                demoWorkforce.seed(seeded.sites().get("east"), people.get("midwife@east.demo"), people.get("fsw@east.demo"), false);
                demoReadinessLicence.seed(seeded);
                demoAdaptationsStages.seed(seeded);
                demoSteeringFunding.seed(seeded);
                demoOutcomes.seed(seeded);
                demoEvaluation.seed(seeded);
                demoFilms.seed(seeded);
                log.info("Demo data seeded: the demo accounts are listed in the README");
            }));
    }
}
