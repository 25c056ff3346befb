package vn.hanoi.gbv.referral.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * Security review F3, the consumers' part: a CaseVerified on intake's topic that does not come from intake (its
 * envelope names another producer) creates no referral; it is parked on the dead-letter topic. With broker ACLs in
 * place nobody but intake can write that topic at all; this check is what is left where there are none.
 */
class ForgedEventsIntegrationTest extends ReferralIntegrationTest {

    @Autowired
    Referrals referrals;

    @Test
    void aCaseVerifiedFromAnotherProducerIsParkedAndCreatesNoReferral() throws Exception {
        String caseId = newCaseId();
        var widened = verifiedCase(caseId, "hoan-kiem", Set.of(Need.SAFETY, Need.PSYCHOSOCIAL),
                Set.of(AgencyType.SHELTER, AgencyType.PSYCHOSOCIAL));
        String forged = new EventEnvelopes(json, Clock.systemUTC(), "kcat")
                .toOutbox(widened, new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null)).payload();

        publish(Topics.INTAKE, caseId, forged);

        assertThat(awaitRecords(Topics.deadLetter(Topics.INTAKE), record -> caseId.equals(record.key()), 1))
                .singleElement().satisfies(record -> assertThat(record.value()).isEqualTo(forged));
        TestInfrastructure.awaitConsumed("referral-service", Topics.INTAKE);
        assertThat(referrals.ofCase(caseId)).isEmpty();
    }
}
