package vn.hanoi.gbv.localstack.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (KRaft, combined broker + controller, one node) running inside this JVM.
 *
 * <p>Why in-process: the project runs on machines without Docker, and the local stack and integration tests
 * still need a genuine broker (consumer groups, offsets, rebalances), not a mock. It is Kafka's own
 * {@link KafkaRaftServer}, formatted with Kafka's own {@link StorageTool}, exactly what {@code kafka-server-start}
 * runs, with the listeners on ports we choose (the local stack's 9092).
 *
 * <p><b>Durable when given a log directory.</b> With {@link #persistent(int, Path)} the topic logs, the committed
 * offsets of every consumer group and the KRaft metadata live in that directory and survive a restart, a Ctrl-C
 * and a {@code kill -9}: Kafka writes each acknowledged record to its log file before it answers, and a killed
 * process does not take the operating system's file cache with it. On the next start the broker recovers its logs
 * and every consumer group resumes at its committed offsets, so an event a service published but another had not
 * yet read is still delivered. The cluster id is written once, at format time, into {@code meta.properties}.
 * Without a directory ({@link #KafkaBroker(int)}, tests) the logs live in a temporary directory deleted on close.
 *
 * <p>Usage: {@code try (KafkaBroker kafka = new KafkaBroker(0).start()) { kafka.bootstrapServers(); }}.
 * Port {@code 0} picks a free port (tests); {@link #DEFAULT_PORT} is what the local stack uses. Instances are
 * single-use; to restart, close one and start a new one on the same log directory.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The port the local stack listens on, the Kafka default. */
    public static final int DEFAULT_PORT = 9092;

    /** Loopback: the broker has no authentication, so its client listener is not exposed to the network. */
    public static final String DEFAULT_HOST = "localhost";

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private static final String CLIENT_LISTENER = "CLIENT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final String host;
    private final int requestedPort;
    private final Path logDir; // null = temporary
    private final Map<String, String> extraProperties;

    private KafkaRaftServer server;
    private Path activeLogDir;
    private int boundPort;
    private State state = State.NEW;

    private enum State { NEW, RUNNING, CLOSED }

    /**
     * A broker on {@code localhost:port} whose data is deleted when it stops.
     *
     * @param port the client port; {@code 0} picks a free one (read it back with {@link #port()})
     */
    public KafkaBroker(int port) {
        this(DEFAULT_HOST, port, null, Map.of());
    }

    /** A broker on {@code localhost:port} keeping its logs, offsets and metadata in {@code logDir}. */
    public static KafkaBroker persistent(int port, Path logDir) {
        return new KafkaBroker(DEFAULT_HOST, port, Objects.requireNonNull(logDir, "logDir"), Map.of());
    }

    /**
     * @param host            host name or address the client listener binds to and advertises
     * @param port            the client port; {@code 0} picks a free one
     * @param logDir          where logs, offsets and metadata are kept across restarts; null for a temporary one
     * @param extraProperties broker settings that override the defaults below (e.g. {@code num.partitions})
     */
    public KafkaBroker(String host, int port, Path logDir, Map<String, String> extraProperties) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        this.host = Objects.requireNonNull(host, "host");
        this.requestedPort = port;
        this.logDir = logDir == null ? null : logDir.toAbsolutePath();
        this.extraProperties = Map.copyOf(Objects.requireNonNull(extraProperties, "extraProperties"));
    }

    private Map<String, String> brokerProperties(int clientPort, int controllerPort, Path dir) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // A static quorum of this one node: its address is read from here on every start, so the controller may
        // get another free port after a restart without the metadata log noticing.
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", CLIENT_LISTENER + "://" + uriHost(host) + ":" + clientPort + ","
                + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://" + uriHost(host) + ":" + clientPort);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("log.dirs", dir.resolve("logs").toString());

        // A single broker can only hold one replica of the internal topics.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // The defaults (50 partitions each) cost seconds of start-up on a 2-core laptop for no benefit here.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");

        // Latency: every synchronous offset commit waits for the group coordinator's append linger (5 ms by
        // default in Kafka 4). With it at 0, and producers' linger.ms at 0 too (a client setting, not ours), a
        // 3-hop Spring Kafka pipeline went from p50 22 ms to 1.6 ms on a 2-core machine (see the project's notes).
        props.put("group.coordinator.append.linger.ms", "0");
        // Classic consumer groups otherwise wait 3 s before the first rebalance: pointless with one broker and
        // it slows every service start and every test.
        props.put("group.initial.rebalance.delay.ms", "0");

        // Behave like a production broker: no unreleased protocol features that real clusters would not offer.
        props.put("unstable.api.versions.enable", "false");
        props.put("unstable.feature.versions.enable", "false");
        props.putAll(extraProperties);
        return props;
    }

    /**
     * Formats the log directory if it is new, starts the broker and waits until it accepts clients.
     *
     * @return this broker, for chaining
     * @throws IllegalStateException if already started or closed, or if the broker fails to start (e.g. the port
     *                               is taken); the partly started broker is cleaned up first
     */
    public synchronized KafkaBroker start() {
        if (state != State.NEW) {
            throw new IllegalStateException("KafkaBroker can be started once; state is " + state);
        }
        long startedAt = System.nanoTime();
        try {
            activeLogDir = logDir != null ? logDir : Files.createTempDirectory("gbv-kafka-");
            Files.createDirectories(activeLogDir);
            int clientPort = requestedPort == 0 ? freePort() : requestedPort;
            int controllerPort = freePort();
            Map<String, String> props = brokerProperties(clientPort, controllerPort, activeLogDir);
            format(props, activeLogDir);
            Properties config = new Properties();
            config.putAll(props);
            server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
            server.startup();
            boundPort = clientPort;
            awaitReady(uriHost(host) + ":" + clientPort);
            state = State.RUNNING;
            log.info("Kafka broker ready at {} (log dir {}) in {} ms", bootstrapServers(), activeLogDir,
                    (System.nanoTime() - startedAt) / 1_000_000);
            return this;
        } catch (Exception e) {
            state = State.CLOSED;
            shutdownQuietly();
            if (logDir == null && activeLogDir != null) {
                deleteQuietly(activeLogDir);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Kafka broker failed to start on " + host + ":" + requestedPort, e);
        }
    }

    /**
     * Formats the storage the first time, as {@code kafka-storage.sh format} would; an existing log directory keeps
     * its cluster id, topics and offsets. The properties are also written beside the logs, so an operator can
     * point Kafka's own tools at them.
     */
    private static void format(Map<String, String> props, Path dir) throws Exception {
        Path configFile = dir.resolve("server.properties");
        Properties config = new Properties();
        config.putAll(props);
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "Written by the local stack on every start; the broker's data is in logs/");
        }
        if (Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {"format", "--config", configFile.toString(),
                    "--cluster-id", Uuid.randomUuid().toString()}, print);
        }
        if (status != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed: "
                    + output.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private static void awaitReady(String bootstrapServers) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                }
            }
        }
    }

    /**
     * @return {@code host:port} for {@code bootstrap.servers} / {@code spring.kafka.bootstrap-servers}
     * @throws IllegalStateException if the broker is not running
     */
    public synchronized String bootstrapServers() {
        requireRunning();
        return uriHost(host) + ":" + boundPort;
    }

    /** @return the actual client port (useful with port 0) */
    public synchronized int port() {
        requireRunning();
        return boundPort;
    }

    /** @return whether {@link #start()} succeeded and {@link #close()} has not been called */
    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * Stops the broker cleanly (it flushes its logs and writes a clean-shutdown marker, so the next start need not
     * recover them). A temporary log directory is deleted; a persistent one is kept. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        shutdownQuietly();
        if (logDir == null && activeLogDir != null) {
            deleteQuietly(activeLogDir);
        }
        log.info("Kafka broker stopped");
    }

    private void shutdownQuietly() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            // Shutdown problems must not hide the caller's real failure or stop the rest of the stack closing.
            log.warn("Error while stopping the Kafka broker", e);
        } finally {
            server = null;
        }
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("Kafka broker is not running (state " + state + ")");
        }
    }

    /** IPv6 literals need brackets in listener URIs and bootstrap addresses. */
    private static String uriHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the Kafka broker", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }

    @Override
    public synchronized String toString() {
        return "KafkaBroker[" + uriHost(host) + ":" + (state == State.RUNNING ? boundPort : requestedPort) + ", "
                + (logDir == null ? "temporary" : logDir) + ", " + state + "]";
    }
}
