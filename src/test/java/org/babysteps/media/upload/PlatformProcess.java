package org.babysteps.media.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.babysteps.BabyStepsApplication;

/**
 * The whole platform in a JVM of its own, as a server runs it, so a test can kill it the hard way (SIGKILL: no
 * shutdown hooks, no finally blocks, open files and sockets simply dropped) and start another on the same database
 * and storage. Its output goes to a log file, whose tail a failing test prints.
 */
final class PlatformProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final Process process;
    private final Path log;
    private final int port;

    private PlatformProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the platform with these Spring properties (name to value) on a free port and waits until it takes
     * traffic (readiness, so after start-up runners such as the demo seeder).
     */
    static PlatformProcess start(Path log, List<String> properties) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), BabyStepsApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--management.endpoint.health.probes.enabled=true"));
        properties.forEach(property -> command.add("--" + property));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // should the test JVM itself be stopped, its platform goes with it rather than holding a port and the database
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "platform-process-kill"));
        PlatformProcess platform = new PlatformProcess(process, log, port);
        platform.awaitReady();
        return platform;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it; returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The platform did not die within 30 s of SIGKILL");
        }
    }

    /** An orderly stop (SIGTERM), then SIGKILL if it takes too long. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The last lines of the log, for a failure message. */
    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue()
                        + " while starting; its log ends:\n" + tail(log, 80));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The platform was not ready within " + START_TIMEOUT.toSeconds()
                + " s; its log ends:\n" + tail(log, 80));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
