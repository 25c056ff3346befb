package vn.hanoi.gbv.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.security.SecureRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * docker-compose.yml's own Kafka broker and kafka-init, run in containers exactly as configured there (the file's
 * environment and script, its variables filled with fresh passwords), then the services' own login settings from
 * the same file: intake-service may not write referral-service's topic, referral-service may. Needs Docker: runs
 * with {@code ./mvnw verify -Pdocker}, skipped elsewhere.
 */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
class ComposeKafkaAclsDockerTest {

    private static final int HOST_LISTENER = 29092;
    private static final String REFERRAL_TOPIC = "gbv.referral.events";

    private static Map<String, Object> compose;
    private static Network network;
    private static ComposeKafka kafka;

    @BeforeAll
    @SuppressWarnings("resource")
    static void startComposeKafka() {
        Map<String, String> secrets = new HashMap<>();
        var random = new SecureRandom();
        compose = ComposeFile.read().interpolated(name -> secrets.computeIfAbsent(name, n -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            return n.equals("GBV_BIND_ADDRESS") ? null : HexFormat.of().formatHex(bytes);
        }));
        network = Network.newNetwork();

        Map<String, String> brokerEnv = strings(DockerComposeTest.environment(compose, "kafka"));
        kafka = new ComposeKafka(image("kafka"))
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withCreateContainerCmdModifier(cmd -> cmd.withHostName("kafka"))
                .withEnv(brokerEnv)
                .withExposedPorts(HOST_LISTENER)
                .withCommand("sh", "-c", "while [ ! -s /tmp/host-listener ]; do sleep 0.1; done; "
                        + "export KAFKA_ADVERTISED_LISTENERS=\"INTERNAL://kafka:9092,HOST://$(cat /tmp/host-listener)\"; "
                        + "exec /etc/kafka/docker/run")
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(Duration.ofMinutes(2)));
        kafka.start();

        try (var init = new GenericContainer<>(image("kafka-init"))
                .withNetwork(network)
                .withEnv(strings(DockerComposeTest.environment(compose, "kafka-init")))
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("/bin/bash", "-c"))
                .withCommand(DockerComposeTest.commandOf(compose, "kafka-init").toArray(String[]::new))
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(3)))) {
            init.start();
        }
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void intakeServiceMayNotWriteReferralServicesTopic() {
        try (var producer = producerOf("intake-service")) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(REFERRAL_TOPIC, "case-1", "{}")).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void referralServiceMayWriteItsOwnTopic() throws Exception {
        try (var producer = producerOf("referral-service")) {
            RecordMetadata written = producer.send(new ProducerRecord<>(REFERRAL_TOPIC, "case-1", "{}")).get(30, TimeUnit.SECONDS);
            assertThat(written.topic()).isEqualTo(REFERRAL_TOPIC);
        }
    }

    @Test
    void referralServiceMayNotWriteIntakeServicesTopic() {
        try (var producer = producerOf("referral-service")) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("gbv.intake.events", "case-1", "{}")).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    /** A producer that logs in exactly as compose's {@code service} does (its SPRING_KAFKA_PROPERTIES_*), as the services' producers are set up. */
    private static KafkaProducer<String, String> producerOf(String service) {
        Map<String, Object> env = DockerComposeTest.environment(compose, service);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getHost() + ":" + kafka.getMappedPort(HOST_LISTENER));
        properties.put("security.protocol", env.get("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL"));
        properties.put("sasl.mechanism", env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"));
        properties.put("sasl.jaas.config", env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /**
     * The host listener must advertise the port Docker mapped, known only once the container exists: the broker
     * waits for it (the way Testcontainers' own KafkaContainer starts).
     */
    private static final class ComposeKafka extends GenericContainer<ComposeKafka> {

        ComposeKafka(String image) {
            super(image);
        }

        @Override
        protected void containerIsStarting(InspectContainerResponse container) {
            copyFileToContainer(Transferable.of(getHost() + ":" + getMappedPort(HOST_LISTENER)), "/tmp/host-listener");
        }
    }

    @SuppressWarnings("unchecked")
    private static String image(String service) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(service)).get("image");
    }

    private static Map<String, String> strings(Map<String, Object> environment) {
        Map<String, String> strings = new HashMap<>();
        environment.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }
}
