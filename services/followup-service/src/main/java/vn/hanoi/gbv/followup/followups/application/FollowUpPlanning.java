package vn.hanoi.gbv.followup.followups.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.followup.followups.domain.CaseFile;
import vn.hanoi.gbv.followup.followups.domain.CaseFiles;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.followup.followups.domain.PlannedCheck;

/**
 * Turns what happened to a case elsewhere into follow-ups, by the plan rules. Every follow-up's id derives from
 * its cause, so a redelivered event (or an emergency case verified later) plans nothing twice. A closed case
 * gets no new follow-ups from late events.
 */
@Service
public class FollowUpPlanning {

    static final Actor FOLLOWUP_SERVICE = Actor.service("followup-service");
    private static final Logger log = LoggerFactory.getLogger(FollowUpPlanning.class);

    private final FollowUps followUps;
    private final CaseFiles caseFiles;
    private final FollowUpPlanPolicy policy;
    private final Clock clock;

    public FollowUpPlanning(FollowUps followUps, CaseFiles caseFiles, FollowUpPlanPolicy policy, Clock clock) {
        this.followUps = followUps;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.clock = clock;
    }

    /** Intake verified the case at {@code at}: the first safety check, due by its risk level. */
    public boolean caseVerified(CaseVerified verified, Instant at) {
        return caseKnown(verified.caseId(), verified.ward(), verified.riskLevel(), at);
    }

    /** A case in immediate danger, before verification: the same first check, planned now rather than later. */
    public boolean emergencyRegistered(EmergencyCaseRegistered emergency, Instant at) {
        return caseKnown(emergency.caseId(), emergency.ward(), emergency.riskLevel(), at);
    }

    /** An agency accepted a referral at {@code at}: check later that the survivor received the service. */
    public boolean referralAccepted(ReferralAccepted accepted, Instant at) {
        CaseFile caseFile = caseFile(accepted.caseId(), accepted.ward(), accepted.riskLevel());
        return plan(policy.onReferralAccepted(accepted.referralId(), at), caseFile, accepted.referralId());
    }

    /** A referral was completed or declined at {@code at}: check soon what the survivor still needs. */
    public boolean referralEnded(String caseId, String referralId, String ward, Instant at) {
        CaseFile caseFile = caseFile(caseId, ward, null);
        return plan(policy.onReferralEnded(referralId, at), caseFile, referralId);
    }

    private boolean caseKnown(String caseId, String ward, RiskLevel riskLevel, Instant at) {
        CaseFile caseFile = caseFile(caseId, ward, riskLevel);
        return plan(policy.onCaseKnown(caseId, riskLevel, at), caseFile, null);
    }

    /** The case's file, opened now if this is the first event that names the case. */
    private CaseFile caseFile(String caseId, String ward, RiskLevel riskLevel) {
        caseFiles.addIfAbsent(CaseFile.opened(caseId, ward, riskLevel, clock.instant()));
        return caseFiles.byId(caseId).orElseThrow();
    }

    private boolean plan(PlannedCheck check, CaseFile caseFile, String referralId) {
        if (caseFile.isClosed()) {
            log.debug("Case {} is closed; {} not planned", caseFile.caseId(), check.kind());
            return false;
        }
        FollowUp followUp = FollowUp.planned(check, caseFile.caseId(), caseFile.ward(), caseFile.riskLevel(),
                referralId, clock.instant());
        boolean planned = followUps.addIfAbsent(followUp, FOLLOWUP_SERVICE);
        if (!planned) {
            log.debug("Follow-up {} of case {} was planned before; nothing changes", check.id(), caseFile.caseId());
        }
        return planned;
    }
}
