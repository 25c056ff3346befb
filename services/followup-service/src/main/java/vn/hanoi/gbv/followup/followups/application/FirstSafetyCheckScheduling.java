package vn.hanoi.gbv.followup.followups.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;

/**
 * An agency accepted a referral: the case gets its first safety check, unless an earlier acceptance (or an
 * earlier delivery of this one) already gave it one.
 */
@Service
public class FirstSafetyCheckScheduling {

    static final Actor FOLLOWUP_SERVICE = Actor.service("followup-service");
    private static final Logger log = LoggerFactory.getLogger(FirstSafetyCheckScheduling.class);

    private final FollowUps followUps;
    private final FollowUpPlanPolicy policy;
    private final Clock clock;

    public FirstSafetyCheckScheduling(FollowUps followUps, FollowUpPlanPolicy policy, Clock clock) {
        this.followUps = followUps;
        this.policy = policy;
        this.clock = clock;
    }

    /** Returns true if this acceptance scheduled the check, false if the case had one already. */
    public boolean schedule(ReferralAccepted accepted, Instant acceptedAt) {
        FollowUp followUp = FollowUp.firstSafetyCheck(accepted, acceptedAt, policy, clock.instant());
        boolean scheduled = followUps.addIfAbsent(followUp, FOLLOWUP_SERVICE);
        if (!scheduled) {
            log.debug("Case {} already has its first safety check; acceptance of referral {} changes nothing",
                    accepted.caseId(), accepted.referralId());
        }
        return scheduled;
    }
}
