package org.babysteps.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server per data directory and JVM. Several Spring contexts in one JVM (tests, or two
 * "nodes" started side by side) share the same server, as two real nodes would share one database.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final AtomicInteger leases = new AtomicInteger();

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /** Starts the server for this directory, or returns the one already running in this JVM. */
    public static synchronized EmbeddedPostgresServer startOrReuse(Path dataDirectory, int port, boolean clean) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgresServer running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        EmbeddedPostgresServer started = start(key, port, clean);
        RUNNING.put(key, started);
        Runtime.getRuntime().addShutdownHook(new Thread(started::stopAfterLeasesEnd, "embedded-postgres-stop"));
        return started;
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean clean) {
        try {
            if (clean) {
                FileSystemUtils.deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(dataDirectory, postgres);
        } catch (IOException e) {
            // As root, zonky runs initdb inside "unshare -U"; where user namespaces are blocked it cannot.
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return postgres.getPort();
    }

    /** A Spring context starts using the server; it must {@link #release()} it once its connections are closed. */
    public void retain() {
        leases.incrementAndGet();
    }

    /** The last context to let go stops the server, after its connection pool has closed. */
    public void release() {
        if (leases.decrementAndGet() <= 0) {
            stop();
        }
    }

    /**
     * On JVM exit, Spring closes its contexts in a shutdown hook of its own that runs alongside this one: wait for
     * them to release the server so connection pools close before PostgreSQL does, then stop whatever is left.
     */
    private void stopAfterLeasesEnd() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (leases.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    /** Finds the server this JVM runs for a data directory, if any. */
    public static synchronized java.util.Optional<EmbeddedPostgresServer> running(Path dataDirectory) {
        return java.util.Optional.ofNullable(RUNNING.get(dataDirectory.toAbsolutePath().normalize()));
    }

    /** Stops the server; the data directory is kept so the next start finds the same data. */
    public synchronized void stop() {
        synchronized (EmbeddedPostgresServer.class) {
            if (RUNNING.get(dataDirectory) != this) {
                return;
            }
            RUNNING.remove(dataDirectory);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
