package vn.hanoi.gbv.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variables the chart and docker-compose.yml give a service reach the settings they are meant for,
 * as Spring Boot's relaxed binding reads them: a misspelt or misplaced variable binds nothing, and the service
 * would silently run with its default (an unauthenticated Kafka client, the local MongoDB).
 */
class EnvironmentBindingTest {

    @Test
    void theChartsVariablesBindToTheKafkaMongoAndManagementSettings() {
        for (var manifest : RenderedChart.with("").ofKind("Deployment")) {
            Deployment deployment;
            try {
                deployment = ManifestValidator.STRICT.treeToValue(manifest, Deployment.class);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            Map<String, Object> env = new HashMap<>();
            for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                env.put(variable.getName(), variable.getValue() != null ? variable.getValue() : "from-a-secret");
            }
            Binder binder = binder(env);
            String service = deployment.getMetadata().getName();
            assertKafkaAndMongo(binder, service);
            assertThat(binder.bind("management.server.port", Integer.class).get()).as(service).isEqualTo(9090);
            assertThat(binder.bind("management.endpoint.health.probes.enabled", Boolean.class).get()).as(service).isTrue();
            assertThat(binder.bind("gbv.messaging.replication-factor", Integer.class).get()).as(service).isEqualTo(3);
            assertThat(binder.bind("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", String.class).isBound()).isTrue();
            if (service.equals("referral-service")) {
                assertThat(binder.bind("gbv.referral.intake.client-secret", String.class).isBound()).isTrue();
                assertThat(binder.bind("gbv.referral.intake.base-url", String.class).get()).isEqualTo("http://intake-service:8081");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composesVariablesBindToTheKafkaAndMongoSettings() {
        Map<String, Object> compose = ComposeFile.read().tree();
        for (String service : TopicTable.SERVICES) {
            assertKafkaAndMongo(binder(DockerComposeTest.environment(compose, service)), service);
        }
    }

    private static void assertKafkaAndMongo(Binder binder, String service) {
        assertThat(binder.bind("spring.kafka.admin.auto-create", Boolean.class).get()).as(service).isFalse();
        Map<String, String> kafka = binder.bind("spring.kafka.properties", Bindable.mapOf(String.class, String.class)).get();
        assertThat(kafka).as(service).containsKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config");
        assertThat(kafka.get("sasl.jaas.config")).as(service).contains("username=\"" + service + "\"");
        assertThat(binder.bind("spring.mongodb.uri", String.class).get()).as(service).startsWith("mongodb://" + service + ":");
    }

    private static Binder binder(Map<String, Object> environment) {
        // Named as the real one: Boot applies the environment-variable naming rules only to a source of that name.
        var source = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(List.of(source)));
    }
}
