package vn.hanoi.gbv.platform.messaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same outbox contract on a real MongoDB replica set and the official {@code apache/kafka} image, so the
 * embedded defaults cannot hide a difference. Runs with {@code ./mvnw verify -Pdocker}; skipped without Docker.
 */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
class OutboxRelayDockerTest extends OutboxContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @BeforeAll
    static void startOnContainers() {
        start(MONGO.getConnectionString(), KAFKA.getBootstrapServers());
    }
}
