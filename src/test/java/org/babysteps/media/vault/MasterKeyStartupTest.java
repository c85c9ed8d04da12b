package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's start-up with the vault: the test key wrote the canary when the test database was created; the
 * same configuration started with another key, or none, refuses to start with a clear message.
 */
@PlatformTest
class MasterKeyStartupTest {

    private static final String ANOTHER_KEY = "Vd2pHl1X3T0Xb6bIYxkK0zGk5xYgZk3nS8Yb5F0eQmA=";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VideoVault vault;

    @TempDir
    Path media;

    @Test
    void thePlatformStartsWithItsKeyAndTheVaultStoresAndReads() throws IOException {
        assertThat(jdbc.sql("select count(*) from media_key_canary").query(Long.class).single()).isEqualTo(1);
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        vault.writePart(video, key, 0, new ByteArrayInputStream(new byte[] {4, 5, 6}));

        try (var in = vault.readPart(video, key, 0, 1, 2)) {
            assertThat(in.readAllBytes()).containsExactly(5, 6);
        }
        vault.deleteVideo(video);
    }

    @Test
    void anotherMasterKeyThanTheDatabaseWasStartedWithRefusesToStart() {
        vaultContext().withPropertyValues("babysteps.media.master-key=" + ANOTHER_KEY).run(context -> {
            assertThat(context).hasFailed();
            MasterKeyException failure = rootCause(context.getStartupFailure());
            assertThat(failure.getMessage()).contains("is not the one this database's videos were encrypted with");
            FailureAnalysis report = new MasterKeyFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(report.getDescription()).isEqualTo(failure.getMessage());
            assertThat(report.getAction()).contains("Start with the master key this database was first started with");
        });
    }

    @Test
    void noMasterKeyWithAnExternalDatabaseRefusesToStart() {
        vaultContext().run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()).getMessage())
                    .contains("media master key is not configured");
        });
    }

    @Test
    void theRightKeyStartsAgainstTheSameCanary() {
        vaultContext().withPropertyValues("babysteps.media.master-key=idWAZhezeOg3sfEmsrhdTP3JE8USA8KpEXdTrXlpzts=")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(VideoVault.class));
    }

    /** The vault's own configuration on the test database, without the rest of the platform. */
    private ApplicationContextRunner vaultContext() {
        return new ApplicationContextRunner()
                .withBean(JdbcClient.class, () -> jdbc)
                .withUserConfiguration(MediaVaultConfiguration.class)
                .withPropertyValues("babysteps.media.storage.path=" + media);
    }

    private static MasterKeyException rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof MasterKeyException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a MasterKeyException in " + failure).isNotNull();
        return (MasterKeyException) cause;
    }
}
