package vn.hanoi.gbv.referral.nocontact.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequest;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequests;

/**
 * The timers of no-contact requests: a request not decided within 12 hours escalates once
 * (NoContactDecisionOverdue), and an issued decision expires once at the end of its validity (NoContactExpired).
 * The request records each, and saves check the version read, so of two passes at once (two instances, or a pass
 * and the committee officer deciding) only one changes it; a restarted service reads the same state and finds it
 * done. The Mongo lock (ShedLock) only keeps instances from doing the same work twice.
 */
@Service
public class NoContactWatch {

    static final Actor WATCH = Actor.service("referral-service");
    private static final Logger log = LoggerFactory.getLogger(NoContactWatch.class);
    private static final int BATCH = 200;

    private final NoContactRequests requests;
    private final Clock clock;

    public NoContactWatch(NoContactRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gbv.referral.no-contact.check-interval:PT1M}")
    @SchedulerLock(name = "referral-no-contact-watch", lockAtMostFor = "PT5M")
    public void run() {
        escalateOverdueNow();
        expireEndedNow();
    }

    /** One pass; returns how many requests became overdue now. */
    public int escalateOverdueNow() {
        Instant now = clock.instant();
        int overdue = apply(requests.undecidedPastDeadline(now, BATCH), request -> request.markOverdueIfDue(now));
        if (overdue > 0) {
            log.warn("{} no-contact requests not decided within 12 hours: escalated", overdue);
        }
        return overdue;
    }

    /** One pass; returns how many issued decisions expired now. */
    public int expireEndedNow() {
        Instant now = clock.instant();
        int expired = apply(requests.issuedEndedBy(now, BATCH), request -> request.expireIfEnded(now));
        if (expired > 0) {
            log.info("{} no-contact decisions expired", expired);
        }
        return expired;
    }

    private int apply(List<NoContactRequest> found, Predicate<NoContactRequest> change) {
        int changed = 0;
        for (NoContactRequest request : found) {
            if (change.test(request)) {
                try {
                    requests.update(request, WATCH);
                    changed++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // Decided, cancelled or handled by another pass just now: the next pass looks again.
                    log.debug("No-contact request {} changed during the check", request.id());
                }
            }
        }
        return changed;
    }
}
