package vn.hanoi.gbv.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart rendered with each values file (the defaults, and every file in gbv-referral/ci): every manifest valid
 * against its schema, and the properties a safe deployment depends on.
 */
class ChartTest {

    private static final TopicTable TOPICS = TopicTable.fromArchitectureDoc();

    static List<RenderedChart> renders() {
        return RenderedChart.valuesFiles().stream().map(RenderedChart::with).toList();
    }

    /** The defaults create Kafka, MongoDB and Keycloak through their operators. */
    private static RenderedChart withOperators() {
        return RenderedChart.with("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void everyManifestIsValidWithUnknownFieldsRefused(RenderedChart chart) {
        assertThat(chart.manifests).isNotEmpty();
        List<String> problems = chart.manifests.stream().flatMap(m -> ManifestValidator.problems(m).stream()).toList();
        assertThat(problems).as("with " + chart.describe()).isEmpty();
    }

    @Test
    void helmLintFindsNothingToWarnAbout() {
        var lint = new com.marcnuri.helm.Helm(RenderedChart.CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void eachServiceHasItsDeploymentServiceAccountServiceAndDisruptionBudget(RenderedChart chart) {
        for (String kind : List.of("Deployment", "ServiceAccount", "Service", "PodDisruptionBudget")) {
            assertThat(names(chart.ofKind(kind))).as(kind + " with " + chart.describe())
                    .containsExactlyInAnyOrderElementsOf(TopicTable.SERVICES);
        }
        for (Deployment deployment : deployments(chart)) {
            String name = deployment.getMetadata().getName();
            assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo(name);
            boolean scaled = chart.ofKind("HorizontalPodAutoscaler").stream()
                    .anyMatch(hpa -> hpa.at("/spec/scaleTargetRef/name").asText().equals(name));
            // Either the autoscaler owns the replica count or the Deployment states it, never both.
            assertThat(deployment.getSpec().getReplicas() == null).as(name + " with " + chart.describe()).isEqualTo(scaled);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void everyServiceContainerHasLivenessAndReadinessProbesAndResources(RenderedChart chart) {
        for (Deployment deployment : deployments(chart)) {
            List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
            assertThat(containers).hasSize(1);
            Container container = containers.get(0);
            String where = container.getName() + " with " + chart.describe();
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(where).isEqualTo("/actuator/health/liveness");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(where).isEqualTo("/actuator/health/readiness");
            // Both on the management port, which the service is told to use.
            assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrVal()).as(where).isEqualTo("management");
            assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).as(where).isEqualTo("management");
            int managementPort = container.getPorts().stream().filter(p -> p.getName().equals("management"))
                    .findFirst().orElseThrow().getContainerPort();
            assertThat(env(container).get("MANAGEMENT_SERVER_PORT")).as(where).isEqualTo(String.valueOf(managementPort));
            assertThat(container.getResources().getRequests()).as(where).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(where).containsKey("memory");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void noSecretValueIsInTheChart(RenderedChart chart) {
        assertThat(chart.ofKind("Secret")).as("Secrets with " + chart.describe()).isEmpty();
        Set<String> fromStore = chart.ofKind("ExternalSecret").stream()
                .map(es -> es.at("/spec/target/name").asText()).collect(Collectors.toSet());
        // Keys (GBV_..._KEYS_V1, ..._INDEXKEY, ..._PRIVATEKEY), client secrets and passwords; not key ids.
        Pattern secretName = Pattern.compile(".*(_KEYS_[A-Z0-9]+|KEY|SECRET|PASSWORD)");
        for (Deployment deployment : deployments(chart)) {
            for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                String where = deployment.getMetadata().getName() + " " + variable.getName() + " with " + chart.describe();
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    // Every Secret a service reads is one External Secrets Operator fills from the store.
                    assertThat(fromStore).as(where).contains(variable.getValueFrom().getSecretKeyRef().getName());
                } else if (secretName.matcher(variable.getName()).matches()) {
                    assertThat(variable.getValue()).as(where).isNull();
                }
            }
        }
        // The passwords Strimzi and the MongoDB operator set come from the same Secrets.
        for (JsonNode user : chart.ofKind("KafkaUser")) {
            assertThat(fromStore).contains(user.at("/spec/authentication/password/valueFrom/secretKeyRef/name").asText());
        }
        for (JsonNode mongo : chart.ofKind("MongoDBCommunity")) {
            mongo.at("/spec/users").forEach(user -> assertThat(fromStore).contains(user.at("/passwordSecretRef/name").asText()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void servicesAreDeniedEverythingButWhatEachNeeds(RenderedChart chart) {
        List<NetworkPolicy> policies = chart.ofKind("NetworkPolicy").stream().map(p -> read(p, NetworkPolicy.class)).toList();
        NetworkPolicy defaultDeny = policies.stream().filter(p -> p.getMetadata().getName().equals("gbv-services-default-deny"))
                .findFirst().orElseThrow();
        assertThat(defaultDeny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(defaultDeny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(defaultDeny.getSpec().getEgress()).isNullOrEmpty();
        for (Deployment deployment : deployments(chart)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            // The default deny applies to this service's pods.
            assertThat(podLabels).containsAllEntriesOf(defaultDeny.getSpec().getPodSelector().getMatchLabels());
            NetworkPolicy own = policies.stream().filter(p -> p.getMetadata().getName().equals(name)).findFirst().orElseThrow();
            assertThat(podLabels).containsAllEntriesOf(own.getSpec().getPodSelector().getMatchLabels());
            assertThat(own.getSpec().getIngress()).allSatisfy(rule -> assertThat(rule.getPorts())
                    .extracting(port -> port.getPort().getStrVal()).isSubsetOf("http", "management"));

            List<NetworkPolicyEgressRule> egress = own.getSpec().getEgress();
            Set<Integer> ports = egress.stream().flatMap(rule -> rule.getPorts().stream()).map(NetworkPolicyPort::getPort)
                    .map(port -> port.getIntVal()).collect(Collectors.toSet());
            Set<Integer> needed = new HashSet<>(Set.of(53, kafkaPort(chart), mongoPort(chart), identityProviderPort(chart)));
            boolean referral = name.equals("referral-service");
            if (referral) {
                needed.add(8081);   // intake-service's API, for contact details
                needed.add(443);    // partner webhooks
            }
            assertThat(ports).as(name + " egress with " + chart.describe()).isEqualTo(needed);
            // Only referral-service may leave the cluster, on 443 and never to private or link-local ranges.
            List<NetworkPolicyEgressRule> toAddresses = egress.stream()
                    .filter(rule -> rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null
                            && peer.getIpBlock().getCidr().equals("0.0.0.0/0"))).toList();
            if (referral) {
                assertThat(toAddresses).singleElement().satisfies(rule -> {
                    assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(443);
                    assertThat(rule.getTo().get(0).getIpBlock().getExcept())
                            .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");
                });
            } else {
                assertThat(toAddresses).as(name).isEmpty();
            }
        }
    }

    @Test
    void eachKafkaUserMayWriteOnlyItsOwnTopicAndReadOnlyItsInputsAsTheArchitectureTableSays() {
        List<KafkaUser> users = withOperators().ofKind("KafkaUser").stream().map(u -> read(u, KafkaUser.class)).toList();
        assertThat(users).extracting(u -> u.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(TopicTable.SERVICES);
        for (KafkaUser user : users) {
            String service = user.getMetadata().getName();
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            List<AclRule> acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            assertThat(acls).allSatisfy(acl -> assertThat(acl.getResource()).satisfiesAnyOf(
                    r -> assertThat(r).isInstanceOfSatisfying(AclRuleTopicResource.class,
                            t -> assertThat(t.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL)),
                    r -> assertThat(r).isInstanceOfSatisfying(AclRuleGroupResource.class,
                            g -> assertThat(g.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL))));

            assertThat(topicsWith(acls, AclOperation.WRITE)).as(service + " writes").isEqualTo(TOPICS.writes(service));
            assertThat(topicsWith(acls, AclOperation.WRITE)).as(service + " writes")
                    .allMatch(topic -> topic.endsWith(".dlt") || TOPICS.rows().get(topic).producer().equals(service));
            assertThat(topicsWith(acls, AclOperation.READ)).as(service + " reads").isEqualTo(TOPICS.reads(service));
            assertThat(groupsWith(acls, AclOperation.READ)).as(service + " groups")
                    .isEqualTo(ServiceSettings.of(service).consumerGroups());
            // Nothing else: no Create, Delete, Alter or cluster-wide right.
            assertThat(acls).flatExtracting(AclRule::getOperations)
                    .containsOnly(AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
        }
    }

    @Test
    void topicsHaveTheProjectsPartitionsAndRetentionAndADeadLetterTopicForEachInput() throws Exception {
        List<KafkaTopic> topics = withOperators().ofKind("KafkaTopic").stream().map(t -> read(t, KafkaTopic.class)).toList();
        assertThat(topics).extracting(t -> t.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(TOPICS.allTopics());
        int partitions = projectPartitions();
        for (KafkaTopic topic : topics) {
            String name = topic.getMetadata().getName();
            assertThat(topic.getSpec().getPartitions()).as(name).isEqualTo(partitions);
            assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).as(name).containsEntry("min.insync.replicas", 2);
            Object retention = topic.getSpec().getConfig().get("retention.ms");
            if (name.equals("gbv.audit.checkpoints")) {
                assertThat(retention).as("checkpoints are kept forever").isEqualTo(-1);
                assertThat(topic.getSpec().getConfig()).containsEntry("retention.bytes", -1);
            } else if (name.endsWith(".dlt")) {
                assertThat(retention).as(name).isEqualTo(2_592_000_000L);
            } else {
                assertThat(retention).as(name).isEqualTo(604_800_000);
            }
        }
    }

    @Test
    void kafkaRunsInKRaftWithThreeBrokersTlsScramAndAcls() {
        RenderedChart chart = withOperators();
        Kafka kafka = read(chart.ofKind("Kafka").get(0), Kafka.class);
        assertThat(kafka.getSpec().getKafka().getListeners()).singleElement().satisfies(listener -> {
            assertThat(listener.isTls()).isTrue();
            assertThat(listener.getAuth()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
        });
        assertThat(kafka.getSpec().getKafka().getAuthorization()).isInstanceOf(KafkaAuthorizationSimple.class);
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("auto.create.topics.enable", false);
        List<KafkaNodePool> pools = chart.ofKind("KafkaNodePool").stream().map(p -> read(p, KafkaNodePool.class)).toList();
        assertThat(pools).allSatisfy(pool -> assertThat(pool.getMetadata().getLabels())
                .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName()));
        assertThat(pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum()).isEqualTo(3);
        assertThat(pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum()).isEqualTo(3);
    }

    @Test
    void mongoIsAReplicaSetWithTlsAndEachServiceUserLimitedToItsOwnDatabase() {
        RenderedChart chart = withOperators();
        JsonNode mongo = chart.ofKind("MongoDBCommunity").get(0);
        assertThat(mongo.at("/spec/members").asInt()).isEqualTo(3);
        assertThat(mongo.at("/spec/security/tls/enabled").asBoolean()).isTrue();
        assertThat(mongo.at("/spec/security/authentication/modes").toString()).isEqualTo("[\"SCRAM\"]");
        Map<String, String> databases = Map.of("intake-service", "intake", "referral-service", "referral",
                "followup-service", "followup", "audit-service", "audit");
        assertThat(mongo.at("/spec/users")).hasSize(4).allSatisfy(user -> {
            String database = databases.get(user.path("name").asText());
            assertThat(user.path("db").asText()).isEqualTo(database);
            assertThat(user.path("roles")).singleElement().satisfies(role -> {
                assertThat(role.path("name").asText()).isEqualTo("readWrite");
                assertThat(role.path("db").asText()).isEqualTo(database);
            });
        });
        for (Deployment deployment : deployments(chart)) {
            String uri = env(deployment.getSpec().getTemplate().getSpec().getContainers().get(0)).get("SPRING_MONGODB_URI");
            String service = deployment.getMetadata().getName();
            assertThat(uri).startsWith("mongodb://" + service + ":$(GBV_MONGODB_PASSWORD)@")
                    .contains("/" + databases.get(service) + "?").contains("tls=true");
        }
    }

    @Test
    void theRealmIsImportedWithoutDemoPersonasOrTheirClientAndWithClientSecretsFromTheStore() throws Exception {
        RenderedChart chart = withOperators();
        JsonNode realmImport = chart.ofKind("KeycloakRealmImport").get(0);
        JsonNode realm = realmImport.at("/spec/realm");
        JsonNode file = ManifestValidator.STRICT.readTree(RenderedChart.REPOSITORY.resolve("infra/keycloak/gbv-realm.json").toFile());
        assertThat(realm.path("realm").asText()).isEqualTo(file.path("realm").asText());
        Set<String> fileClients = new TreeSet<>();
        file.path("clients").forEach(client -> fileClients.add(client.path("clientId").asText()));
        fileClients.remove("gbv-cli");   // signs the demo personas in with their password
        List<String> imported = new java.util.ArrayList<>();
        realm.path("clients").forEach(client -> imported.add(client.path("clientId").asText()));
        assertThat(imported).containsExactlyInAnyOrderElementsOf(fileClients);
        assertThat(realm.path("users")).isNotEmpty().allSatisfy(user -> assertThat(user.has("serviceAccountClientId")).isTrue());
        Set<String> clientSecretKeys = new TreeSet<>();
        chart.named("ExternalSecret", "keycloak-clients").at("/spec/data").forEach(d -> clientSecretKeys.add(d.path("secretKey").asText()));
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String placeholder = client.path("secret").asText();
                assertThat(placeholder).matches("\\$\\{[A-Z_]+}");
                JsonNode source = realmImport.at("/spec/placeholders/" + placeholder.substring(2, placeholder.length() - 1) + "/secret");
                assertThat(source.path("name").asText()).isEqualTo("keycloak-clients");
                assertThat(clientSecretKeys).contains(source.path("key").asText());
            }
        }
        // referral-service logs in with the very entry its realm client was given.
        JsonNode referralSecrets = chart.named("ExternalSecret", "referral-service-secrets");
        assertThat(referralSecrets.at("/spec/data").findParents("secretKey").stream()
                .filter(d -> d.path("secretKey").asText().equals("GBV_REFERRAL_INTAKE_CLIENTSECRET"))
                .map(d -> d.at("/remoteRef/key").asText() + "#" + d.at("/remoteRef/property").asText()))
                .containsExactly(chart.named("ExternalSecret", "keycloak-clients").at("/spec/data").findParents("secretKey").stream()
                        .filter(d -> d.path("secretKey").asText().equals("referral-service"))
                        .map(d -> d.at("/remoteRef/key").asText() + "#" + d.at("/remoteRef/property").asText())
                        .findFirst().orElseThrow());
    }

    @Test
    void withExistingInfrastructureTheChartCreatesNoOperatorResources() {
        RenderedChart chart = RenderedChart.with("external-values.yaml");
        assertThat(chart.manifests).extracting(m -> m.path("kind").asText())
                .doesNotContain("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "MongoDBCommunity", "Keycloak", "KeycloakRealmImport");
        Map<String, String> env = env(deployments(chart).get(0).getSpec().getTemplate().getSpec().getContainers().get(0));
        assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).startsWith("kafka-0.kafka.example.internal:9093");
        assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")).isEqualTo("https://sso.hanoi.example.vn/realms/gbv");
    }

    private static int projectPartitions() throws Exception {
        String source = Files.readString(RenderedChart.REPOSITORY.resolve(
                "services/platform/src/main/java/vn/hanoi/gbv/platform/messaging/MessagingProperties.java"));
        var matcher = Pattern.compile("@DefaultValue\\(\"(\\d+)\"\\) int partitions").matcher(source);
        assertThat(matcher.find()).as("MessagingProperties' default partition count").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static Set<String> topicsWith(List<AclRule> acls, AclOperation operation) {
        return acls.stream().filter(acl -> acl.getOperations().contains(operation))
                .map(AclRule::getResource).filter(AclRuleTopicResource.class::isInstance)
                .map(r -> ((AclRuleTopicResource) r).getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> groupsWith(List<AclRule> acls, AclOperation operation) {
        return acls.stream().filter(acl -> acl.getOperations().contains(operation))
                .map(AclRule::getResource).filter(AclRuleGroupResource.class::isInstance)
                .map(r -> ((AclRuleGroupResource) r).getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int kafkaPort(RenderedChart chart) {
        return envPort(chart, "SPRING_KAFKA_BOOTSTRAP_SERVERS");
    }

    private static int mongoPort(RenderedChart chart) {
        String uri = env(deployments(chart).get(0).getSpec().getTemplate().getSpec().getContainers().get(0)).get("SPRING_MONGODB_URI");
        var port = Pattern.compile("@[^:/]+:(\\d+)").matcher(uri);
        assertThat(port.find()).isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static int identityProviderPort(RenderedChart chart) {
        String jwks = env(deployments(chart).get(0).getSpec().getTemplate().getSpec().getContainers().get(0))
                .get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
        int port = java.net.URI.create(jwks).getPort();
        return port == -1 ? 443 : port;
    }

    private static int envPort(RenderedChart chart, String variable) {
        String servers = env(deployments(chart).get(0).getSpec().getTemplate().getSpec().getContainers().get(0)).get(variable);
        Set<String> ports = Stream.of(servers.split(",")).map(s -> s.substring(s.lastIndexOf(':') + 1)).collect(Collectors.toSet());
        assertThat(ports).hasSize(1);
        return Integer.parseInt(ports.iterator().next());
    }

    private static List<Deployment> deployments(RenderedChart chart) {
        return chart.ofKind("Deployment").stream().map(d -> read(d, Deployment.class)).toList();
    }

    private static Map<String, String> env(Container container) {
        return container.getEnv().stream().filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    private static List<String> names(List<JsonNode> manifests) {
        return manifests.stream().map(m -> m.at("/metadata/name").asText()).filter(Objects::nonNull).toList();
    }

    private static <T> T read(JsonNode manifest, Class<T> type) {
        try {
            return ManifestValidator.STRICT.treeToValue(manifest, type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
