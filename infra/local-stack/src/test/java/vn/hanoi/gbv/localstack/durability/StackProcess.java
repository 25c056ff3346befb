package vn.hanoi.gbv.localstack.durability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.hanoi.gbv.localstack.demo.DemoScript;

/**
 * The real local-stack jar (what {@code run.sh} starts) running as a child process on the given data directory,
 * so a test can kill it as a power cut or {@code kill -9} would, and start it again on the same data. Its output
 * goes to a file under {@code target/}, kept for reading after a failure.
 */
final class StackProcess implements AutoCloseable {

    private static final List<String> PARTS = List.of("auth", "intake", "referral", "followup", "audit", "kafka", "mongo");

    private final Path dataDir;
    private final Path logDir;
    private final Map<String, Integer> ports;
    private Process process;
    private Path log;
    private int starts;

    /** A stack on any free ports, the same ones each time it is started again. */
    StackProcess(Path dataDir, Path logDir) {
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.ports = new LinkedHashMap<>();
        PARTS.forEach(part -> ports.put(part, freePort()));
    }

    /** Starts the jar and waits until every part answers, as its "Local stack is up" line says. */
    StackProcess start() {
        try {
            Files.createDirectories(logDir);
            log = logDir.resolve("stack-" + (++starts) + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-jar", executableJar().toString(), "--data-dir=" + dataDir));
            ports.forEach((part, port) -> command.add("--" + part + "-port=" + port));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("local stack start " + starts).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The local stack exited with " + process.exitValue() + "; see " + log);
                    }
                    return Files.readString(log, StandardCharsets.UTF_8).contains("Local stack is up");
                });
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The local stack did not die");
        }
    }

    /** SIGTERM, as Ctrl-C: the stack stops its services, then the broker and the Mongo server. */
    void stopGracefully() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The local stack did not stop within 2 minutes");
        }
    }

    DemoScript.Endpoints endpoints() {
        return new DemoScript.Endpoints(url("auth"), url("intake"), url("referral"), url("followup"), url("audit"));
    }

    private String url(String part) {
        return "http://localhost:" + ports.get(part);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** The exec jar the build made in this module's {@code target/} (integration tests run after packaging). */
    private static Path executableJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("local-stack-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No local-stack exec jar in target/: run mvn verify"))
                    .toAbsolutePath();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
