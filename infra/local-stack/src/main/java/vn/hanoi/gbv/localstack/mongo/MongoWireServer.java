package vn.hanoi.gbv.localstack.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server in this JVM ({@code de.bwaldvogel:mongo-java-server}), so the services' ordinary
 * MongoDB driver and Spring Data MongoDB work without a MongoDB installation or Docker.
 *
 * <p>With a data directory, documents are kept in an H2 MVStore file {@code <dataDir>/mongo.mv.db} and survive a
 * restart, a crash or a {@code kill -9} of the local stack: each write is committed to the file before it is
 * acknowledged ({@link CommittingH2Backend}). Without one they are kept in memory (tests).
 *
 * <p>What it is not (see the project's Spring Boot 4 notes): no transactions, TTL indexes never expire, partial
 * index filters and {@code $jsonSchema} validators are ignored. Unique indexes <em>are</em> enforced. Code that
 * needs more than single-document atomicity must not be tested only against this server.
 *
 * <p>Usage: {@code try (MongoWireServer mongo = new MongoWireServer("127.0.0.1", 0, null).start()) { ... }}.
 * Instances are single-use; to simulate a restart, close one and start a new one on the same data directory.
 */
public final class MongoWireServer implements AutoCloseable {

    /** Loopback only: the server has no authentication. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** MongoDB's standard port, so {@code mongodb://localhost} tooling (mongosh, Compass) finds it. */
    public static final int DEFAULT_PORT = 27017;
    /** File name of the H2 store inside the data directory. */
    public static final String DATA_FILE_NAME = "mongo.mv.db";

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private final String host;
    private final int requestedPort;
    private final Path dataFile; // null = in-memory

    private MongoServer server;
    private InetSocketAddress boundAddress;
    private State state = State.NEW;

    private enum State { NEW, RUNNING, CLOSED }

    /**
     * @param host    address to bind, e.g. {@link #DEFAULT_HOST}
     * @param port    port to bind; {@code 0} picks a free one (read it back with {@link #port()})
     * @param dataDir directory for the H2 file, created if missing; {@code null} keeps data in memory only
     */
    public MongoWireServer(String host, int port, Path dataDir) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        this.host = Objects.requireNonNull(host, "host");
        this.requestedPort = port;
        this.dataFile = dataDir == null ? null : dataDir.toAbsolutePath().resolve(DATA_FILE_NAME);
    }

    /** In-memory server on {@code 127.0.0.1:port}. */
    public static MongoWireServer inMemory(int port) {
        return new MongoWireServer(DEFAULT_HOST, port, null);
    }

    /** Persistent server on {@code 127.0.0.1:port} storing data under {@code dataDir}. */
    public static MongoWireServer persistent(int port, Path dataDir) {
        return new MongoWireServer(DEFAULT_HOST, port, Objects.requireNonNull(dataDir, "dataDir"));
    }

    /**
     * Opens the backend and starts listening.
     *
     * @return this server, for chaining
     * @throws IllegalStateException if already started or closed, or if binding fails (e.g. the port is taken)
     */
    public synchronized MongoWireServer start() {
        if (state != State.NEW) {
            throw new IllegalStateException("MongoWireServer can be started once; state is " + state);
        }
        MongoBackend backend = null;
        try {
            backend = openBackend();
            // The server reports MongoDB 3.6 unless told otherwise, and the 5.x Java driver that Spring Boot 4
            // manages refuses servers older than 4.2. 5.0 is the newest version the library can claim.
            backend.version(ServerVersion.MONGO_5_0);
            server = new MongoServer(backend);
            server.bind(host, requestedPort);
            boundAddress = server.getLocalAddress();
            state = State.RUNNING;
            log.info("MongoDB wire server ready at {} ({})", connectionString(),
                    dataFile == null ? "in memory" : "data in " + dataFile);
            return this;
        } catch (RuntimeException e) {
            state = State.CLOSED;
            if (server != null) {
                server.shutdownNow(); // also closes the backend
            } else if (backend != null) {
                backend.close();
            }
            server = null;
            throw new IllegalStateException("MongoDB wire server failed to start on " + host + ":" + requestedPort, e);
        }
    }

    private MongoBackend openBackend() {
        if (dataFile == null) {
            return new MemoryBackend();
        }
        try {
            Files.createDirectories(dataFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create MongoDB data directory " + dataFile.getParent(), e);
        }
        // Every acknowledged write is committed to the file before its answer leaves, so a kill -9 loses none.
        return CommittingH2Backend.open(dataFile.toString());
    }

    /**
     * @return e.g. {@code mongodb://127.0.0.1:27017}, for {@code spring.mongodb.uri} (append the database name)
     * @throws IllegalStateException if the server is not running
     */
    public synchronized String connectionString() {
        requireRunning();
        String hostPart = host.contains(":") ? "[" + host + "]" : host; // IPv6 literal
        return "mongodb://" + hostPart + ":" + boundAddress.getPort();
    }

    /** @return the actual port (useful with port 0) */
    public synchronized int port() {
        requireRunning();
        return boundAddress.getPort();
    }

    /** @return the H2 file holding the data, or empty for an in-memory server */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(dataFile);
    }

    /** @return whether {@link #start()} succeeded and {@link #close()} has not been called */
    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * Closes client connections, stops listening and, for the H2 backend, commits and closes the store file so
     * the next start sees every acknowledged write. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        if (server != null) {
            try {
                server.shutdown();
            } catch (RuntimeException e) {
                log.warn("Error while stopping the MongoDB wire server", e);
            } finally {
                server = null;
            }
        }
        log.info("MongoDB wire server stopped");
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("MongoDB wire server is not running (state " + state + ")");
        }
    }

    @Override
    public synchronized String toString() {
        String where = state == State.RUNNING ? boundAddress.toString() : host + ":" + requestedPort;
        return "MongoWireServer[" + where + ", " + (dataFile == null ? "memory" : dataFile) + ", " + state + "]";
    }
}
