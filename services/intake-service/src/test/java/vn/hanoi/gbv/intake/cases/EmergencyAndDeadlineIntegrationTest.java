package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.cases.application.VerificationDeadlineWatch;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents.Event;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Time matters twice: a survivor in immediate danger is referred before anyone verifies her case, and a case no
 * verifier has looked at within a day is escalated to supervisors, once.
 */
class EmergencyAndDeadlineIntegrationTest extends IntakeIntegrationTest {

    private static final Duration DEADLINE = Duration.ofHours(24);

    @Autowired
    VerificationDeadlineWatch watch;

    private final String ward = TestData.ward("soc-son");
    private final String lan = counsellor("lan", ward);

    // --- emergency fast-track ---

    @Test
    void aCaseInImmediateDangerIsAnnouncedAsAnEmergencyBeforeAnyVerification() throws Exception {
        JsonNode answer = registered(lan, CaseBody.unique(ward).risk("IMMEDIATE_DANGER"));
        String id = answer.path("id").asString();

        assertThat(answer.path("status").asString()).isEqualTo("REGISTERED");
        List<Event> published = events().awaitCase(id,
                events -> events.stream().anyMatch(e -> e.type().equals("EmergencyCaseRegistered")));
        assertThat(published).extracting(Event::type).containsExactly("CaseRegistered", "EmergencyCaseRegistered");
        JsonNode emergency = published.get(1).payload();
        assertThat(emergency.path("riskLevel").asString()).isEqualTo("IMMEDIATE_DANGER");
        assertThat(emergency.path("ward").asString()).isEqualTo(ward);
        assertThat(RegistrationIntegrationTest.texts(emergency.path("consentedAgencyTypes")))
                .containsExactlyInAnyOrder("POLICE", "HEALTH");
    }

    @Test
    void lowRiskWithStrangulationAndAccessIsRaisedToImmediateDangerAndFastTracked() throws Exception {
        JsonNode answer = registered(lan, CaseBody.unique(ward).risk("LOW", "STRANGULATION", "PERPETRATOR_ACCESS"));
        String id = answer.path("id").asString();

        assertThat(answer.path("risk").path("givenLevel").asString()).isEqualTo("LOW");
        assertThat(answer.path("risk").path("level").asString()).isEqualTo("IMMEDIATE_DANGER");
        assertThat(RegistrationIntegrationTest.texts(answer.path("risk").path("raisedBy")))
                .containsExactly("lethal-threat-with-access");
        assertThat(events().awaitCase(id, events -> events.size() >= 2)).extracting(Event::type)
                .containsExactly("CaseRegistered", "EmergencyCaseRegistered");
    }

    @Test
    void aHighRiskCaseWaitsForVerification() throws Exception {
        String id = registered(lan, CaseBody.unique(ward).risk("HIGH")).path("id").asString();

        assertThat(publishedUntilNextRead(id)).extracting(Event::type).containsExactly("CaseRegistered");
    }

    // --- verification deadline ---

    @Test
    void aCaseLeftUnverifiedPastItsDeadlineEscalatesOnce() throws Exception {
        JsonNode registered = registered(lan, CaseBody.unique(ward));
        String id = registered.path("id").asString();
        Instant registeredAt = Instant.parse(registered.path("registeredAt").asString());

        clock.advance(DEADLINE.minusMinutes(1));
        watch.escalateOverdueNow();
        read(lan, id).andExpect(jsonPath("$.verificationOverdueAt").doesNotExist());

        clock.advance(Duration.ofMinutes(2));
        assertThat(watch.escalateOverdueNow()).isPositive();
        assertThat(watch.escalateOverdueNow()).isZero();

        read(lan, id).andExpect(jsonPath("$.verificationOverdueAt").isNotEmpty());
        List<Event> overdue = eventsUntilNextRead(id, "CaseVerificationOverdue");
        assertThat(overdue).hasSize(1);
        assertThat(Instant.parse(overdue.get(0).payload().path("deadline").asString()))
                .isEqualTo(registeredAt.plus(DEADLINE));
        assertThat(overdue.get(0).actor().path("role").asString()).isEqualTo("SERVICE");
    }

    @Test
    void aVerifiedCaseNeverEscalates() throws Exception {
        String id = registered(lan, CaseBody.unique(ward)).path("id").asString();
        mvc.perform(post("/api/cases/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, verifier("hoa", ward))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VERIFIED\"}"))
                .andExpect(status().isOk());

        clock.advance(DEADLINE.multipliedBy(3));
        watch.escalateOverdueNow();

        read(lan, id).andExpect(jsonPath("$.verificationOverdueAt").doesNotExist());
        assertThat(eventsUntilNextRead(id, "CaseVerificationOverdue")).isEmpty();
    }

    @Test
    void twoWatchersRunningAtOnceEscalateEachCaseOnce() throws Exception {
        // Escalate whatever other tests left unverified, so that only this test's cases are overdue below.
        clock.advance(DEADLINE.plusHours(1));
        while (watch.escalateOverdueNow() > 0) {
            // until nothing is left
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(registered(lan, CaseBody.unique(ward)).path("id").asString());
        }
        clock.advance(DEADLINE.plusHours(1));

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> pass = () -> {
            start.await();
            return watch.escalateOverdueNow();
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = instances.submit(pass);
            Future<Integer> second = instances.submit(pass);
            start.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS)).isEqualTo(ids.size());
        } finally {
            instances.shutdownNow();
        }

        assertThat(watch.escalateOverdueNow()).isZero();
        for (String id : ids) {
            assertThat(eventsUntilNextRead(id, "CaseVerificationOverdue")).hasSize(1);
        }
    }

    /**
     * The case's records up to the access event of a read made now: the relay publishes a case's events in
     * order, so anything the test caused before the read has been published by then.
     */
    private List<Event> publishedUntilNextRead(String id) throws Exception {
        int accessesBefore = events().ofCase(id, "CaseAccessed").size();
        read(lan, id).andExpect(status().isOk());
        List<Event> all = events().awaitCase(id,
                events -> events.stream().filter(e -> e.type().equals("CaseAccessed")).count() > accessesBefore);
        return all.stream().filter(e -> !e.type().equals("CaseAccessed")).toList();
    }

    private List<Event> eventsUntilNextRead(String id, String type) throws Exception {
        return publishedUntilNextRead(id).stream().filter(e -> e.type().equals(type)).toList();
    }
}
