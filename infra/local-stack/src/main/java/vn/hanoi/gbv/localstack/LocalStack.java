package vn.hanoi.gbv.localstack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.gbv.audit.AuditApplication;
import vn.hanoi.gbv.followup.FollowupApplication;
import vn.hanoi.gbv.intake.IntakeApplication;
import vn.hanoi.gbv.localstack.auth.AuthorizationServerApplication;
import vn.hanoi.gbv.localstack.demo.DemoScript;
import vn.hanoi.gbv.localstack.kafka.KafkaBroker;
import vn.hanoi.gbv.localstack.mongo.MongoWireServer;
import vn.hanoi.gbv.referral.ReferralApplication;

/**
 * The whole system in one JVM, without Docker: a real Kafka 4 broker (KRaft), the MongoDB wire server, the
 * authorization server and the four services, each service its own Spring application with its own config
 * file, port and database, talking to the others only through Kafka, exactly as when deployed apart.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * The key that encrypts survivor data in the local stack only. It is public, so it protects demo data
     * only; deployments give their own through GBV_INTAKE_SURVIVORDATA_* (see docker-compose.yml).
     */
    private static final String DEV_KEY_ID = "local-dev";
    private static final String DEV_KEY = "bG9jYWwtc3RhY2stZGV2LWtleS1ub3Qtc2VjcmV0ISE=";
    private static final String DEV_NOTES_KEY = "bG9jYWwtc3RhY2stbm90ZXMta2V5LW5vdC1zZWNyZXQ=";
    private static final String DEV_REFERRAL_NOTES_KEY = "bG9jYWwtc3RhY2stcmVmZXJyYWwtbm90ZXMta2V5ISE=";
    private static final String DEV_INDEX_KEY = "bG9jYWwtc3RhY2staW5kZXgta2V5LW5vdC1zZWNyZXQ=";

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private LocalStackSettings settings;
    private MongoWireServer mongo;
    private KafkaBroker kafka;
    private String kafkaBootstrapServers;
    private String mongoConnectionString;
    private String issuer;
    private final List<String> serviceUrls = new ArrayList<>();

    private LocalStack() {
    }

    /** Starts every part in order, each waiting for the one before; on failure stops what had started. */
    public static LocalStack start(LocalStackSettings settings) {
        LocalStack stack = new LocalStack();
        try {
            stack.startAll(settings);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(LocalStackSettings settings) {
        this.settings = settings;
        String mongoBase = settings.mongoUri();
        if (mongoBase == null) {
            mongo = (settings.dataDir() == null ? MongoWireServer.inMemory(settings.mongoPort())
                    : MongoWireServer.persistent(settings.mongoPort(), settings.dataDir())).start();
            started.push(() -> mongo.close());
            mongoBase = mongo.connectionString();
        }
        mongoConnectionString = mongoBase;
        // With a data directory the broker keeps its logs and every group's offsets beside Mongo's data, so a
        // restart resumes each consumer where it stopped: nothing published but not yet read is lost.
        kafka = (settings.kafkaDir() == null ? new KafkaBroker(settings.kafkaPort())
                : KafkaBroker.persistent(settings.kafkaPort(), settings.kafkaDir())).start();
        started.push(() -> kafka.close());
        kafkaBootstrapServers = kafka.bootstrapServers();

        List<String> common = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                // One JVM has one logging configuration, which would label every line with the name of the
                // application started last; the logger names (vn.hanoi.gbv.referral...) say which service spoke.
                "--logging.include-application-name=false",
                // The embedded Mongo server warns that it keeps no secondary indexes: true, and harmless here.
                "--logging.level.de.bwaldvogel.mongo.backend=ERROR",
                "--springdoc.api-docs.enabled=true", "--logging.level.org.springdoc=ERROR"));
        if (settings.quiet()) {
            common.addAll(List.of("--logging.level.root=WARN", "--logging.level.vn.hanoi.gbv=WARN",
                    "--spring.main.banner-mode=off"));
        }
        ConfigurableApplicationContext auth = run(AuthorizationServerApplication.builder(), settings.authPort(), common);
        issuer = "http://localhost:" + port(auth);
        common.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);

        List<String> intake = new ArrayList<>(common);
        intake.add("--spring.mongodb.uri=" + mongoBase + "/intake");
        if (System.getenv("GBV_INTAKE_SURVIVORDATA_ACTIVEKEYID") == null) {
            intake.add("--gbv.intake.survivor-data.active-key-id=" + DEV_KEY_ID);
            intake.add("--gbv.intake.survivor-data.keys." + DEV_KEY_ID + "=" + DEV_KEY);
            intake.add("--gbv.intake.survivor-data.index-key=" + DEV_INDEX_KEY);
        }
        startService(IntakeApplication.builder(), settings.intakePort(), intake);
        List<String> referral = withDatabase(common, mongoBase, "referral");
        // "Open contact details" asks intake, with referral's own client-credentials token.
        referral.add("--gbv.referral.intake.base-url=" + serviceUrls.get(0));
        referral.add("--gbv.referral.intake.token-uri=" + issuer + "/oauth2/token");
        if (System.getenv("GBV_REFERRAL_NOTES_ACTIVEKEYID") == null) {
            // Notes for the receiving agency can name people: encrypted at rest, with referral's own (dev) key.
            referral.add("--gbv.referral.notes.active-key-id=" + DEV_KEY_ID);
            referral.add("--gbv.referral.notes.keys." + DEV_KEY_ID + "=" + DEV_REFERRAL_NOTES_KEY);
        }
        startService(ReferralApplication.builder(), settings.referralPort(), referral);
        List<String> followup = withDatabase(common, mongoBase, "followup");
        if (System.getenv("GBV_FOLLOWUP_NOTES_ACTIVEKEYID") == null) {
            // Follow-up notes can name people: encrypted like survivor data, with their own (dev) key.
            followup.add("--gbv.followup.notes.active-key-id=" + DEV_KEY_ID);
            followup.add("--gbv.followup.notes.keys." + DEV_KEY_ID + "=" + DEV_NOTES_KEY);
        }
        startService(FollowupApplication.builder(), settings.followupPort(), followup);
        List<String> audit = withDatabase(common, mongoBase, "audit");
        if (System.getenv("GBV_AUDIT_CHECKPOINTSIGNING_PRIVATEKEY") == null) {
            // A published Ed25519 key: local-stack checkpoints prove nothing to anyone but a developer.
            audit.add("--gbv.audit.checkpoint-signing.key-id=local-dev");
            audit.add("--gbv.audit.checkpoint-signing.private-key="
                    + "MC4CAQAwBQYDK2VwBCIEIHInl25JgRi4ahtiyzs6RlzDZWcvyuBbOjCZOUR/WSX0");
            audit.add("--gbv.audit.checkpoint-signing.public-key="
                    + "MCowBQYDK2VwAyEAp1PZhqZLlajDLq3edc0dnRJqSRj8SZbF6sul0u5fgfk=");
        }
        startService(AuditApplication.builder(), settings.auditPort(), audit);
    }

    private static List<String> withDatabase(List<String> common, String mongoBase, String database) {
        List<String> args = new ArrayList<>(common);
        args.add("--spring.mongodb.uri=" + mongoBase + "/" + database);
        return args;
    }

    private void startService(SpringApplicationBuilder builder, int port, List<String> args) {
        serviceUrls.add("http://localhost:" + port(run(builder, port, args)));
    }

    private ConfigurableApplicationContext run(SpringApplicationBuilder builder, int port, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--server.port=" + port);
        // Command-line arguments outrank each service's own file, and stay private to that application.
        ConfigurableApplicationContext context = builder.registerShutdownHook(false).run(all.toArray(String[]::new));
        started.push(context::close);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /**
     * Stops the broker, as an outage would, while the services go on; {@link #startKafka()} brings it back on the
     * same port with the same data. Only with a data directory: a temporary broker would come back empty.
     */
    public synchronized void stopKafka() {
        requireDataDir();
        kafka.close();
    }

    public synchronized void startKafka() {
        requireDataDir();
        int port = Integer.parseInt(kafkaBootstrapServers.substring(kafkaBootstrapServers.lastIndexOf(':') + 1));
        kafka = KafkaBroker.persistent(port, settings.kafkaDir()).start();
    }

    /** Stops the embedded Mongo server, as an outage would; {@link #startMongo()} brings it back with the same data. */
    public synchronized void stopMongo() {
        requireDataDir();
        mongo.close();
    }

    public synchronized void startMongo() {
        requireDataDir();
        int port = Integer.parseInt(mongoConnectionString.substring(mongoConnectionString.lastIndexOf(':') + 1));
        mongo = MongoWireServer.persistent(port, settings.dataDir()).start();
    }

    private void requireDataDir() {
        if (settings.dataDir() == null || settings.mongoUri() != null) {
            throw new IllegalStateException("Outages need the embedded parts with a data directory");
        }
    }

    /** The Mongo server the services use (base URI, each service appends its database). */
    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Where each part answers, for the demo and for tests. */
    public DemoScript.Endpoints endpoints() {
        return new DemoScript.Endpoints(issuer, serviceUrls.get(0), serviceUrls.get(1), serviceUrls.get(2),
                serviceUrls.get(3));
    }

    /** Stops services first, then the authorization server, the broker and the Mongo server last. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("Stopping a part of the local stack failed: " + e.getClass().getSimpleName());
            }
        }
    }
}
