package vn.hanoi.gbv.referral.nocontact.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntSupplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.nocontact.application.NoContactWatch;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequests;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactStatus;
import vn.hanoi.gbv.referral.referrals.domain.CaseFacts;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;

/**
 * The no-contact decision through the API, the watch and the topic: filed by the ward's counsellor or police,
 * decided by the ward's committee within 12 hours (never after), overdue and expiry once each even with two passes
 * at once, other wards told "not found", and no written reason ever on Kafka.
 */
class NoContactIntegrationTest extends ReferralIntegrationTest {

    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");
    static final String MINH = token("minh", "suoi-hai", null, "COUNSELLOR");
    static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");
    static final String HEALTH_HK = token("health.hk", null, "health-hoan-kiem", "AGENCY_OFFICER");
    static final String UBND_HK = token("ubnd.hk", "hoan-kiem", "ubnd-hoan-kiem", "COMMITTEE_OFFICER");
    static final String UBND_SH = token("ubnd.sh", "suoi-hai", "ubnd-suoi-hai", "COMMITTEE_OFFICER");
    static final String SUPERVISOR = token("supervisor", null, null, "SUPERVISOR");

    @Autowired
    ReferredCases cases;

    @Autowired
    NoContactRequests requests;

    @Autowired
    NoContactWatch watch;

    @Autowired
    MongoTemplate mongo;

    private String knownCase(String ward) {
        String caseId = newCaseId();
        cases.save(new CaseFacts(caseId, "GBV-" + caseId.substring(0, 8), ward, IncidentType.PHYSICAL_ASSAULT,
                RiskLevel.HIGH, Set.of(AgencyType.POLICE)));
        return caseId;
    }

    private ResultActions file(String token, String caseId, String onBehalfOf) throws Exception {
        return mvc.perform(post("/api/no-contact").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\":\"" + caseId + "\",\"onBehalfOf\":\"" + onBehalfOf + "\"}"));
    }

    private String filed(String caseId) throws Exception {
        String body = file(LAN, caseId, "SURVIVOR_REQUEST").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("id").asString();
    }

    private ResultActions decide(String token, String requestId, String body) throws Exception {
        return mvc.perform(post("/api/no-contact/" + requestId + "/decision").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String issued(Instant until) {
        return "{\"outcome\":\"ISSUED\",\"validUntil\":\"" + until + "\"}";
    }

    /** Every no-contact event of the case on the topic, once the outbox of its requests is empty. */
    private List<String> publishedOf(String caseId, String type) {
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("caseId").is(caseId).and("outbox.0").exists(true)), "noContactRequests") == 0);
        return recordsSoFar(Topics.REFERRAL, event(type, caseId)).stream().map(record -> record.value()).toList();
    }

    @Test
    void aCounsellorFilesAndTheWardsCommitteeIssuesWithinTwelveHours() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);
        clock.advance(Duration.ofHours(11));

        decide(UBND_HK, requestId, issued(clock.instant().plus(Duration.ofDays(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.recipients", Matchers.containsInAnyOrder("SURVIVOR_COUNSELLOR", "WARD_POLICE",
                        "RESIDENTIAL_GROUP_HEAD")));
        mvc.perform(get("/api/no-contact").param("caseId", caseId).header(HttpHeaders.AUTHORIZATION, POLICE_HK))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(requestId));

        assertThat(publishedOf(caseId, "NoContactRequested")).singleElement().asString()
                .contains("\"onBehalfOf\":\"SURVIVOR_REQUEST\"", "\"committeeAgencyId\":\"ubnd-hoan-kiem\"");
        assertThat(publishedOf(caseId, "NoContactIssued")).singleElement().asString()
                .contains("\"role\":\"COMMITTEE_OFFICER\"", "RESIDENTIAL_GROUP_HEAD");
    }

    @Test
    void aValidityOfMoreThanThreeDaysIsRefused() throws Exception {
        String requestId = filed(knownCase("hoan-kiem"));
        decide(UBND_HK, requestId, issued(clock.instant().plus(Duration.ofDays(3)).plusSeconds(60)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        assertThat(requests.byId(requestId).orElseThrow().status()).isEqualTo(NoContactStatus.REQUESTED);
    }

    @Test
    void aDecisionPastItsDeadlineIsRefusedAndNothingChanges() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);
        clock.advance(Duration.ofHours(12).plusMinutes(1));

        decide(UBND_HK, requestId, issued(clock.instant().plus(Duration.ofDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("12 hours")));
        decide(UBND_HK, requestId, "{\"outcome\":\"REFUSED\",\"reasons\":\"too late anyway\"}")
                .andExpect(status().isUnprocessableContent());

        var unchanged = requests.byId(requestId).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(NoContactStatus.REQUESTED);
        assertThat(unchanged.version()).isZero();
        assertThat(publishedOf(caseId, "NoContactIssued")).isEmpty();
        assertThat(publishedOf(caseId, "NoContactRefused")).isEmpty();
    }

    @Test
    void anUndecidedRequestEscalatesOnceWithTwoPassesAtOnce() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        watch.escalateOverdueNow();
        assertThat(requests.byId(requestId).orElseThrow().overdueAt()).isNull();

        clock.advance(Duration.ofMinutes(2));
        // Requests of other tests in the same database may fall due too: count this one's events below.
        together(watch::escalateOverdueNow);
        clock.advance(Duration.ofHours(1));
        new NoContactWatch(requests, clock).escalateOverdueNow(); // a restarted service finds it done

        assertThat(requests.byId(requestId).orElseThrow().overdueAt()).isNotNull();
        assertThat(publishedOf(caseId, "NoContactDecisionOverdue")).hasSize(1);
        // Past the deadline a new request may be filed; the overdue one is no longer decidable.
        file(LAN, caseId, "SURVIVOR_REQUEST").andExpect(status().isCreated());
    }

    @Test
    void anIssuedDecisionExpiresOnceWithTwoPassesAtOnce() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);
        Instant until = clock.instant().plus(Duration.ofDays(2));
        decide(UBND_HK, requestId, issued(until)).andExpect(status().isOk());

        clock.advance(Duration.ofDays(2).minusMinutes(1));
        watch.expireEndedNow();
        assertThat(requests.byId(requestId).orElseThrow().status()).isEqualTo(NoContactStatus.ISSUED);
        clock.advance(Duration.ofMinutes(2));
        together(watch::expireEndedNow);
        watch.expireEndedNow();

        assertThat(requests.byId(requestId).orElseThrow().status()).isEqualTo(NoContactStatus.EXPIRED);
        assertThat(publishedOf(caseId, "NoContactExpired")).hasSize(1);
        mvc.perform(post("/api/no-contact/" + requestId + "/cancel").header(HttpHeaders.AUTHORIZATION, UBND_HK)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cause\":\"NO_LONGER_NEEDED\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theChairCancelsAnIssuedDecision() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);
        decide(UBND_HK, requestId, issued(clock.instant().plus(Duration.ofDays(1)))).andExpect(status().isOk());

        mvc.perform(post("/api/no-contact/" + requestId + "/cancel").header(HttpHeaders.AUTHORIZATION, UBND_HK)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cause\":\"SURVIVOR_REQUEST\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        clock.advance(Duration.ofDays(2));
        watch.expireEndedNow();
        assertThat(requests.byId(requestId).orElseThrow().status()).isEqualTo(NoContactStatus.CANCELLED);
        assertThat(publishedOf(caseId, "NoContactCancelled")).singleElement().asString()
                .contains("\"cause\":\"SURVIVOR_REQUEST\"");
        assertThat(publishedOf(caseId, "NoContactExpired")).isEmpty();
    }

    @Test
    void aRefusalsWrittenReasonsStayInMongoAndNeverReachKafka() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);
        String reasons = "Ông Trần Văn B đã chuyển khỏi địa bàn";

        decide(UBND_HK, requestId, "{\"outcome\":\"REFUSED\",\"reasons\":\"" + reasons + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.refusalGroundsRecorded").value(true))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain("Trần"));
        decide(UBND_HK, requestId, "{\"outcome\":\"REFUSED\"}").andExpect(status().isConflict());

        assertThat(requests.byId(requestId).orElseThrow().snapshot().refusalGrounds()).isEqualTo(reasons);
        assertThat(publishedOf(caseId, "NoContactRefused")).hasSize(1);
        assertThat(recordsSoFar(Topics.REFERRAL, record -> record.value().contains(caseId)))
                .isNotEmpty().noneMatch(record -> record.value().contains("Trần") || record.value().contains("địa bàn"));
    }

    @Test
    void anotherWardsCommitteeOrCounsellorAndUnknownCasesAreNotFound() throws Exception {
        String caseId = knownCase("hoan-kiem");
        String requestId = filed(caseId);

        decide(UBND_SH, requestId, issued(clock.instant().plus(Duration.ofDays(1)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/no-contact/" + requestId).header(HttpHeaders.AUTHORIZATION, UBND_SH))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/no-contact").param("caseId", caseId).header(HttpHeaders.AUTHORIZATION, MINH))
                .andExpect(status().isNotFound());
        file(MINH, caseId, "SURVIVOR_REQUEST").andExpect(status().isNotFound());
        file(HEALTH_HK, caseId, "SURVIVOR_REQUEST").andExpect(status().isNotFound());
        file(LAN, newCaseId(), "SURVIVOR_REQUEST").andExpect(status().isNotFound());
        decide(LAN, requestId, issued(clock.instant().plus(Duration.ofDays(1)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/no-contact/" + requestId).header(HttpHeaders.AUTHORIZATION, SUPERVISOR))
                .andExpect(status().isOk());

        assertThat(requests.byId(requestId).orElseThrow().status()).isEqualTo(NoContactStatus.REQUESTED);
    }

    @Test
    void policeOfTheWardFileOnOwnInitiativeWhenLifeIsThreatenedButNotAgainstTheSurvivorsRefusal() throws Exception {
        String caseId = knownCase("hoan-kiem");
        mvc.perform(post("/api/no-contact").header(HttpHeaders.AUTHORIZATION, POLICE_HK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":\"" + caseId + "\",\"onBehalfOf\":\"LIFE_THREATENED\","
                                + "\"survivorRefuses\":true}"))
                .andExpect(status().isUnprocessableContent());
        file(POLICE_HK, caseId, "LIFE_THREATENED").andExpect(status().isCreated())
                .andExpect(jsonPath("$.committeeAgencyId").value("ubnd-hoan-kiem"));
        // One request awaits the chair at a time.
        file(LAN, caseId, "SURVIVOR_REQUEST").andExpect(status().isConflict());
    }

    /** Runs two passes at the same moment (as two instances without the lock would); returns their total. */
    private static int together(IntSupplier pass) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> passes = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return pass.getAsInt();
        })).toList();
        return passes.stream().mapToInt(CompletableFuture::join).sum();
    }
}
