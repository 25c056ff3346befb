package vn.hanoi.gbv.followup.followups.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.followup.followups.domain.CaseFile;
import vn.hanoi.gbv.followup.followups.domain.CaseFiles;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;
import vn.hanoi.gbv.followup.followups.domain.FollowUpScope;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.followup.followups.domain.PlannedCheck;
import vn.hanoi.gbv.followup.followups.domain.Recording;
import vn.hanoi.gbv.followup.followups.domain.Staff;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * A counsellor of the case's ward records a follow-up: it is done, and the next check is planned by the risk
 * level she assessed.
 *
 * <p>Without transactions the two writes are ordered so that a crash between them errs on the safe side: the
 * next check is inserted first (under an id derived from this follow-up, so a retry finds it), then this one is
 * marked done. A crash in between leaves one check too many on the worklist, never one too few.
 */
@Service
public class FollowUpRecording {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRecording.class);

    private final FollowUps followUps;
    private final CaseFiles caseFiles;
    private final FollowUpPlanPolicy policy;
    private final Clock clock;

    public FollowUpRecording(FollowUps followUps, CaseFiles caseFiles, FollowUpPlanPolicy policy, Clock clock) {
        this.followUps = followUps;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.clock = clock;
    }

    /** Returns the recorded follow-up and the one planned after it. */
    public Recorded record(CurrentUser user, String followUpId, RecordFollowUp command) {
        Staff staff = new Staff(user.id(), user.roles(), user.ward());
        FollowUp followUp = followUps.byId(followUpId)
                .filter(f -> FollowUpScope.isCounsellorOf(staff, f.ward()))
                .orElseThrow(FollowUpNotFound::followUp);
        Instant now = clock.instant();
        if (command.nextDueAt() != null && !command.nextDueAt().isAfter(now)) {
            throw new InvalidInput("nextDueAt", "problem.followups.due-in-past");
        }
        Optional<CaseFile> caseFile = caseFiles.byId(followUp.caseId());
        RiskLevel riskLevel = command.riskLevel() != null ? command.riskLevel()
                : caseFile.map(CaseFile::riskLevel).orElse(followUp.riskLevel());

        PlannedCheck next = policy.afterRecording(followUp.id(), riskLevel, now, command.nextDueAt());
        Recording recording = new Recording(command.contactMade(), command.channel(), command.survivorSafe(),
                riskLevel, command.indicators(), command.servicesReceived(), command.newNeeds(), command.notes(),
                command.nextDueAt(), staff.id(), now, next.id());
        // Every rule is checked before anything is written: a refused recording leaves no trace.
        followUp.record(recording, next, caseFile.map(CaseFile::isClosed).orElse(false));

        Actor actor = user.actingAs(Staff.COUNSELLOR);
        FollowUp nextFollowUp = FollowUp.planned(next, followUp.caseId(), followUp.ward(), riskLevel, null, now);
        followUps.addIfAbsent(nextFollowUp, actor);
        followUps.update(followUp, actor);
        caseFile.ifPresent(file -> rememberRisk(file, riskLevel, actor));
        return new Recorded(followUp, followUps.byId(next.id()).orElse(nextFollowUp));
    }

    /** The case's latest level, for re-planning after a reopening; a lost race only leaves it one step behind. */
    private void rememberRisk(CaseFile caseFile, RiskLevel riskLevel, Actor actor) {
        CaseFile current = caseFile;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                current.riskAssessed(riskLevel);
                caseFiles.update(current, actor);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                current = caseFiles.byId(caseFile.caseId()).orElseThrow();
            }
        }
        log.warn("Case {}: risk level not remembered after repeated concurrent changes", caseFile.caseId());
    }

    /** A recorded follow-up and the check planned after it. */
    public record Recorded(FollowUp recorded, FollowUp next) {
    }
}
