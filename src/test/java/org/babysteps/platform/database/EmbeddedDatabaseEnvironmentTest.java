package org.babysteps.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseEnvironmentTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anExternalDatabaseStartsNothingAndSeedsNothing() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/babysteps")
                .withProperty(EmbeddedDatabaseEnvironment.DATA_DIR, dataDirectory.toString());
        new EmbeddedDatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(EmbeddedPostgresServer.running(dataDirectory)).isEmpty();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example.org/babysteps");
        assertThat(environment.getProperty("babysteps.demo.enabled")).isNull();
    }

    @Test
    void noDatabaseConfiguredStartsTheEmbeddedOneWithDemoData() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(EmbeddedDatabaseEnvironment.DATA_DIR, dataDirectory.toString());
        new EmbeddedDatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.running(dataDirectory).orElseThrow();
        try {
            assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(server.jdbcUrl()).contains("127.0.0.1");
            assertThat(environment.getProperty("babysteps.demo.enabled")).isEqualTo("true");
        } finally {
            server.stop();
        }
    }

    @Test
    void demoDataCanBeSwitchedOffWithTheEmbeddedDatabase() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(EmbeddedDatabaseEnvironment.DATA_DIR, dataDirectory.toString())
                .withProperty("babysteps.demo.enabled", "false");
        new EmbeddedDatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        try {
            assertThat(environment.getProperty("babysteps.demo.enabled")).isEqualTo("false");
        } finally {
            EmbeddedPostgresServer.running(dataDirectory).ifPresent(EmbeddedPostgresServer::stop);
        }
    }
}
