package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.FollowUpCancelled;
import vn.hanoi.gbv.events.followup.FollowUpEscalated;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.followup.FollowUpRecorded;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * A planned contact with the survivor of a case. Its methods are the only way its state changes, and each
 * change records the past-tense event it causes, saved with the state in one write.
 */
public class FollowUp {

    /** Who an overdue follow-up is escalated to. */
    public static final String ESCALATED_TO = Staff.SUPERVISOR;

    private final String id;
    private final String caseId;
    private final FollowUpKind kind;
    private final String ward;
    private final RiskLevel riskLevel;
    private final Instant dueAt;
    private FollowUpStatus status;
    private final Instant scheduledAt;
    private final String referralId;
    private Instant overdueAt;
    private Instant escalatedAt;
    private Instant cancelledAt;
    private Recording recording;
    private final long version;

    private final transient List<CaseEvent> pendingEvents = new ArrayList<>();

    public FollowUp(String id, String caseId, FollowUpKind kind, String ward, RiskLevel riskLevel, Instant dueAt,
            FollowUpStatus status, Instant scheduledAt, String referralId, Instant overdueAt, Instant escalatedAt,
            Instant cancelledAt, Recording recording, long version) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.ward = ward;
        this.riskLevel = riskLevel;
        this.dueAt = dueAt;
        this.status = status;
        this.scheduledAt = scheduledAt;
        this.referralId = referralId;
        this.overdueAt = overdueAt;
        this.escalatedAt = escalatedAt;
        this.cancelledAt = cancelledAt;
        this.recording = recording;
        this.version = version;
    }

    /** A new follow-up of the case as the plan rules decided it; {@code referralId} when a referral caused it. */
    public static FollowUp planned(PlannedCheck check, String caseId, String ward, RiskLevel riskLevel,
            String referralId, Instant now) {
        FollowUp followUp = new FollowUp(check.id(), caseId, check.kind(), ward, riskLevel, check.dueAt(),
                FollowUpStatus.SCHEDULED, now.truncatedTo(ChronoUnit.MILLIS), referralId, null, null, null, null, 0);
        followUp.pendingEvents.add(new FollowUpScheduled(caseId, followUp.id, followUp.kind.name(), ward, riskLevel,
                followUp.dueAt));
        return followUp;
    }

    /**
     * The counsellor recorded this follow-up; {@code next} is the check the plan rules put after it. Refused on a
     * closed case and on a follow-up that is no longer open, so a record is never written twice or after the end.
     */
    public void record(Recording outcome, PlannedCheck next, boolean caseClosed) {
        if (caseClosed) {
            throw new Conflict("problem.followups.case-closed");
        }
        requireOpen();
        if (outcome.contactMade() && outcome.survivorSafe() == null) {
            throw new InvalidInput("survivorSafe", "problem.followups.survivor-safe-required");
        }
        this.recording = outcome;
        this.status = FollowUpStatus.DONE;
        pendingEvents.add(new FollowUpRecorded(caseId, id, ward, outcome.contactMade(), outcome.channel(),
                outcome.survivorSafe(), riskLevel, outcome.riskLevel(),
                outcome.indicators().stream().map(Enum::name).collect(Collectors.toSet()),
                outcome.servicesReceived(), next.id(), next.dueAt()));
        if (!outcome.newNeeds().isEmpty()) {
            pendingEvents.add(new NewNeedsIdentified(caseId, id, ward, outcome.newNeeds()));
        }
    }

    /** Past due and not yet announced: announce it once. Returns false if there is nothing to do. */
    public boolean markOverdue(Instant now) {
        if (status != FollowUpStatus.SCHEDULED || overdueAt != null || !dueAt.isBefore(now)) {
            return false;
        }
        overdueAt = now.truncatedTo(ChronoUnit.MILLIS);
        pendingEvents.add(new FollowUpOverdue(caseId, id, kind.name(), ward, riskLevel, dueAt));
        return true;
    }

    /** Overdue, still unrecorded at {@code escalationDue}: hand it to a supervisor, once. */
    public boolean escalate(Instant escalationDue, Instant now) {
        if (status != FollowUpStatus.SCHEDULED || overdueAt == null || escalatedAt != null
                || escalationDue.isAfter(now)) {
            return false;
        }
        escalatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        pendingEvents.add(new FollowUpEscalated(caseId, id, kind.name(), ward, riskLevel, dueAt, ESCALATED_TO));
        return true;
    }

    /** Its case was closed: the check will not happen. Returns false if it was no longer open anyway. */
    public boolean cancel(Instant now) {
        if (status != FollowUpStatus.SCHEDULED) {
            return false;
        }
        status = FollowUpStatus.CANCELLED;
        cancelledAt = now.truncatedTo(ChronoUnit.MILLIS);
        pendingEvents.add(new FollowUpCancelled(caseId, id, ward));
        return true;
    }

    public boolean isOpen() {
        return status == FollowUpStatus.SCHEDULED;
    }

    public boolean isOverdueAt(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    private void requireOpen() {
        if (status != FollowUpStatus.SCHEDULED) {
            throw new Conflict("problem.followups.not-open");
        }
    }

    /** The events recorded since the follow-up was loaded; the repository saves them with the state. */
    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public FollowUpKind kind() {
        return kind;
    }

    public String ward() {
        return ward;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public FollowUpStatus status() {
        return status;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String referralId() {
        return referralId;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** What was recorded, or null while the follow-up is open. */
    public Recording recording() {
        return recording;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "FollowUp[" + id + " " + kind + " of case " + caseId + ", " + status + "]";
    }
}
