package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.CaseClosureRejected;
import vn.hanoi.gbv.events.followup.CaseClosureRequested;
import vn.hanoi.gbv.events.followup.CaseReopened;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.ReopenCause;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * What follow-up knows of one case: its ward, its latest risk level and whether it is still followed up.
 * Closing it takes four eyes: a counsellor asks, a supervisor who is not her decides. Created from intake's
 * events (or the first referral event that names the case), so it never holds anything about the survivor.
 */
public class CaseFile {

    private final String caseId;
    private final String ward;
    private RiskLevel riskLevel;
    private CaseFileStatus status;
    private ClosureRequest pendingClosure;
    private final List<ClosureDecision> decisions;
    private final List<Reopening> reopenings;
    private final Instant openedAt;
    private final long version;

    private final transient List<CaseEvent> pendingEvents = new ArrayList<>();

    public CaseFile(String caseId, String ward, RiskLevel riskLevel, CaseFileStatus status,
            ClosureRequest pendingClosure, List<ClosureDecision> decisions, List<Reopening> reopenings,
            Instant openedAt, long version) {
        this.caseId = caseId;
        this.ward = ward;
        this.riskLevel = riskLevel;
        this.status = status;
        this.pendingClosure = pendingClosure;
        this.decisions = new ArrayList<>(decisions == null ? List.of() : decisions);
        this.reopenings = new ArrayList<>(reopenings == null ? List.of() : reopenings);
        this.openedAt = openedAt;
        this.version = version;
    }

    /** Follow-up learnt of the case. No event: intake already announced it. */
    public static CaseFile opened(String caseId, String ward, RiskLevel riskLevel, Instant now) {
        return new CaseFile(caseId, ward, riskLevel, CaseFileStatus.OPEN, null, List.of(), List.of(),
                now.truncatedTo(ChronoUnit.MILLIS), 0);
    }

    /** A counsellor of the case's ward asks to close it. */
    public void requestClosure(Staff counsellor, ClosureCause cause, String explanation, Instant now) {
        if (status != CaseFileStatus.OPEN) {
            throw new Conflict(status == CaseFileStatus.CLOSED ? "problem.cases.closed"
                    : "problem.cases.closure-already-requested");
        }
        requireExplanationForOther(cause == ClosureCause.OTHER, explanation);
        pendingClosure = new ClosureRequest(cause, cause == ClosureCause.OTHER ? explanation : null,
                counsellor.id(), now.truncatedTo(ChronoUnit.MILLIS));
        status = CaseFileStatus.CLOSURE_REQUESTED;
        pendingEvents.add(new CaseClosureRequested(caseId, ward, cause));
    }

    /** A supervisor approves the pending request: the case is closed. Never by the one who asked. */
    public void approveClosure(Staff supervisor, Instant now) {
        ClosureRequest request = requirePendingDecidableBy(supervisor);
        decisions.add(new ClosureDecision(request, true, null, supervisor.id(), now.truncatedTo(ChronoUnit.MILLIS)));
        pendingClosure = null;
        status = CaseFileStatus.CLOSED;
        pendingEvents.add(new CaseClosed(caseId, ward, request.cause(), request.requestedBy()));
    }

    /** A supervisor rejects the pending request, saying why; the case stays open. */
    public void rejectClosure(Staff supervisor, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInput("comment", "problem.cases.comment-required");
        }
        ClosureRequest request = requirePendingDecidableBy(supervisor);
        decisions.add(new ClosureDecision(request, false, comment, supervisor.id(), now.truncatedTo(ChronoUnit.MILLIS)));
        pendingClosure = null;
        status = CaseFileStatus.OPEN;
        pendingEvents.add(new CaseClosureRejected(caseId, ward, request.cause()));
    }

    /** A supervisor reopens a closed case. Returns how many times it has now been reopened. */
    public int reopen(Staff supervisor, ReopenCause cause, String explanation, Instant now) {
        if (status != CaseFileStatus.CLOSED) {
            throw new Conflict("problem.cases.not-closed");
        }
        requireExplanationForOther(cause == ReopenCause.OTHER, explanation);
        reopenings.add(new Reopening(cause, cause == ReopenCause.OTHER ? explanation : null, supervisor.id(),
                now.truncatedTo(ChronoUnit.MILLIS)));
        status = CaseFileStatus.OPEN;
        pendingEvents.add(new CaseReopened(caseId, ward, cause));
        return reopenings.size();
    }

    /** A follow-up assessed the risk anew. No event of its own: FollowUpRecorded says so. */
    public void riskAssessed(RiskLevel level) {
        if (level != null) {
            this.riskLevel = level;
        }
    }

    public boolean isClosed() {
        return status == CaseFileStatus.CLOSED;
    }

    private ClosureRequest requirePendingDecidableBy(Staff supervisor) {
        if (status != CaseFileStatus.CLOSURE_REQUESTED || pendingClosure == null) {
            throw new Conflict("problem.cases.no-closure-request");
        }
        // Four eyes: whoever asked may not also decide, even holding both roles.
        if (pendingClosure.requestedBy().equals(supervisor.id())) {
            throw new Forbidden("problem.cases.own-closure-request");
        }
        return pendingClosure;
    }

    private static void requireExplanationForOther(boolean other, String explanation) {
        if (other && (explanation == null || explanation.isBlank())) {
            throw new InvalidInput("explanation", "problem.cases.explanation-required");
        }
    }

    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String caseId() {
        return caseId;
    }

    public String ward() {
        return ward;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public CaseFileStatus status() {
        return status;
    }

    public ClosureRequest pendingClosure() {
        return pendingClosure;
    }

    public List<ClosureDecision> decisions() {
        return List.copyOf(decisions);
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "CaseFile[" + caseId + ", " + status + "]";
    }
}
