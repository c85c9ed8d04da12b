package org.babysteps.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.babysteps.platform.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps what was written when the platform stops and starts again. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrReuse(dataDirectory, 0, false);
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('written before the restart')");
        }
        first.stop();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrReuse(dataDirectory, 0, false);
        try (Connection connection = connect(second); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the restart");
        } finally {
            second.stop();
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(dataDirectory, 0, false);
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show listen_addresses")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
        } finally {
            server.stop();
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
    }
}
