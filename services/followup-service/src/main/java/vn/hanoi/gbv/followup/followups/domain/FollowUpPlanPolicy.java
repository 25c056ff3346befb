package vn.hanoi.gbv.followup.followups.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * When a case's follow-ups are due. The one place these rules live.
 *
 * <p>The first safety check is due a fixed time after an agency accepted the referral: the higher the risk, the
 * sooner. A case whose risk level is missing is checked as soon as the most dangerous one, since guessing low
 * could leave a survivor in danger unchecked for weeks.
 */
public final class FollowUpPlanPolicy {

    private final Map<RiskLevel, Duration> firstCheckWithin = new EnumMap<>(RiskLevel.class);

    public FollowUpPlanPolicy(Duration immediateDanger, Duration high, Duration medium, Duration low) {
        firstCheckWithin.put(RiskLevel.IMMEDIATE_DANGER, positive(immediateDanger, "immediate danger"));
        firstCheckWithin.put(RiskLevel.HIGH, positive(high, "high"));
        firstCheckWithin.put(RiskLevel.MEDIUM, positive(medium, "medium"));
        firstCheckWithin.put(RiskLevel.LOW, positive(low, "low"));
        // A misconfiguration that checks a higher risk later than a lower one is refused at start-up.
        if (immediateDanger.compareTo(high) > 0 || high.compareTo(medium) > 0 || medium.compareTo(low) > 0) {
            throw new IllegalArgumentException("A higher risk level must never be checked later than a lower one");
        }
    }

    /** When the first safety check of a case whose referral was accepted at {@code acceptedAt} is due. */
    public Instant firstSafetyCheckDue(RiskLevel riskLevel, Instant acceptedAt) {
        RiskLevel assumed = riskLevel == null ? RiskLevel.IMMEDIATE_DANGER : riskLevel;
        return acceptedAt.plus(firstCheckWithin.get(assumed));
    }

    private static Duration positive(Duration duration, String riskLevel) {
        Objects.requireNonNull(duration, () -> "No first-check deadline for risk level " + riskLevel);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The first-check deadline for risk level " + riskLevel
                    + " must be positive");
        }
        return duration;
    }
}
