package vn.hanoi.gbv.audit.timeline.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.hanoi.gbv.audit.AuditIntegrationTest;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Every append is signed, stored, fetchable and published to a topic kept forever; anyone with the public key,
 * and nothing else of this system, can check a checkpoint read off that topic.
 */
class CheckpointsIntegrationTest extends AuditIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");

    @Autowired
    MockMvc mvc;

    private String getJson(String path, String token) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String recordTwoReads(String caseId) throws Exception {
        var intake = envelopesOf("intake-service");
        for (int i = 0; i < 2; i++) {
            var message = intake.toOutbox(new CaseAccessed(caseId, "hoan-kiem", "FULL"),
                    new Actor("lan", "COUNSELLOR", "hoan-kiem", null));
            publish(message.topic(), message.key(), message.payload());
        }
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = mvc.perform(get("/api/audit/cases/" + caseId + "/checkpoints/latest")
                    .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andReturn().getResponse();
            return response.getStatus() == 200 ? response.getContentAsString() : null;
        }, body -> body != null && JsonPath.<Integer>read(body, "$.seq") == 2);
    }

    private static PublicKey publicKey(String publicKeyJson) throws Exception {
        return KeyFactory.getInstance(JsonPath.<String>read(publicKeyJson, "$.algorithm")).generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(JsonPath.<String>read(publicKeyJson, "$.publicKey"))));
    }

    /** What an outside verifier does: rebuild the signed text from the four fields and check the signature. */
    private static boolean signatureHolds(PublicKey key, String caseId, long seq, String headHash, String at,
            String signature) throws Exception {
        String signed = "{\"caseId\":\"" + caseId + "\",\"checkpointedAt\":\"" + at + "\",\"headHash\":\"" + headHash
                + "\",\"seq\":" + seq + "}";
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(signed.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    @Test
    void theLatestCheckpointSignsTheHeadOfTheTimelineAndChecksWithThePublicKeyAlone() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String checkpoint = recordTwoReads(caseId);
        String timeline = getJson("/api/audit/cases/" + caseId + "/timeline", SUPERVISOR);
        // Any signed-in person may fetch the key: it is not secret.
        PublicKey key = publicKey(getJson("/api/audit/public-key", token("lan", "hoan-kiem", "COUNSELLOR")));

        assertThat(JsonPath.<String>read(checkpoint, "$.headHash"))
                .isEqualTo(JsonPath.<String>read(timeline, "$.entries[1].hash"));
        assertThat(signatureHolds(key, caseId, 2, JsonPath.read(checkpoint, "$.headHash"),
                JsonPath.read(checkpoint, "$.checkpointedAt"), JsonPath.read(checkpoint, "$.signature"))).isTrue();
        assertThat(signatureHolds(key, caseId, 3, JsonPath.read(checkpoint, "$.headHash"),
                JsonPath.read(checkpoint, "$.checkpointedAt"), JsonPath.read(checkpoint, "$.signature"))).isFalse();
    }

    @Test
    void checkpointsArePublishedToATopicKeptForeverAndCheckOffIt() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordTwoReads(caseId);
        PublicKey key = publicKey(getJson("/api/audit/public-key", SUPERVISOR));

        List<String> published = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outside-verifier-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.AUDIT_CHECKPOINTS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (caseId.equals(record.key())) {
                        published.add(record.value());
                    }
                });
                return published.size() >= 2;
            });
        }
        for (String envelope : published) {
            assertThat(JsonPath.<String>read(envelope, "$.type")).isEqualTo("TimelineCheckpointed");
            assertThat(signatureHolds(key, caseId, JsonPath.<Integer>read(envelope, "$.payload.seq"),
                    JsonPath.read(envelope, "$.payload.headHash"), JsonPath.read(envelope, "$.payload.checkpointedAt"),
                    JsonPath.read(envelope, "$.payload.signature"))).isTrue();
        }

        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AUDIT_CHECKPOINTS);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }

    @Test
    void noCheckpointForACaseWithoutTimeline() throws Exception {
        mvc.perform(get("/api/audit/cases/" + UUID.randomUUID() + "/checkpoints/latest")
                .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andExpect(status().isNotFound());
    }
}
