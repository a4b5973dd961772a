package org.gelplan.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gelplan.GelPlanApplication;

/**
 * The whole application as a child JVM on a data directory, as an operator runs it, so that it can
 * be killed with SIGKILL ({@link #kill()}) at any moment. Its output goes to a log file in the data
 * directory, which the test's temporary directory removes.
 */
final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int httpPort;
    private final Path log;

    private AppProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts the application and waits until {@code /actuator/health} answers UP. */
    static AppProcess start(Path dataDir, String nodeId, String name, String... properties) {
        int httpPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), GelPlanApplication.class.getName()));
        // a property given twice on the command line would read as "a,b": the caller's replace the defaults
        Map<String, String> all = new LinkedHashMap<>(Map.of("server.port", String.valueOf(httpPort),
                "gelplan.data-dir", dataDir.toString(), "gelplan.embedded-mongo-port", "0",
                "gelplan.demo.enabled", "true", "gelplan.axon.node-id", nodeId));
        for (String property : properties) {
            all.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = dataDir.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(process, httpPort, log);
            app.awaitUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close of the store. */
    void kill() {
        process.toHandle().destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The log's warnings and errors with the lines that follow each (a stack trace's first lines), the last 60 lines of them. */
    String warnings() {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(" WARN ") || lines.get(i).contains(" ERROR ")) {
                    kept.addAll(lines.subList(i, Math.min(lines.size(), i + 4)));
                }
            }
            return String.join("\n", kept.subList(Math.max(0, kept.size() - 60), kept.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited while starting:\n" + logTail());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(200);
        }
        kill();
        throw new AssertionError("the application did not start within " + START_TIMEOUT + ":\n" + logTail());
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
