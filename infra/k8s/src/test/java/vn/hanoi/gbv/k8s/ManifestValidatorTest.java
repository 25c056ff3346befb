package vn.hanoi.gbv.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The validator refuses what the API server or an operator would drop or refuse. Each case takes a manifest the
 * chart really renders (valid as rendered), breaks it in one place, and expects that place to be named.
 */
class ManifestValidatorTest {

    private final RenderedChart chart = RenderedChart.with("");

    @Test
    void aMisspeltFieldInADeploymentIsRefused() {
        JsonNode deployment = copy(chart.named("Deployment", "intake-service"));
        assertThat(ManifestValidator.problems(deployment)).isEmpty();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));

        assertThat(ManifestValidator.problems(deployment)).singleElement().asString().contains("readinesProbe");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        JsonNode budget = copy(chart.named("HorizontalPodAutoscaler", "referral-service"));
        ((ObjectNode) budget.path("spec")).put("maxReplicas", "many");

        assertThat(ManifestValidator.problems(budget)).singleElement().asString().contains("many");
    }

    @Test
    void anUnknownFieldInAStrimziResourceIsRefused() {
        JsonNode user = copy(chart.named("KafkaUser", "intake-service"));
        assertThat(ManifestValidator.problems(user)).isEmpty();
        ((ObjectNode) user.at("/spec/authorization/acls/0")).put("operation", "All").put("hosts", "*");

        assertThat(ManifestValidator.problems(user)).singleElement().asString().contains("hosts");
    }

    @Test
    void anUnknownFieldInAResourceCheckedAgainstItsCrdIsRefused() {
        JsonNode externalSecret = copy(chart.named("ExternalSecret", "audit-service-secrets"));
        assertThat(ManifestValidator.problems(externalSecret)).isEmpty();
        ((ObjectNode) externalSecret.at("/spec/target")).put("creationPolicyy", "Owner");

        assertThat(ManifestValidator.problems(externalSecret)).singleElement().asString().contains("creationPolicyy");
    }

    @Test
    void anUnknownFieldDeepInTheImportedRealmIsRefused() {
        JsonNode realmImport = copy(chart.ofKind("KeycloakRealmImport").get(0));
        assertThat(ManifestValidator.problems(realmImport)).isEmpty();
        ((ObjectNode) realmImport.at("/spec/realm/clients/0")).put("publicClientt", true);

        assertThat(ManifestValidator.problems(realmImport)).singleElement().asString().contains("publicClientt");
    }

    @Test
    void aMissingRequiredFieldOfACrdIsRefused() {
        JsonNode mongo = copy(chart.ofKind("MongoDBCommunity").get(0));
        ((ObjectNode) mongo.at("/spec/users/0")).remove("roles");

        assertThat(ManifestValidator.problems(mongo)).singleElement().asString().contains("roles");
    }

    @Test
    void aMisspeltFieldInTheMetadataOfACustomResourceIsRefused() {
        JsonNode keycloak = copy(chart.ofKind("Keycloak").get(0));
        ((ObjectNode) keycloak.path("metadata")).put("label", "x");

        assertThat(ManifestValidator.problems(keycloak)).singleElement().asString().contains("label");
    }

    @Test
    void aKindWithoutASchemaIsRefused() {
        JsonNode configMap = RenderedChart.parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n").get(0);

        assertThat(ManifestValidator.problems(configMap)).singleElement().asString().contains("no schema");
    }

    @Test
    void aManifestWithADuplicateKeyIsRefusedWhenRead() {
        assertThatThrownBy(() -> RenderedChart.parse("apiVersion: v1\nkind: Service\nkind: Service\n"))
                .hasMessageContaining("Duplicate field 'kind'");
    }

    private static JsonNode copy(JsonNode manifest) {
        return manifest.deepCopy();
    }
}
