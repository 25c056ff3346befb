package vn.hanoi.gbv.intake.support;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Everything intake has published on {@code gbv.intake.events}, read by a plain Kafka consumer (no consumer
 * group, every partition from the beginning) on a background thread, so tests see the topic as any other
 * service would. One per test JVM; tests pick out their own case by its id (the record key).
 */
public final class IntakeEvents {

    /** One record: its key, the envelope's type, the parsed envelope and the raw value as it travelled. */
    public record Event(String key, int partition, long offset, String type, JsonNode envelope, String raw) {

        public JsonNode payload() {
            return envelope.path("payload");
        }

        public JsonNode actor() {
            return envelope.path("actor");
        }
    }

    private static IntakeEvents instance;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final List<Event> seen = new CopyOnWriteArrayList<>();

    public static synchronized IntakeEvents get() {
        if (instance == null) {
            instance = new IntakeEvents();
            instance.start();
        }
        return instance;
    }

    private void start() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "intake-test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // The service declares the topic; a reader must not create it with the broker's defaults first.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = Awaitility.await().atMost(WAIT).until(
                () -> consumer.partitionsFor(Topics.INTAKE, Duration.ofSeconds(2)), found -> !found.isEmpty())
                .stream().map(PartitionInfo::partition).map(p -> new TopicPartition(Topics.INTAKE, p)).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Thread reader = new Thread(() -> {
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    JsonNode envelope = JSON.readTree(record.value());
                    seen.add(new Event(record.key(), record.partition(), record.offset(),
                            envelope.path("type").asString(), envelope, record.value()));
                }
            }
        }, "intake-events-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Every record published so far (all cases, all tests). */
    public List<Event> all() {
        return List.copyOf(seen);
    }

    /** The records of one case so far, in the order they were published. */
    public List<Event> ofCase(String caseId) {
        return seen.stream().filter(event -> caseId.equals(event.key())).toList();
    }

    public List<Event> ofCase(String caseId, String type) {
        return ofCase(caseId).stream().filter(event -> type.equals(event.type())).toList();
    }

    /** Waits until the case's records satisfy {@code condition}, and returns them. */
    public List<Event> awaitCase(String caseId, Predicate<List<Event>> condition) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> ofCase(caseId), condition);
    }

    /** Waits for the first record of this type about the case. */
    public Event await(String caseId, String type) {
        return awaitCase(caseId, events -> events.stream().anyMatch(e -> type.equals(e.type()))).stream()
                .filter(e -> type.equals(e.type())).findFirst().orElseThrow();
    }

    /** Waits for a record about the case matching {@code match} (e.g. an access by a given person). */
    public Event await(String caseId, String type, Predicate<Event> match) {
        Predicate<Event> wanted = e -> type.equals(e.type()) && match.test(e);
        return awaitCase(caseId, events -> events.stream().anyMatch(wanted)).stream().filter(wanted).findFirst()
                .orElseThrow();
    }

    private IntakeEvents() {
    }
}
