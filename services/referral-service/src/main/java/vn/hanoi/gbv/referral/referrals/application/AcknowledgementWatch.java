package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.referral.config.SlaProperties;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * The timers of referrals. A referral not acknowledged by its deadline escalates once: the referral records it,
 * and the save checks the version read, so of two passes running at once (two instances, or a pass and an
 * officer acknowledging) only one changes it; after a restart the pass reads the same state and finds it done.
 * The same pass finishes re-routes that a crash interrupted.
 */
@Service
public class AcknowledgementWatch {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementWatch.class);
    private static final int BATCH = 200;

    private final Referrals referrals;
    private final ReferralDecisions decisions;
    private final SlaProperties properties;
    private final Clock clock;

    public AcknowledgementWatch(Referrals referrals, ReferralDecisions decisions, SlaProperties properties,
            Clock clock) {
        this.referrals = referrals;
        this.decisions = decisions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gbv.referral.sla.check-interval:PT1M}")
    @SchedulerLock(name = "referral-acknowledgement-watch", lockAtMostFor = "PT5M")
    public void run() {
        escalateOverdueNow();
        finishInterruptedReroutesNow();
    }

    /** One pass; returns how many referrals escalated now. */
    public int escalateOverdueNow() {
        Instant now = clock.instant();
        int escalated = 0;
        for (Referral referral : referrals.unacknowledgedPastDeadline(now, BATCH)) {
            if (referral.escalateIfOverdue(now)) {
                try {
                    referrals.update(referral, ReferralRouting.ROUTER);
                    escalated++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // Acknowledged, or escalated by another pass, just now: the next pass looks again.
                    log.debug("Referral {} changed during the SLA check", referral.id());
                }
            }
        }
        if (escalated > 0) {
            log.info("{} referrals escalated: not acknowledged in time", escalated);
        }
        return escalated;
    }

    /** Makes the new referrals of declines whose request stopped before making them; returns how many. */
    public int finishInterruptedReroutesNow() {
        int finished = 0;
        for (Referral declined : referrals.withPendingReroute(clock.instant().minus(properties.rerouteGrace()), BATCH)) {
            decisions.finishReroute(declined, ReferralRouting.ROUTER);
            finished++;
        }
        return finished;
    }
}
