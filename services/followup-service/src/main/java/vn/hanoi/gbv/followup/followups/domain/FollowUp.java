package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.platform.domain.DeterministicIds;

/**
 * A planned contact with the survivor of a case to check on her safety. Its methods are the only way its state
 * changes, and each change records the past-tense event it causes, saved with the state in one write.
 */
public class FollowUp {

    private final String id;
    private final String caseId;
    private final FollowUpKind kind;
    private final String ward;
    private final RiskLevel riskLevel;
    private final Instant dueAt;
    private final FollowUpStatus status;
    private final Instant scheduledAt;
    private final long version;

    private final transient List<CaseEvent> pendingEvents = new ArrayList<>();

    public FollowUp(String id, String caseId, FollowUpKind kind, String ward, RiskLevel riskLevel, Instant dueAt,
            FollowUpStatus status, Instant scheduledAt, long version) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.ward = ward;
        this.riskLevel = riskLevel;
        this.dueAt = dueAt;
        this.status = status;
        this.scheduledAt = scheduledAt;
        this.version = version;
    }

    /**
     * The id of a case's first safety check. One per case, whichever agency accepted first: later acceptances
     * derive the same id and are refused by the store.
     */
    public static String firstSafetyCheckId(String caseId) {
        return DeterministicIds.from(caseId, FollowUpKind.FIRST_SAFETY_CHECK.name());
    }

    /** An agency accepted a referral of the case at {@code acceptedAt}: plan the first safety check. */
    public static FollowUp firstSafetyCheck(ReferralAccepted accepted, Instant acceptedAt, FollowUpPlanPolicy policy,
            Instant now) {
        // Milliseconds, as MongoDB keeps them, so the event and the API name the very same instant.
        Instant dueAt = policy.firstSafetyCheckDue(accepted.riskLevel(), acceptedAt).truncatedTo(ChronoUnit.MILLIS);
        FollowUp followUp = new FollowUp(firstSafetyCheckId(accepted.caseId()), accepted.caseId(),
                FollowUpKind.FIRST_SAFETY_CHECK, accepted.ward(), accepted.riskLevel(), dueAt,
                FollowUpStatus.SCHEDULED, now.truncatedTo(ChronoUnit.MILLIS), 0);
        followUp.pendingEvents.add(new FollowUpScheduled(followUp.caseId, followUp.id, followUp.kind.name(),
                followUp.ward, followUp.riskLevel, followUp.dueAt));
        return followUp;
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

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "FollowUp[" + id + " " + kind + " of case " + caseId + ", " + status + "]";
    }
}
