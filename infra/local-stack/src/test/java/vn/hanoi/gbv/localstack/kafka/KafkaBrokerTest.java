package vn.hanoi.gbv.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @Test
    void servesClientsOnAFixedPort() throws Exception {
        int port = freePort();
        try (KafkaBroker kafka = new KafkaBroker(port).start()) {
            assertThat(kafka.port()).isEqualTo(port);
            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + port);
            assertRoundTrip(kafka.bootstrapServers());
        }
    }

    @Test
    void picksAFreePortWhenAskedForPortZero() throws Exception {
        try (KafkaBroker kafka = new KafkaBroker(0).start()) {
            assertThat(kafka.port()).isPositive();
            assertRoundTrip(kafka.bootstrapServers());
        }
    }

    @Test
    void failsClearlyWhenThePortIsTaken() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            KafkaBroker kafka = new KafkaBroker(occupied.getLocalPort());
            assertThatThrownBy(kafka::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(":" + occupied.getLocalPort());
            assertThat(kafka.isRunning()).isFalse();
            kafka.close(); // idempotent after a failed start
        }
    }

    /**
     * What the local stack relies on after a restart: the records a service published and the offsets every consumer
     * group committed are still there, so a group resumes where it stopped and reads what it had not read yet.
     */
    @Test
    void keepsRecordsAndCommittedOffsetsAcrossARestartOnTheSameLogDirectory(@TempDir Path dataDir) throws Exception {
        String topic = "gbv.intake.events";
        String group = "audit-service";
        try (KafkaBroker kafka = KafkaBroker.persistent(0, dataDir).start()) {
            send(kafka.bootstrapServers(), topic, "read-before-the-restart");
            assertThat(consume(kafka.bootstrapServers(), topic, group, 1)).containsExactly("read-before-the-restart");
            send(kafka.bootstrapServers(), topic, "published-but-not-yet-read");
        }
        try (KafkaBroker kafka = KafkaBroker.persistent(0, dataDir).start()) {
            assertThat(consume(kafka.bootstrapServers(), topic, group, 1)).containsExactly("published-but-not-yet-read");
        }
    }

    private static void send(String bootstrapServers, String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "case-1", value)).get();
        }
    }

    /** Reads {@code expected} records as group {@code group} and commits them. */
    private static List<String> consume(String bootstrapServers, String topic, String group, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<String> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
                return received.size() >= expected;
            });
            consumer.commitSync();
            return received;
        }
    }

    private static void assertRoundTrip(String bootstrapServers) throws Exception {
        String topic = "local-stack-test-" + UUID.randomUUID();
        String key = "case-1";
        String value = "{\"status\":\"REFERRED\"}";

        Map<String, Object> producerProps = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            // Auto-created topic; get() so the record is committed before we start consuming.
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, value)).get();
            assertThat(sent.offset()).isZero();
        }

        Map<String, Object> consumerProps = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                        return !received.isEmpty();
                    });
            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(key);
                assertThat(r.value()).isEqualTo(value);
            });
            consumer.commitSync(); // exercises the group coordinator (offsets topic with replication factor 1)
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
