package vn.hanoi.gbv.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml runs Kafka and MongoDB with authentication and least privilege, publishes nothing beyond the
 * host, and refuses to start without its secrets. Docker cannot run here; the file is checked as Compose reads it,
 * and ComposeKafkaAclsDockerTest runs its Kafka where Docker is available.
 */
class DockerComposeTest {

    private static final ComposeFile COMPOSE = ComposeFile.read();
    private static final TopicTable TOPICS = TopicTable.fromArchitectureDoc();
    private static final Map<String, String> DATABASES = Map.of("intake-service", "intake", "referral-service", "referral",
            "followup-service", "followup", "audit-service", "audit");

    @Test
    void kafkaAcceptsNoUnauthenticatedClientAndAuthorizesWithAclsAndOneSuperUser() {
        Map<String, Object> kafka = environment(COMPOSE.tree(), "kafka");
        Map<String, String> protocols = Arrays.stream(((String) kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).split(","))
                .map(entry -> entry.split(":")).collect(Collectors.toMap(e -> e[0], e -> e[1]));
        Set<String> listeners = Arrays.stream(((String) kafka.get("KAFKA_LISTENERS")).split(","))
                .map(l -> l.substring(0, l.indexOf(':'))).collect(Collectors.toSet());
        assertThat(listeners).allSatisfy(listener -> assertThat(protocols.get(listener)).as(listener).isEqualTo("SASL_PLAINTEXT"));
        assertThat(kafka.get("KAFKA_AUTHORIZER_CLASS_NAME")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(kafka.get("KAFKA_SUPER_USERS")).isEqualTo("User:admin");
        assertThat(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
        assertThat(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        // The services' listener from the host offers only SCRAM: the PLAIN administrator is for the compose network.
        assertThat(kafka.get("KAFKA_LISTENER_NAME_HOST_SASL_ENABLED_MECHANISMS")).isEqualTo("SCRAM-SHA-512");
    }

    @Test
    void eachServiceMayWriteOnlyItsOwnTopicAndReadOnlyItsInputsAsTheArchitectureTableSays() {
        Map<String, Object> init = environment(COMPOSE.tree(), "kafka-init");
        for (String service : TopicTable.SERVICES) {
            String prefix = service.replace('-', '_').toUpperCase();
            assertThat(words(init.get(prefix + "_WRITES"))).as(service + " writes").isEqualTo(TOPICS.writes(service));
            assertThat(words(init.get(prefix + "_READS"))).as(service + " reads").isEqualTo(TOPICS.reads(service));
            assertThat(words(init.get(prefix + "_GROUPS"))).as(service + " groups").isEqualTo(ServiceSettings.of(service).consumerGroups());
            assertThat((String) init.get(prefix + "_PASSWORD")).as(service).matches("\\$\\{GBV_KAFKA_[A-Z]+_PASSWORD:\\?[^}]+}");
        }
        String script = String.join("\n", commandOf(COMPOSE.tree(), "kafka-init"));
        for (String topic : TOPICS.allTopics()) {
            String base = topic.endsWith(".dlt") ? topic.substring(0, topic.length() - ".dlt".length()) : topic;
            assertThat(script).as("kafka-init creates " + topic).contains(base);
        }
        assertThat(script).contains("--add-config \"SCRAM-SHA-512=[password=", "kafka-acls.sh", "--allow-principal \"User:$$service\"");
    }

    @Test
    void eachServiceLogsInToKafkaAndMongoAsItselfAndMongoOnlyToItsOwnDatabase() {
        Map<String, Object> tree = COMPOSE.tree();
        for (String service : TopicTable.SERVICES) {
            Map<String, Object> env = environment(tree, service);
            String name = service.replace("-service", "").toUpperCase();
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
            assertThat((String) env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).as(service)
                    .startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + service + "\"")
                    .contains("password=\"${GBV_KAFKA_" + name + "_PASSWORD:?");
            String database = DATABASES.get(service);
            assertThat((String) env.get("SPRING_MONGODB_URI")).as(service)
                    .startsWith("mongodb://" + service + ":${GBV_MONGODB_" + name + "_PASSWORD:?")
                    .contains("@mongo:27017/" + database + "?").contains("authSource=" + database);
        }
    }

    @Test
    void mongoRequiresAuthenticationAndCreatesAUserPerServiceLimitedToItsDatabase() throws Exception {
        Map<String, Object> tree = COMPOSE.tree();
        Map<String, Object> mongo = environment(tree, "mongo");
        assertThat((String) mongo.get("MONGO_INITDB_ROOT_PASSWORD")).startsWith("${GBV_MONGODB_ROOT_PASSWORD:?");
        assertThat(String.join(" ", commandOf(tree, "mongo"))).contains("--keyFile");
        assertThat(volumesOf(tree, "mongo")).contains("./infra/mongo/init-users.js:/docker-entrypoint-initdb.d/10-init-users.js:ro");
        String script = Files.readString(RenderedChart.REPOSITORY.resolve("infra/mongo/init-users.js"));
        DATABASES.forEach((service, database) -> {
            assertThat(script).contains("'" + service + "': '" + database + "'");
            assertThat(mongo).containsKey("GBV_MONGODB_" + service.replace("-service", "").toUpperCase() + "_PASSWORD");
        });
        assertThat(script).contains("roles: [{ role: 'readWrite', db: database }]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingIsPublishedBeyondTheHostAndKafkaAndMongoNeverAre() {
        Map<String, Object> tree = COMPOSE.tree();
        Map<String, Object> services = (Map<String, Object>) tree.get("services");
        services.forEach((name, definition) -> {
            for (Object port : (List<Object>) ((Map<String, Object>) definition).getOrDefault("ports", List.of())) {
                String published = String.valueOf(port);
                if (name.equals("kafka") || name.equals("mongo")) {
                    assertThat(published).as(name).startsWith("127.0.0.1:");
                } else {
                    assertThat(published).as(name).startsWith("${GBV_BIND_ADDRESS:-127.0.0.1}:");
                }
            }
        });
    }

    @Test
    void composeRefusesToStartWithoutEveryKeyAndPassword() {
        Set<String> secrets = new LinkedHashSet<>();
        Matcher variable = ComposeFile.VARIABLE.matcher(COMPOSE.text);
        while (variable.find()) {
            if (variable.group(1).matches(".*(PASSWORD|_KEYS_[A-Z0-9]+|KEY)")) {
                assertThat(variable.group(2)).as(variable.group() + " must be required").isEqualTo(":?");
                secrets.add(variable.group(1));
            }
        }
        assertThat(secrets).contains("GBV_KAFKA_ADMIN_PASSWORD", "GBV_MONGODB_ROOT_PASSWORD",
                "GBV_KAFKA_INTAKE_PASSWORD", "GBV_MONGODB_AUDIT_PASSWORD", "GBV_INTAKE_SURVIVORDATA_KEYS_V1");
        // And Compose's own rule, as ComposeFile applies it: one missing password stops everything.
        Map<String, String> all = secrets.stream().collect(Collectors.toMap(s -> s, s -> "x"));
        assertThat(COMPOSE.interpolated(all::get)).containsKey("services");
        all.remove("GBV_KAFKA_REFERRAL_PASSWORD");
        assertThatThrownBy(() -> COMPOSE.interpolated(all::get)).hasMessageContaining("GBV_KAFKA_REFERRAL_PASSWORD");
    }

    @Test
    void theReadmeTellsWhichSecretsToPutInDotEnv() throws Exception {
        String readme = Files.readString(RenderedChart.REPOSITORY.resolve("README.md"));
        Matcher variable = ComposeFile.VARIABLE.matcher(COMPOSE.text);
        while (variable.find()) {
            if (":?".equals(variable.group(2))) {
                assertThat(readme).as(variable.group(1)).contains(variable.group(1) + "=");
            }
        }
    }

    static Set<String> words(Object value) {
        return new TreeSet<>(List.of(String.valueOf(value).trim().split("\\s+")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Map<String, Object> tree, String service) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) tree.get("services")).get(service)).get("environment");
    }

    @SuppressWarnings("unchecked")
    static List<String> commandOf(Map<String, Object> tree, String service) {
        return (List<String>) ((Map<String, Object>) ((Map<String, Object>) tree.get("services")).get(service)).get("command");
    }

    @SuppressWarnings("unchecked")
    static List<String> volumesOf(Map<String, Object> tree, String service) {
        return (List<String>) ((Map<String, Object>) ((Map<String, Object>) tree.get("services")).get(service)).get("volumes");
    }
}
