package vn.hanoi.gbv.platform.testing;

import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real parts a service's tests run against, started once per test JVM and shared by every Spring context
 * in it: an in-process Kafka 4 broker (KRaft), the MongoDB wire-protocol server, and a JWT issuer whose tokens
 * the services validate with their real resource-server setup. Starting them once keeps {@code ./mvnw verify}
 * fast; each service still gets its own database.
 */
public final class TestInfrastructure {

    public static final String ISSUER = "https://issuer.gbv.test";

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static TestTokens tokens;

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            // The coordinator's 5 ms linger would slow every offset commit of every test.
            broker.brokerProperties(Map.of("group.coordinator.append.linger.ms", "0"));
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoAddress() {
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            mongo = server;
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
    }

    public static synchronized TestTokens tokens() {
        if (tokens == null) {
            tokens = new TestTokens(ISSUER);
        }
        return tokens;
    }

    /** Points a service's test context at the shared broker, its own database and the test issuer. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoAddress() + "/" + database);
        // The service's own issuer would be looked up over the network; tests check signatures with the key.
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> tokens().publicKeyLocation());
        // Relay at once in tests rather than wait for the timer.
        registry.add("gbv.messaging.relay-interval", () -> "100ms");
        registry.add("gbv.messaging.retry-interval", () -> "50ms");
    }

    /**
     * Waits until consumer group {@code groupId} has consumed (and committed) everything on {@code topics} so far:
     * how a test knows that redelivered events have been handled, so that nothing changing afterwards means
     * something. An empty partition needs no commit.
     */
    public static void awaitConsumed(String groupId, String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topics)).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }

    private TestInfrastructure() {
    }
}
