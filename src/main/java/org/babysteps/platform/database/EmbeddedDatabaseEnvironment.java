package org.babysteps.platform.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no datasource configured, starts the embedded PostgreSQL before any bean exists and points Spring's
 * datasource at it, so Flyway, sessions and the rest are configured exactly as for an external server. Demo
 * data is switched on by default here only: an external database is never seeded unless asked.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String DATA_DIR = "babysteps.embedded-database.data-directory";
    static final String PORT = "babysteps.embedded-database.port";
    static final String CLEAN = "babysteps.embedded-database.clean-on-start";
    /** Set by this class only: the data directory of the embedded server the datasource points at. */
    static final String ACTIVE = "babysteps.embedded-database.active-directory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIR, "data/postgres"));
        int port = environment.getProperty(PORT, Integer.class, 0);
        boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(dataDirectory, port, clean);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl());
        properties.put("spring.datasource.username", server.username());
        properties.put("spring.datasource.password", "");
        properties.put(ACTIVE, server.dataDirectory().toString());
        properties.put("babysteps.demo.enabled", environment.getProperty("babysteps.demo.enabled", "true"));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }
}
