package org.sovereigntywatch.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application as a user gets it: the repackaged jar (production mode) in a JVM of its own, on a free
 * port, with the demo users and data in an H2 database of its own under {@code target/browser-tests}. Its output goes
 * to {@code app.log} there. Set {@code -Dbrowser.app.url=http://127.0.0.1:8080} to test an application already running
 * instead (one started with {@code ./mvnw spring-boot:run}, say), which saves the start while writing a test.
 */
final class RunningApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** What Spring Boot's availability logs (at debug) once the application is ready: every start-up runner has run. */
    private static final String READY = "ACCEPTING_TRAFFIC";

    private final String baseUrl;
    private final Process process;

    private RunningApp(String baseUrl, Process process) {
        this.baseUrl = baseUrl;
        this.process = process;
    }

    static RunningApp start(Path output) throws IOException, InterruptedException {
        String given = System.getProperty("browser.app.url", "");
        if (!given.isBlank()) {
            return new RunningApp(given.replaceAll("/+$", ""), null);
        }
        Path jar = Path.of(System.getProperty("browser.app.jar", "target/sovereignty-watch-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar.toAbsolutePath()
                    + ": the browser tests run after `package` (./mvnw verify).");
        }
        Path dataDir = output.resolve("data");
        deleteRecursively(dataDir); // every run starts from the demo data alone
        Files.createDirectories(dataDir);
        Path log = output.resolve("app.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                // Logs the readiness awaited below: it comes after the start-up runners (the demo users among them).
                "--logging.level.org.springframework.boot.availability=DEBUG"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SW_DATA_DIR", dataDir.toString());
        builder.environment().put("SW_DEMO_DATA", "true");
        Process process = builder.start();
        RunningApp app = new RunningApp("http://127.0.0.1:" + port, process);
        app.awaitReady(log);
        return app;
    }

    String url(String path) {
        return baseUrl + "/" + path.replaceAll("^/+", "");
    }

    private void awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during its start (exit "
                        + process.exitValue() + "); see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url("login")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                // Tomcat answers while Spring still starts, before the demo users exist: a sign-in then fails.
                if (answer.statusCode() == 200 && Files.readString(log).contains(READY)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("The application did not answer within " + START_TIMEOUT.toSeconds()
                + " s; see " + log.toAbsolutePath());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
