package vn.hanoi.gbv.followup.followups.application;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.followup.followups.domain.CaseFile;
import vn.hanoi.gbv.followup.followups.domain.CaseFiles;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;

/**
 * Finds follow-ups past due: each is announced overdue once, and escalated to a supervisor once if still
 * unrecorded after the escalation delay.
 *
 * <p>Exactly once without transactions: the follow-up itself records that it was flagged, in the same
 * versioned write as the event. A second pass finds nothing; a concurrent one (another instance, should the
 * ShedLock lock ever expire mid-pass) loses the version check and drops its copy. Restarts lose nothing,
 * because the state the pass reads is the follow-ups themselves.
 */
@Service
public class OverdueWatch {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);
    private static final Actor ACTOR = Actor.service("followup-service");
    private static final int BATCH = 200;

    private final FollowUps followUps;
    private final CaseFiles caseFiles;
    private final FollowUpPlanPolicy policy;
    private final Clock clock;

    public OverdueWatch(FollowUps followUps, CaseFiles caseFiles, FollowUpPlanPolicy policy, Clock clock) {
        this.followUps = followUps;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gbv.followup.overdue-check-interval:PT1M}")
    @SchedulerLock(name = "followup-overdue-watch", lockAtMostFor = "PT5M")
    public void watch() {
        passNow();
    }

    /** One pass; returns how many events it produced (overdue, escalated or cancelled). */
    public int passNow() {
        Instant now = clock.instant();
        int produced = 0;
        for (FollowUp followUp : followUps.pastDueNotYetFlagged(now, BATCH)) {
            produced += save(followUp, cancelIfCaseClosed(followUp, now) || followUp.markOverdue(now));
        }
        for (FollowUp followUp : followUps.overdueNotYetEscalated(now.minus(policy.escalateAfter()), BATCH)) {
            produced += save(followUp, cancelIfCaseClosed(followUp, now)
                    || followUp.escalate(policy.escalationDue(followUp.dueAt()), now));
        }
        return produced;
    }

    /**
     * Closing a case cancels its follow-ups one by one after the case is closed; should that be cut short, the
     * leftovers are cancelled here rather than reported overdue on a case that is no longer followed up.
     */
    private boolean cancelIfCaseClosed(FollowUp followUp, Instant now) {
        return caseFiles.byId(followUp.caseId()).map(CaseFile::isClosed).orElse(false) && followUp.cancel(now);
    }

    private int save(FollowUp followUp, boolean changed) {
        if (!changed) {
            return 0;
        }
        try {
            followUps.update(followUp, ACTOR);
            return 1;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // Recorded just now, or another pass got there first: either way nothing more to announce.
            log.debug("Follow-up {} changed during the overdue pass", followUp.id());
            return 0;
        }
    }
}
