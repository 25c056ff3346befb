package vn.hanoi.gbv.followup.followups.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.ReopenCause;
import vn.hanoi.gbv.followup.followups.domain.CaseFile;
import vn.hanoi.gbv.followup.followups.domain.CaseFiles;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;
import vn.hanoi.gbv.followup.followups.domain.FollowUpScope;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.followup.followups.domain.Staff;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * Closing a case, four eyes: a counsellor of its ward asks, a supervisor who is not her approves or rejects;
 * a supervisor may reopen it. Closing cancels the open follow-ups; reopening plans a safety check again.
 *
 * <p>The case file changes first, in one write with its event; the follow-ups follow, each in its own write.
 * Should that be cut short, the overdue watch cancels the leftovers of a closed case when it meets them.
 */
@Service
public class CaseClosure {

    private static final Logger log = LoggerFactory.getLogger(CaseClosure.class);

    private final CaseFiles caseFiles;
    private final FollowUps followUps;
    private final FollowUpPlanPolicy policy;
    private final Clock clock;

    public CaseClosure(CaseFiles caseFiles, FollowUps followUps, FollowUpPlanPolicy policy, Clock clock) {
        this.caseFiles = caseFiles;
        this.followUps = followUps;
        this.policy = policy;
        this.clock = clock;
    }

    public CaseFile view(CurrentUser user, String caseId) {
        Staff staff = FollowUpLookup.staff(user);
        return caseFiles.byId(caseId).filter(file -> FollowUpScope.canSee(staff, file.ward()))
                .orElseThrow(FollowUpNotFound::caseFile);
    }

    public CaseFile request(CurrentUser user, String caseId, ClosureCause cause, String explanation) {
        Staff staff = FollowUpLookup.staff(user);
        CaseFile caseFile = caseFiles.byId(caseId).filter(file -> FollowUpScope.isCounsellorOf(staff, file.ward()))
                .orElseThrow(FollowUpNotFound::caseFile);
        caseFile.requestClosure(staff, cause, explanation, clock.instant());
        caseFiles.update(caseFile, user.actingAs(Staff.COUNSELLOR));
        return caseFile;
    }

    public CaseFile approve(CurrentUser user, String caseId) {
        Staff staff = FollowUpLookup.staff(user);
        CaseFile caseFile = decidable(staff, caseId);
        Instant now = clock.instant();
        caseFile.approveClosure(staff, now);
        Actor actor = user.actingAs(Staff.SUPERVISOR);
        caseFiles.update(caseFile, actor);
        for (FollowUp followUp : followUps.ofCase(caseId)) {
            cancel(followUp, now, actor);
        }
        return caseFile;
    }

    public CaseFile reject(CurrentUser user, String caseId, String comment) {
        Staff staff = FollowUpLookup.staff(user);
        CaseFile caseFile = decidable(staff, caseId);
        caseFile.rejectClosure(staff, comment, clock.instant());
        caseFiles.update(caseFile, user.actingAs(Staff.SUPERVISOR));
        return caseFile;
    }

    /** Reopens the case and plans its safety check again, by the last risk level follow-up knew. */
    public CaseFile reopen(CurrentUser user, String caseId, ReopenCause cause, String explanation) {
        Staff staff = FollowUpLookup.staff(user);
        CaseFile caseFile = decidable(staff, caseId);
        Instant now = clock.instant();
        int reopening = caseFile.reopen(staff, cause, explanation, now);
        Actor actor = user.actingAs(Staff.SUPERVISOR);
        caseFiles.update(caseFile, actor);
        followUps.addIfAbsent(FollowUp.planned(policy.onReopened(caseId, reopening, caseFile.riskLevel(), now),
                caseId, caseFile.ward(), caseFile.riskLevel(), null, now), actor);
        return caseFile;
    }

    private CaseFile decidable(Staff staff, String caseId) {
        return caseFiles.byId(caseId).filter(file -> FollowUpScope.isSupervisorOf(staff, file.ward()))
                .orElseThrow(FollowUpNotFound::caseFile);
    }

    private void cancel(FollowUp followUp, Instant now, Actor actor) {
        FollowUp current = followUp;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!current.cancel(now)) {
                return;
            }
            try {
                followUps.update(current, actor);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                current = followUps.byId(followUp.id()).orElseThrow();
            }
        }
        log.warn("Follow-up {} of closed case {} left for the overdue watch to cancel", followUp.id(),
                followUp.caseId());
    }
}
