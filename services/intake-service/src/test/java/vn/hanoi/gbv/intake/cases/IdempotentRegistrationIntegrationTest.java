package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * A counsellor's phone that lost its connection sends the registration again with the same Idempotency-Key:
 * she gets the case she already registered, and referral hears of it once.
 */
class IdempotentRegistrationIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("tay-ho");
    private final String lan = counsellor("lan", ward);

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheSameCaseOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        CaseBody body = CaseBody.unique(ward);

        String id = json(register(lan, body, key).andExpect(status().isCreated()).andReturn()).path("id").asString();
        register(lan, body, key)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/cases/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.survivor.fullName").value(body.fullName()));

        assertThat(storedCasesOfWard(ward)).isEqualTo(1);
        // A read after the retry is published after anything the retry could have caused.
        read(lan, id).andExpect(status().isOk());
        events().await(id, "CaseAccessed");
        assertThat(events().ofCase(id, "CaseRegistered")).hasSize(1);
    }

    @Test
    void aRetryIsRecognisedWhateverOrderItsSetsComeIn() throws Exception {
        // Sets have no order: a retry whose sets are serialised in another order (another client library,
        // or the same request reaching another instance of intake) is still the same request.
        String key = UUID.randomUUID().toString();
        CaseBody body = CaseBody.unique(ward);
        body.shareWith("POLICE", "HEALTH", "LEGAL_AID", "SHELTER", "PSYCHOSOCIAL", "SOCIAL_PROTECTION",
                "PEOPLES_COMMITTEE", "WOMENS_UNION");
        body.json().putArray("needs").add("MEDICAL").add("PSYCHOSOCIAL").add("LEGAL").add("SAFETY").add("POLICE")
                .add("ECONOMIC");
        CaseBody reordered = body.copy();
        reverse((ArrayNode) reordered.consent().get("shareWith"));
        reverse((ArrayNode) reordered.json().get("needs"));

        String id = json(register(lan, body, key).andExpect(status().isCreated()).andReturn()).path("id").asString();

        register(lan, reordered, key).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(storedCasesOfWard(ward)).isEqualTo(1);
    }

    @Test
    void twoCopiesOfTheSameRequestArrivingAtOnceMakeOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        CaseBody body = CaseBody.unique(ward);
        CountDownLatch start = new CountDownLatch(1);
        Callable<MvcResult> send = () -> {
            start.await();
            return register(lan, body, key).andReturn();
        };
        ExecutorService phones = Executors.newFixedThreadPool(2);
        List<MvcResult> answers;
        try {
            Future<MvcResult> first = phones.submit(send);
            Future<MvcResult> second = phones.submit(send);
            start.countDown();
            answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            phones.shutdownNow();
        }

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
                .containsExactlyInAnyOrder(201, 200);
        assertThat(json(answers.get(0)).path("id")).isEqualTo(json(answers.get(1)).path("id"));
        assertThat(storedCasesOfWard(ward)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        CaseBody body = CaseBody.unique(ward);
        String id = json(register(lan, body, key).andExpect(status().isCreated()).andReturn()).path("id").asString();
        CaseBody another = body.copy();
        another.risk("HIGH");

        register(lan, another, key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

        assertThat(storedCasesOfWard(ward)).isEqualTo(1);
        read(lan, id).andExpect(jsonPath("$.risk.level").value("MEDIUM"));
    }

    @Test
    void theSameKeyFromAnotherCounsellorIsAnotherCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = json(register(lan, CaseBody.unique(ward), key).andExpect(status().isCreated()).andReturn())
                .path("id").asString();

        register(counsellor("thu", ward), CaseBody.unique(ward), key)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.not(first)));
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingIsStored() throws Exception {
        register(lan, CaseBody.unique(ward), "short")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        register(lan, CaseBody.unique(ward), "has spaces and/slashes " + UUID.randomUUID())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

        assertThat(storedCasesOfWard(ward)).isZero();
    }

    private ResultActions register(String token, CaseBody body, String key) throws Exception {
        return mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private static void reverse(ArrayNode array) {
        JsonNode[] items = array.valueStream().toArray(JsonNode[]::new);
        array.removeAll();
        for (int i = items.length - 1; i >= 0; i--) {
            array.add(items[i]);
        }
    }
}
