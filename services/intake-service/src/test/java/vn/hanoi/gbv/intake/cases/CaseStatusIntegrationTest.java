package vn.hanoi.gbv.intake.cases;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.CaseReopened;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.ReopenCause;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.events.EventCatalog;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;

/** The status a counsellor sees follows what referral and follow-up publish, even when told twice. */
class CaseStatusIntegrationTest extends IntakeIntegrationTest {

    /** As the topic's owner writes it: intake refuses referral's or follow-up's events from anyone else. */
    private void publish(CaseEvent event, Actor actor) throws Exception {
        String producer = EventCatalog.of(event).topic().equals(Topics.REFERRAL) ? "referral-service" : "followup-service";
        OutboxMessage message = new EventEnvelopes(JSON, clock, producer).toOutbox(event, actor);
        kafka.send(message.topic(), message.key(), message.payload()).get();
        kafka.send(message.topic(), message.key(), message.payload()).get(); // redelivered
    }

    private void awaitStatus(String token, String caseId, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                org.assertj.core.api.Assertions.assertThat(json(read(token, caseId).andReturn()).get("status")
                        .asString()).isEqualTo(status));
    }

    @Test
    void aCaseMovesFromVerifiedToReferredToInFollowUpToClosedAndBack() throws Exception {
        String lan = counsellor("lan", "hoan-kiem");
        JsonNode registered = registered(lan, CaseBody.unique("hoan-kiem"));
        String caseId = registered.get("id").asString();
        mvc.perform(post("/api/cases/" + caseId + "/verification")
                .header(HttpHeaders.AUTHORIZATION, verifier("hoa", "hoan-kiem"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VERIFIED\"}"));
        Actor referralService = Actor.service("referral-service");
        String referralId = UUID.randomUUID().toString();

        publish(new ReferralCreated(caseId, referralId, "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem",
                Need.POLICE, RiskLevel.HIGH), referralService);
        awaitStatus(lan, caseId, "REFERRED");

        publish(new ReferralAccepted(caseId, referralId, "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem",
                RiskLevel.HIGH), new Actor("police.hk", "AGENCY_OFFICER", null, "police-hoan-kiem"));
        awaitStatus(lan, caseId, "IN_FOLLOW_UP");

        publish(new CaseClosed(caseId, "hoan-kiem", ClosureCause.SERVICES_COMPLETED, "lan"),
                new Actor("supervisor", "SUPERVISOR", null, null));
        awaitStatus(lan, caseId, "CLOSED");

        publish(new CaseReopened(caseId, "hoan-kiem", ReopenCause.values()[0]),
                new Actor("supervisor", "SUPERVISOR", null, null));
        awaitStatus(lan, caseId, "IN_FOLLOW_UP");
    }
}
