package vn.hanoi.gbv.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbox against a real Mongo wire server and a real broker (which ones, the subclass says): a state change and its events are one write, the relay
 * publishes in order and only then removes them, and a later save neither loses nor revives events.
 */
abstract class OutboxContract {

    record Thing(@Id String id, long version, String state) {
    }

    private static final String TOPIC = "platform.test.events";
    private static String bootstrapServers;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private static KafkaTemplate<String, String> kafka;
    private static OutboxRelay relay;
    private static AggregateStore store;

    /** Starts the outbox against the given MongoDB and Kafka; subclasses call it from their {@code @BeforeAll}. */
    static void start(String mongoUri, String bootstrapServers) {
        OutboxContract.bootstrapServers = bootstrapServers;
        client = MongoClients.create(mongoUri);
        mongo = new MongoTemplate(client, "platform-test");
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        var properties = new MessagingProperties("", List.of(), List.of("thing"), 1, (short) 1,
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMillis(10), Duration.ofMillis(100),
                Duration.ofSeconds(1));
        relay = new OutboxRelay(mongo, kafka, properties);
        store = new AggregateStore(mongo, relay);
    }

    @AfterAll
    static void stop() {
        kafka.destroy();
        client.close();
    }

    private static OutboxMessage event(String key, String payload) {
        return new OutboxMessage(UUID.randomUUID().toString(), TOPIC, key, "ThingHappened", "trace-1",
                Instant.now(), payload);
    }

    @Test
    void eventsArePublishedInOrderAndThenRemovedFromTheDocument() {
        String id = UUID.randomUUID().toString();
        store.insert(new Thing(id, 0, "new"), List.of(event(id, "first-" + id), event(id, "second-" + id)));
        assertThat(outboxOf(id)).hasSize(2);

        relay.relayPending();

        assertThat(outboxOf(id)).isEmpty();
        assertThat(valuesOnTopicFor(id, 2)).containsExactly("first-" + id, "second-" + id);
    }

    @Test
    void anUpdateAppendsItsEventsAndDoesNotReviveOnesAlreadyPublished() {
        String id = UUID.randomUUID().toString();
        store.insert(new Thing(id, 0, "new"), List.of(event(id, "created-" + id)));
        relay.relayPending();

        store.update(new Thing(id, 0, "changed"), 0, List.of(event(id, "changed-" + id)));

        Document stored = mongo.getCollection("thing").find(new Document("_id", id)).first();
        assertThat(stored.getString("state")).isEqualTo("changed");
        assertThat(stored.getLong("version")).isEqualTo(1L);
        assertThat(outboxOf(id)).extracting(message -> message.getString("payload")).containsExactly("changed-" + id);
    }

    @Test
    void aStaleUpdateChangesNothing() {
        String id = UUID.randomUUID().toString();
        store.insert(new Thing(id, 0, "new"), List.of());
        store.update(new Thing(id, 0, "first writer"), 0, List.of());

        assertThatThrownBy(() -> store.update(new Thing(id, 0, "second writer"), 0, List.of(event(id, "lost"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        Document stored = mongo.getCollection("thing").find(new Document("_id", id)).first();
        assertThat(stored.getString("state")).isEqualTo("first writer");
        assertThat(outboxOf(id)).isEmpty();
    }

    private static List<Document> outboxOf(String id) {
        Document stored = mongo.getCollection("thing").find(new Document("_id", id)).first();
        return stored.getList("outbox", Document.class);
    }

    private static List<String> valuesOnTopicFor(String key, int expected) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "platform-test-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                }
            }
            return values;
        }
    }
}
