package vn.hanoi.gbv.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.localstack.demo.DemoScript;
import vn.hanoi.gbv.localstack.demo.GbvClient;

/**
 * The whole flow across the four services, as the personas would live it, on the real parts the local stack
 * starts: a Kafka 4 broker, the Mongo wire server and the authorization server issuing signed JWTs. Nothing is
 * mocked. Then the canary: the survivor's unique name and phone appear in no Kafka record and no log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class WholeFlowEndToEndTest {

    private static LocalStack stack;
    private static DemoScript.Outcome outcome;
    private static final String CANARY_NAME = "Canary Thị " + UUID.randomUUID().toString().substring(0, 8);
    private static final String CANARY_PHONE = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    private static String demoOutput;

    @BeforeAll
    static void runTheFlow() {
        stack = LocalStack.start(LocalStackSettings.ephemeral());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        outcome = new DemoScript(stack.endpoints(), new PrintStream(printed, true, StandardCharsets.UTF_8),
                CANARY_NAME, CANARY_PHONE).run();
        demoOutput = printed.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theTimelineShowsTheWholeFlowInOrder() {
        List<String> types = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        long previousSeq = 0;
        for (JsonNode entry : outcome.timeline().get("entries")) {
            assertThat(entry.get("seq").asLong()).isGreaterThan(previousSeq);
            previousSeq = entry.get("seq").asLong();
            assertThat(entry.path("actor").path("id").asString()).isNotBlank();
            assertThat(entry.path("service").asString()).endsWith("-service");
            types.add(entry.get("type").asString());
            summaries.add(entry.path("summary").asString());
        }
        // Registered, then verified; the police referral before its acceptance; a follow-up planned after it.
        // (Referrals to different agencies are separate documents with separate outboxes, so only the police
        // referral's own events have an order the police officer's acceptance can be compared with.)
        assertThat(types.subList(0, 2)).containsExactly("CaseRegistered", "CaseVerified");
        int accepted = types.indexOf("ReferralAccepted");
        assertThat(summaries.indexOf("Referred to the police")).isBetween(0, accepted);
        assertThat(types.subList(accepted, types.size())).contains("FollowUpScheduled");
        assertThat(types.stream().filter("ReferralCreated"::equals)).hasSize(3);
        assertThat(demoOutput).contains("police-hoan-kiem", "ubnd-hoan-kiem", "health-hoan-kiem",
                "FIRST_SAFETY_CHECK", "SERVICE_RECEIVED_CHECK");
    }

    @Test
    void theVerifiedCaseWasReferredOnlyWhereTheSurvivorConsentedAndToTheCommittee() {
        GbvClient client = new GbvClient(stack.endpoints().issuer());
        JsonNode referrals = client.get(stack.endpoints().referral() + "/api/referrals?caseId=" + outcome.caseId(),
                client.login("supervisor", "demo")).body();

        List<String> agencies = new ArrayList<>();
        referrals.forEach(referral -> agencies.add(referral.get("agencyId").asString()));
        // Needs were POLICE, MEDICAL and PSYCHOSOCIAL; consent covered police and health only.
        assertThat(agencies).containsExactlyInAnyOrder("ubnd-hoan-kiem", "police-hoan-kiem", "health-hoan-kiem");
    }

    @Test
    void peopleOutsideTheCasesScopeSeeNothing() {
        GbvClient client = new GbvClient(stack.endpoints().issuer());
        var endpoints = stack.endpoints();

        assertThat(client.get(endpoints.intake() + "/api/cases/" + outcome.caseId(), client.login("minh", "demo"))
                .status()).isEqualTo(404);
        assertThat(client.get(endpoints.intake() + "/api/cases/" + outcome.caseId(), client.login("police.hk", "demo"))
                .status()).isEqualTo(403);
        assertThat(client.get(endpoints.audit() + "/api/audit/cases/" + outcome.caseId() + "/timeline",
                client.login("lan", "demo")).status()).isEqualTo(403);
        JsonNode healthInbox = client.get(endpoints.referral() + "/api/referrals/inbox",
                client.login("health.hk", "demo")).body();
        healthInbox.forEach(item -> assertThat(item.get("agencyId").asString()).isEqualTo("health-hoan-kiem"));
    }

    /**
     * Security review F1 across the services: the police officer opens the survivor's contact details through
     * referral, which exchanges her token at the authorization server for one naming referral as actor; intake
     * checks that token, the open police referral and consent. A service's own token gets nothing from intake.
     */
    @Test
    void theOfficerOpensContactDetailsThroughReferralAndNoServiceTokenCan() throws Exception {
        GbvClient client = new GbvClient(stack.endpoints().issuer());
        var endpoints = stack.endpoints();
        String police = client.login("police.hk", "demo");
        String referralId = null;
        for (JsonNode item : client.get(endpoints.referral() + "/api/referrals/inbox", police).body()) {
            if (item.get("caseId").asString().equals(outcome.caseId())) {
                referralId = item.get("id").asString();
            }
        }
        String opened = endpoints.referral() + "/api/referrals/" + referralId + "/contact-details";

        JsonNode contacts = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> client.post(opened, police, "{}"), answer -> answer.status() == 200).body();

        assertThat(contacts.get("fullName").asString()).isEqualTo(CANARY_NAME);
        var http = java.net.http.HttpClient.newHttpClient();
        String serviceToken = tools.jackson.databind.json.JsonMapper.builder().build().readTree(http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoints.issuer() + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "audit-service:audit-service-secret".getBytes(StandardCharsets.UTF_8)))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body())
                .path("access_token").asString();
        assertThat(client.get(endpoints.intake() + "/api/cases/" + outcome.caseId()
                + "/disclosure?agencyId=police-hoan-kiem&agencyType=POLICE&onBehalfOf=police.hk", serviceToken)
                .status()).isEqualTo(403);
        assertThat(client.get(endpoints.intake() + "/api/cases/" + outcome.caseId() + "/disclosure", police)
                .status()).isEqualTo(403);
    }

    /**
     * Issue 5 across the services: a follow-up that finds a new need brings a new referral into the agency's inbox
     * (within consent), and a closure approved by a supervisor (four eyes) closes the case in intake too.
     */
    @Test
    void aNewNeedFoundAtFollowUpReachesTheAgencyAndASupervisedClosureClosesTheCase() {
        GbvClient client = new GbvClient(stack.endpoints().issuer());
        var endpoints = stack.endpoints();
        String lan = client.login("lan", "demo");
        String caseId = client.post(endpoints.intake() + "/api/cases", lan, """
                {"ward": "hoan-kiem",
                 "survivor": {"fullName": "Trần Thị Theo Dõi", "phone": "0913000222", "birthYear": 1988, "sex": "FEMALE"},
                 "incident": {"type": "PSYCHOLOGICAL_ABUSE", "occurredOn": "2026-11-20"},
                 "risk": {"level": "MEDIUM"}, "needs": ["PSYCHOSOCIAL"],
                 "consent": {"services": true, "shareWith": ["PSYCHOSOCIAL", "LEGAL_AID"]}}
                """).body().get("id").asString();
        assertThat(client.post(endpoints.intake() + "/api/cases/" + caseId + "/verification", client.login("hoa", "demo"),
                "{\"decision\": \"VERIFIED\"}").status()).isEqualTo(200);

        JsonNode firstCheck = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> client.get(endpoints.followup() + "/api/followups?caseId=" + caseId, lan).body(),
                list -> list != null && !list.isEmpty()).get(0);
        assertThat(client.post(endpoints.followup() + "/api/followups/" + firstCheck.get("id").asString() + "/record",
                lan, """
                {"contactMade": true, "channel": "PHONE", "survivorSafe": true, "newNeeds": ["LEGAL"],
                 "notes": "She asks about a divorce."}
                """).status()).isEqualTo(200);

        String legalAid = client.login("legal.hn", "demo");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                client.get(endpoints.referral() + "/api/referrals/inbox", legalAid).body().toString())
                .contains(caseId));
        assertThat(client.get(endpoints.intake() + "/api/cases/" + caseId, lan).body().get("status").asString())
                .isIn("REFERRED", "IN_FOLLOW_UP");

        assertThat(client.post(endpoints.followup() + "/api/followups/cases/" + caseId + "/closure-request", lan,
                "{\"reason\": \"SERVICES_COMPLETED\"}").status()).isEqualTo(200);
        assertThat(client.post(endpoints.followup() + "/api/followups/cases/" + caseId + "/closure-request/approval",
                client.login("supervisor", "demo"), "{}").status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                client.get(endpoints.intake() + "/api/cases/" + caseId, lan).body().get("status").asString())
                .isEqualTo("CLOSED"));
    }

    @Test
    void theSurvivorsNameAndPhoneAppearInNoKafkaRecordAndNoLogLine(CapturedOutput output) {
        List<String> records = allRecords();

        assertThat(records).as("records on the topics").isNotEmpty()
                .anySatisfy(record -> assertThat(record).contains(outcome.caseId()));
        assertThat(records).noneMatch(record -> record.contains(CANARY_NAME) || record.contains(CANARY_PHONE)
                || record.contains(CANARY_PHONE.substring(1)));
        // The services logged the run (so this looks at real log lines), and not her name or phone.
        assertThat(output.getAll()).contains(outcome.caseId())
                .doesNotContain(CANARY_NAME).doesNotContain(CANARY_PHONE);
        assertThat(demoOutput).doesNotContain(CANARY_NAME).doesNotContain(CANARY_PHONE);
    }

    private static List<String> allRecords() {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "canary-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(java.util.regex.Pattern.compile("gbv\\..*"));
            List<String> values = new ArrayList<>();
            int emptyPollsAfterData = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // Read until the topics are drained (a few empty polls once data has come) or time is up.
            while (emptyPollsAfterData < 4 && System.nanoTime() < deadline) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (polled.isEmpty() && !values.isEmpty()) {
                    emptyPollsAfterData++;
                }
                for (ConsumerRecord<String, String> record : polled) {
                    values.add(record.key() + " " + record.value());
                }
            }
            return values;
        }
    }
}
