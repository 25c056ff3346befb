package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.config.SlaProperties;
import vn.hanoi.gbv.referral.referrals.application.AcknowledgementWatch;
import vn.hanoi.gbv.referral.referrals.application.ReferralDecisions;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * The acknowledgement SLA with a controllable clock: a HIGH-risk referral (4 h) escalates once past its
 * deadline, even with two passes at once and after a "restart" (a new watch over the same database); an
 * acknowledged one never does.
 */
class AcknowledgementSlaIntegrationTest extends ReferralIntegrationTest {

    static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");

    @Autowired
    ReferralRouting routing;

    @Autowired
    Referrals referrals;

    @Autowired
    AcknowledgementWatch watch;

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    SlaProperties properties;

    @Autowired
    MongoTemplate mongo;

    private String policeReferralOfNewCase(String caseId) {
        routing.route(UUID.randomUUID(), verifiedCase(caseId, "hoan-kiem", Set.of(Need.POLICE),
                Set.of(AgencyType.POLICE)));
        return Referral.idFor(caseId, "police-hoan-kiem");
    }

    private long escalationsPublished(String caseId, String referralId) {
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("caseId").is(caseId).and("outbox.0").exists(true)), "referrals") == 0);
        return recordsSoFar(Topics.REFERRAL, event("ReferralEscalated", caseId)).stream()
                .filter(record -> record.value().contains(referralId)).count();
    }

    @Test
    void anUnacknowledgedReferralEscalatesOnceEvenWithTwoPassesAtOnceAndAfterARestart() throws Exception {
        String caseId = newCaseId();
        String referralId = policeReferralOfNewCase(caseId);
        Referral sent = referrals.byId(referralId).orElseThrow();
        assertThat(sent.acknowledgeBy()).isEqualTo(sent.createdAt().plus(Duration.ofHours(4)));

        // Before the deadline: nothing.
        clock.advance(Duration.ofHours(3).plusMinutes(59));
        watch.escalateOverdueNow();
        assertThat(referrals.byId(referralId).orElseThrow().escalatedAt()).isNull();

        // Past it, two passes at the same moment (as two instances without the lock would run them).
        clock.advance(Duration.ofMinutes(2));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> passes = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return watch.escalateOverdueNow();
        })).toList();
        passes.forEach(CompletableFuture::join);

        Referral escalated = referrals.byId(referralId).orElseThrow();
        assertThat(escalated.escalatedAt()).isNotNull();
        assertThat(escalated.status().name()).isEqualTo("SENT");

        // A restarted service: a new watch reading the same database finds it done.
        var restarted = new AcknowledgementWatch(referrals, decisions, properties, clock);
        clock.advance(Duration.ofHours(1));
        restarted.escalateOverdueNow();

        assertThat(escalationsPublished(caseId, referralId)).isEqualTo(1);
    }

    @Test
    void aReferralAcknowledgedInTimeNeverEscalates() throws Exception {
        String caseId = newCaseId();
        String referralId = policeReferralOfNewCase(caseId);

        mvc.perform(post("/api/referrals/" + referralId + "/acknowledge").header(HttpHeaders.AUTHORIZATION, POLICE_HK))
                .andExpect(status().isOk());
        clock.advance(Duration.ofDays(2));
        watch.escalateOverdueNow();

        assertThat(referrals.byId(referralId).orElseThrow().escalatedAt()).isNull();
        assertThat(escalationsPublished(caseId, referralId)).isZero();
    }

    @Test
    void aRestartBetweenADeclineAndItsReRouteIsFinishedByThePassToTheAgencyChosen() {
        String caseId = newCaseId();
        routing.route(UUID.randomUUID(), verifiedCase(caseId, "suoi-hai", Set.of(Need.SAFETY),
                Set.of(AgencyType.SHELTER)));
        String local = Referral.idFor(caseId, "trusted-address-suoi-hai");
        // The decline was saved (with its chosen next agency) and the service stopped before making the referral.
        Referral declined = referrals.byId(local).orElseThrow();
        var shelterOfficer = new vn.hanoi.gbv.referral.referrals.domain.Staff("shelter.sh",
                Set.of("AGENCY_OFFICER"), null, "trusted-address-suoi-hai");
        declined.decline(shelterOfficer, "full", new vn.hanoi.gbv.referral.directory.domain.Agency("peace-house",
                "x", "x", AgencyType.SHELTER, Set.of(), true), clock.instant());
        referrals.update(declined, ReferralRoutingActor.SERVICE);

        assertThat(watch.finishInterruptedReroutesNow()).isZero(); // within the grace period: the request's own job
        clock.advance(properties.rerouteGrace().plusSeconds(1));
        watch.finishInterruptedReroutesNow();

        assertThat(referrals.byId(Referral.idFor(caseId, "peace-house"))).hasValueSatisfying(
                next -> assertThat(next.reroutedFrom()).isEqualTo(local));
        assertThat(referrals.byId(local).orElseThrow().reroutePending()).isFalse();
        assertThat(watch.finishInterruptedReroutesNow()).isZero();
    }

    /** The actor the service records for what it does itself. */
    private static final class ReferralRoutingActor {
        static final vn.hanoi.gbv.events.Actor SERVICE = vn.hanoi.gbv.events.Actor.service("referral-service");
    }
}
