package vn.hanoi.gbv.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks one rendered manifest the way the API server would, and stricter: a field the schema does not know is an
 * error, not something silently dropped (a misspelt {@code readinesProbe} would otherwise deploy a pod without a
 * readiness probe).
 *
 * <p>Kinds with a typed Java model are read into it: fabric8's Kubernetes model, and Strimzi's own model
 * ({@code io.strimzi:api}) for its custom resources. Both models keep unknown fields in an "additional properties"
 * map; this reader switches that off, so Jackson refuses them. Custom resources without a typed model are checked
 * against the OpenAPI v3 schema of their CustomResourceDefinition, vendored in src/test/resources/crds (see the
 * README there), with every object closed to fields it does not declare unless the CRD itself preserves unknown
 * fields there, as the API server does. Any other kind is refused: a new kind needs a schema here first.
 */
final class ManifestValidator {

    private static final Map<String, Class<?>> TYPED = Map.ofEntries(
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /** apiVersion/kind → the vendored CRD that defines it. */
    private static final Map<String, String> CRDS = Map.of(
            "external-secrets.io/v1/ExternalSecret", "external-secrets.io_externalsecrets.yaml",
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity", "mongodbcommunity.mongodb.com_mongodbcommunity.yaml",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloaks.k8s.keycloak.org-v1.yml",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloakrealmimports.k8s.keycloak.org-v1.yml");

    /** Reads typed models and refuses what they do not declare. */
    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                // fabric8's and Strimzi's models collect unknown fields through @JsonAnySetter: without it,
                // FAIL_ON_UNKNOWN_PROPERTIES applies.
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(
                        com.fasterxml.jackson.databind.cfg.MapperConfig<?> config, Annotated annotated) {
                    JsonIgnoreProperties.Value ignoral = super.findPropertyIgnoralByName(config, annotated);
                    return ignoral.withoutIgnoreUnknown();
                }
            });

    private static final ObjectMapper YAML = new YAMLMapper();

    /**
     * JSON Schema draft 4, which OpenAPI v3 schemas are close to, knowing Kubernetes' own keywords. They constrain
     * nothing JSON Schema could check (preserve-unknown-fields is applied by closeObjects below).
     */
    private static final JsonSchemaFactory SCHEMA_FACTORY;

    static {
        JsonMetaSchema openApi = JsonMetaSchema.builder(JsonMetaSchema.getV4())
                .keywords(Stream.of("nullable", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-int-or-string",
                                "x-kubernetes-embedded-resource", "x-kubernetes-map-type", "x-kubernetes-list-type",
                                "x-kubernetes-list-map-keys", "x-kubernetes-validations")
                        .map(NonValidationKeyword::new).toList())
                .build();
        SCHEMA_FACTORY = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(openApi).build();
    }
    private static final Map<String, JsonSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private ManifestValidator() {
    }

    static Set<String> knownKinds() {
        Set<String> kinds = new TreeSet<>(TYPED.keySet());
        kinds.addAll(CRDS.keySet());
        return kinds;
    }

    /** What is wrong with {@code manifest}; empty if it is valid. */
    static List<String> problems(JsonNode manifest) {
        String key = manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
        String where = key + " " + manifest.at("/metadata/name").asText();
        List<String> problems = new ArrayList<>();
        Class<?> type = TYPED.get(key);
        if (type != null) {
            read(manifest, type, where, problems);
        } else if (CRDS.containsKey(key)) {
            read(manifest.path("metadata"), ObjectMeta.class, where + " metadata", problems);
            // The API server supplies apiVersion, kind and metadata to every CRD's schema; some CRDs spell them out,
            // others do not. They were checked above.
            ObjectNode body = ((ObjectNode) manifest).deepCopy();
            body.remove(List.of("apiVersion", "kind", "metadata"));
            for (ValidationMessage message : schema(key).validate(body)) {
                problems.add(where + ": " + message.getMessage());
            }
        } else {
            problems.add(where + ": no schema for this kind; known: " + knownKinds());
        }
        return problems;
    }

    private static void read(JsonNode node, Class<?> type, String where, List<String> problems) {
        try {
            STRICT.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static JsonSchema schema(String key) {
        return SCHEMAS.computeIfAbsent(key, k -> {
            String version = k.substring(k.indexOf('/') + 1, k.lastIndexOf('/'));
            JsonNode crd = load(CRDS.get(k));
            for (JsonNode served : crd.at("/spec/versions")) {
                if (served.path("name").asText().equals(version)) {
                    ObjectNode schema = served.at("/schema/openAPIV3Schema").deepCopy();
                    if (schema.path("properties") instanceof ObjectNode properties) {
                        properties.remove(List.of("apiVersion", "kind", "metadata"));
                    }
                    closeObjects(schema);
                    return SCHEMA_FACTORY.getSchema(schema);
                }
            }
            throw new IllegalStateException(CRDS.get(k) + " does not define version " + version);
        });
    }

    /**
     * The API server prunes (or, with strict field validation, refuses) fields a structural schema does not declare;
     * JSON Schema allows them unless told otherwise. Close every object that declares its properties, except where
     * the CRD keeps unknown fields on purpose.
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                closeObjects(children.next());
            }
        } else if (node.isArray()) {
            node.forEach(ManifestValidator::closeObjects);
        }
    }

    private static JsonNode load(String crd) {
        try (InputStream in = ManifestValidator.class.getResourceAsStream("/crds/" + crd)) {
            if (in == null) {
                throw new IllegalStateException("missing vendored CRD " + crd);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
