package vn.hanoi.gbv.followup.followups.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.platform.domain.DeterministicIds;

/**
 * The follow-up plan: which check each event brings, and when it is due. The one place these rules live.
 *
 * <ul>
 *   <li>A case verified, or registered in immediate danger before verification, gets its <b>first safety
 *       check</b>, due by its risk level (defaults: immediate danger 24 h, high 72 h, medium 7 days, low 14 days).
 *       Both events derive the same id from the case, so an emergency case that is later verified is planned
 *       once, due by the earlier event.</li>
 *   <li>An accepted referral gets a <b>service-received check</b> (default 7 days): acceptance is a promise,
 *       and survivors are lost between the promise and the help.</li>
 *   <li>A completed or declined referral gets a <b>referral-outcome check</b> (default 3 days): a declined
 *       referral leaves a need unserved, a completed one may reveal the next need.</li>
 *   <li>Each recorded follow-up plans the <b>next safety check</b> by the risk level assessed at that contact,
 *       so a raised level tightens the plan at once. A counsellor may bring that check forward, never push it
 *       past what the level allows.</li>
 *   <li>A reopened case starts again with a first safety check by its last known risk level.</li>
 *   <li>A follow-up past due is <b>overdue</b> (announced once) and, still unrecorded after a further delay
 *       (default 24 h), <b>escalated</b> to a supervisor (once).</li>
 * </ul>
 *
 * A case whose risk level is unknown is checked as soon as the most dangerous one, since guessing low could
 * leave a survivor in danger unchecked for weeks. Instants are kept in milliseconds, as MongoDB keeps them, so
 * the event and the API name the very same instant.
 */
public final class FollowUpPlanPolicy {

    private final Map<RiskLevel, Duration> safetyCheckWithin = new EnumMap<>(RiskLevel.class);
    private final Duration serviceReceivedCheckWithin;
    private final Duration referralOutcomeCheckWithin;
    private final Duration escalateAfter;

    public FollowUpPlanPolicy(Duration immediateDanger, Duration high, Duration medium, Duration low,
            Duration serviceReceivedCheckWithin, Duration referralOutcomeCheckWithin, Duration escalateAfter) {
        safetyCheckWithin.put(RiskLevel.IMMEDIATE_DANGER, positive(immediateDanger, "first check, immediate danger"));
        safetyCheckWithin.put(RiskLevel.HIGH, positive(high, "first check, high"));
        safetyCheckWithin.put(RiskLevel.MEDIUM, positive(medium, "first check, medium"));
        safetyCheckWithin.put(RiskLevel.LOW, positive(low, "first check, low"));
        // A misconfiguration that checks a higher risk later than a lower one is refused at start-up.
        if (immediateDanger.compareTo(high) > 0 || high.compareTo(medium) > 0 || medium.compareTo(low) > 0) {
            throw new IllegalArgumentException("A higher risk level must never be checked later than a lower one");
        }
        this.serviceReceivedCheckWithin = positive(serviceReceivedCheckWithin, "service-received check");
        this.referralOutcomeCheckWithin = positive(referralOutcomeCheckWithin, "referral-outcome check");
        this.escalateAfter = positive(escalateAfter, "escalation");
    }

    /** The programme's standard deadlines: for tests, and as the documented defaults. */
    public static FollowUpPlanPolicy standard() {
        return new FollowUpPlanPolicy(Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3), Duration.ofHours(24));
    }

    /** A case was verified, or registered in immediate danger, at {@code at}. */
    public PlannedCheck onCaseKnown(String caseId, RiskLevel riskLevel, Instant at) {
        return new PlannedCheck(firstSafetyCheckId(caseId), FollowUpKind.FIRST_SAFETY_CHECK,
                millis(firstSafetyCheckDue(riskLevel, at)));
    }

    /** An agency accepted referral {@code referralId} at {@code at}. */
    public PlannedCheck onReferralAccepted(String referralId, Instant at) {
        return new PlannedCheck(DeterministicIds.from(referralId, FollowUpKind.SERVICE_RECEIVED_CHECK),
                FollowUpKind.SERVICE_RECEIVED_CHECK, millis(at.plus(serviceReceivedCheckWithin)));
    }

    /** Referral {@code referralId} was completed or declined at {@code at}: one outcome check per referral. */
    public PlannedCheck onReferralEnded(String referralId, Instant at) {
        return new PlannedCheck(DeterministicIds.from(referralId, FollowUpKind.REFERRAL_OUTCOME_CHECK),
                FollowUpKind.REFERRAL_OUTCOME_CHECK, millis(at.plus(referralOutcomeCheckWithin)));
    }

    /**
     * Follow-up {@code recordedId} was recorded at {@code at} with risk now {@code riskLevel}: the next check is
     * due by that level, or earlier if the counsellor asked for an earlier date. Its id derives from the
     * recorded follow-up, so retrying a recording cannot plan two.
     */
    public PlannedCheck afterRecording(String recordedId, RiskLevel riskLevel, Instant at, Instant requestedDue) {
        Instant due = firstSafetyCheckDue(riskLevel, at);
        if (requestedDue != null && requestedDue.isBefore(due)) {
            due = requestedDue;
        }
        return new PlannedCheck(DeterministicIds.from(recordedId, FollowUpKind.NEXT_SAFETY_CHECK),
                FollowUpKind.NEXT_SAFETY_CHECK, millis(due));
    }

    /** A closed case was reopened (its {@code reopening}-th time) at {@code at}. */
    public PlannedCheck onReopened(String caseId, int reopening, RiskLevel riskLevel, Instant at) {
        return new PlannedCheck(DeterministicIds.from(caseId, FollowUpKind.FIRST_SAFETY_CHECK, "reopened", reopening),
                FollowUpKind.FIRST_SAFETY_CHECK, millis(firstSafetyCheckDue(riskLevel, at)));
    }

    /** When an overdue follow-up due at {@code dueAt} goes to a supervisor. */
    public Instant escalationDue(Instant dueAt) {
        return dueAt.plus(escalateAfter);
    }

    public Duration escalateAfter() {
        return escalateAfter;
    }

    /** How soon a safety check is due for a case at {@code riskLevel}, counted from {@code from}. */
    public Instant firstSafetyCheckDue(RiskLevel riskLevel, Instant from) {
        RiskLevel assumed = riskLevel == null ? RiskLevel.IMMEDIATE_DANGER : riskLevel;
        return from.plus(safetyCheckWithin.get(assumed));
    }

    /** The id of a case's first safety check: one per case, whichever event planned it first. */
    public static String firstSafetyCheckId(String caseId) {
        return DeterministicIds.from(caseId, FollowUpKind.FIRST_SAFETY_CHECK.name());
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Duration positive(Duration duration, String what) {
        Objects.requireNonNull(duration, () -> "No deadline for the " + what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The deadline for the " + what + " must be positive");
        }
        return duration;
    }
}
