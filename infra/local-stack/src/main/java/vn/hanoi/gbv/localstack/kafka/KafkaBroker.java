package vn.hanoi.gbv.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import kafka.server.BrokerServer;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (KRaft, combined broker + controller, one node) running inside this JVM.
 *
 * <p>Why in-process: the project runs on machines without Docker, and the local stack and integration tests
 * still need a genuine broker (consumer groups, offsets, rebalances), not a mock.
 *
 * <p>Why not Spring Kafka's {@code EmbeddedKafkaKraftBroker}: it always picks random ports, while the local stack
 * must listen on the well-known 9092 so services and CLI tools find it without configuration. We therefore
 * build Kafka's own {@link KafkaClusterTestKit} with an explicit client listener.
 *
 * <p>Usage: {@code try (KafkaBroker kafka = new KafkaBroker(0).start()) { kafka.bootstrapServers(); }}.
 * Port {@code 0} picks a free port (tests); {@link #DEFAULT_PORT} is what the local stack uses.
 *
 * <p>Data lives in a temporary directory deleted on {@link #close()}: Kafka topics and offsets do <em>not</em>
 * survive a restart of the local stack, whereas MongoDB data does (see
 * {@code vn.hanoi.gbv.localstack.mongo.MongoWireServer}). After a restart, topics are re-created on first use
 * and consumer groups start from their {@code auto.offset.reset} position; anything still in flight when the
 * stack stopped is gone unless a service re-publishes it (e.g. from an outbox kept in MongoDB).
 *
 * <p>Instances are single-use: start once, close once.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The port the local stack listens on, the Kafka default. */
    public static final int DEFAULT_PORT = 9092;

    /** Loopback: the broker has no authentication, so its client listener is not exposed to the network. */
    public static final String DEFAULT_HOST = "localhost";

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    /*
     * KafkaClusterTestKit pre-binds a random-port socket for the listener named in TestKitNodes ("EXTERNAL" by
     * default) and hands that socket to the broker whatever port the listener config says. A listener with a
     * different name is bound normally, honouring the configured port, so the client listener gets its own name.
     * The controller listener keeps the kit's pre-bound random port: nothing outside the broker talks to it.
     * Caveat of the kit: it pre-binds those sockets on all interfaces, so the (unauthenticated) controller port and
     * an unused "EXTERNAL" socket are reachable from the network for the broker's lifetime. Acceptable for a
     * developer laptop; the client listener itself binds only to {@code host}.
     */
    private static final String CLIENT_LISTENER = "CLIENT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final String host;
    private final int requestedPort;
    private final Map<String, String> brokerProperties;

    private KafkaClusterTestKit cluster;
    private int boundPort;
    private State state = State.NEW;

    private enum State { NEW, RUNNING, CLOSED }

    /**
     * A broker on {@code localhost:port}.
     *
     * @param port the client port; {@code 0} picks a free one (read it back with {@link #port()})
     */
    public KafkaBroker(int port) {
        this(DEFAULT_HOST, port, Map.of());
    }

    /**
     * @param host             host name or address the client listener binds to and advertises
     * @param port             the client port; {@code 0} picks a free one
     * @param extraProperties  broker settings that override the defaults below (e.g. {@code num.partitions})
     */
    public KafkaBroker(String host, int port, Map<String, String> extraProperties) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        this.host = Objects.requireNonNull(host, "host");
        this.requestedPort = port;
        this.brokerProperties = new LinkedHashMap<>(defaultBrokerProperties(host, port));
        this.brokerProperties.putAll(Objects.requireNonNull(extraProperties, "extraProperties"));
    }

    private static Map<String, String> defaultBrokerProperties(String host, int port) {
        Map<String, String> props = new LinkedHashMap<>();
        String address = uriHost(host) + ":" + port;

        // Listeners: the client listener on the requested port, the controller on the kit's random port.
        props.put("listeners", CLIENT_LISTENER + "://" + address + "," + CONTROLLER_LISTENER + "://localhost:0");
        // With port 0 the broker registers the port it actually bound, so clients get a usable address.
        props.put("advertised.listeners", CLIENT_LISTENER + "://" + address);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("controller.listener.names", CONTROLLER_LISTENER);

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
        return props;
    }

    /**
     * Formats the log directory, starts the broker and waits until it accepts clients.
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
        Path baseDir = createTempDir();
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(baseDir)
                    // The kit defaults to the newest *testing* metadata version; use what a released broker uses.
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(true);
            brokerProperties.forEach(builder::setConfigProp);
            cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            boundPort = boundClientPort(cluster);
            state = State.RUNNING;
            log.info("Kafka broker ready at {} (log dir {}) in {} ms", bootstrapServers(), baseDir,
                    (System.nanoTime() - startedAt) / 1_000_000);
            return this;
        } catch (Exception e) {
            state = State.CLOSED;
            closeQuietly();
            deleteQuietly(baseDir);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Kafka broker failed to start on " + host + ":" + requestedPort, e);
        }
    }

    private static int boundClientPort(KafkaClusterTestKit cluster) {
        BrokerServer broker = cluster.brokers().values().iterator().next();
        int port = broker.boundPort(ListenerName.normalised(CLIENT_LISTENER));
        if (port <= 0) {
            throw new IllegalStateException("Broker has no bound port for listener " + CLIENT_LISTENER);
        }
        return port;
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

    /** Stops the broker and deletes its log directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        closeQuietly();
        log.info("Kafka broker stopped");
    }

    private void closeQuietly() {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (Exception e) {
            // Shutdown problems must not hide the caller's real failure or stop the rest of the stack closing.
            log.warn("Error while stopping the Kafka broker", e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            cluster = null;
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

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("gbv-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Kafka log directory", e);
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
        return "KafkaBroker[" + uriHost(host) + ":" + (state == State.RUNNING ? boundPort : requestedPort) + ", " + state + "]";
    }
}
