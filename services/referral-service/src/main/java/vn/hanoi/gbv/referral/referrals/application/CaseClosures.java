package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * A case was closed (follow-up's supervised closure): its referrals no agency has taken up yet (SENT or
 * ACKNOWLEDGED) are revoked with cause CASE_CLOSED. Accepted ones stay with their agency, which completes them;
 * finished ones are history. Repeating the event changes nothing: a revoked referral is not revoked again.
 */
@Service
public class CaseClosures {

    private static final Logger log = LoggerFactory.getLogger(CaseClosures.class);

    private final Referrals referrals;
    private final ReferredCases cases;
    private final Clock clock;

    public CaseClosures(Referrals referrals, ReferredCases cases, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.clock = clock;
    }

    /** Returns the referrals revoked now. */
    public int on(UUID eventId, CaseClosed closed) {
        if (cases.byId(closed.caseId()).isEmpty()) {
            log.info("Case {}: closure (event {}) ignored: case not known here", closed.caseId(), eventId);
            return 0;
        }
        int revoked = 0;
        for (Referral referral : referrals.ofCase(closed.caseId())) {
            if (referral.revokeForClosedCase(ReferralRouting.ROUTER.id(), clock.instant())) {
                // A concurrent change fails the version check and the listener retries the event.
                referrals.update(referral, ReferralRouting.ROUTER);
                revoked++;
            }
        }
        log.info("Case {}: closed (event {}), {} referrals revoked", closed.caseId(), eventId, revoked);
        return revoked;
    }
}
