package vn.hanoi.gbv.referral.nocontact.domain;

import java.time.Duration;
import java.time.Instant;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * The time rules of Law 13/2022/QH15, Art. 25, in one place: the chair decides within 12 hours of the request,
 * a decision takes effect when signed, and it is valid for at most 3 days. Fixed by law, so not configurable.
 */
public final class NoContactRules {

    /** How long the chair has to decide, from the moment the request is filed. */
    public static final Duration DECISION_WINDOW = Duration.ofHours(12);
    /** The longest validity of one decision. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(3);

    /** The validity of an issued decision. */
    public record Validity(Instant from, Instant until) {
    }

    public static Instant decideBy(Instant requestedAt) {
        return requestedAt.plus(DECISION_WINDOW);
    }

    /** Whether a decision may still be recorded now: up to and including the deadline. */
    public static boolean inTime(Instant decideBy, Instant now) {
        return !now.isAfter(decideBy);
    }

    /** Refuses a decision recorded after the deadline. */
    public static void checkInTime(Instant decideBy, Instant now) {
        if (!inTime(decideBy, now)) {
            throw new DecisionDeadlinePassed(decideBy);
        }
    }

    /**
     * The validity of a decision recorded at {@code now}. It takes effect when signed: {@code validFrom} defaults
     * to now, and may name an earlier signing (the officer records what the chair has just signed) but not one
     * before the request, nor one in the future. It ends after its start and at most 3 days after it.
     */
    public static Validity validity(Instant requestedAt, Instant now, Instant validFrom, Instant validUntil) {
        Instant from = validFrom == null ? now : validFrom;
        if (from.isBefore(requestedAt) || from.isAfter(now)) {
            throw new InvalidInput("validFrom", "problem.no-contact.valid-from-when-signed");
        }
        if (validUntil == null) {
            throw new InvalidInput("validUntil", "problem.no-contact.valid-until-required");
        }
        if (!validUntil.isAfter(from) || validUntil.isAfter(from.plus(MAX_VALIDITY))) {
            throw new InvalidInput("validUntil", "problem.no-contact.validity-at-most-3-days");
        }
        return new Validity(from, validUntil);
    }

    /** The validity has ended: the decision expires at {@code validUntil}. */
    public static boolean ended(Instant validUntil, Instant now) {
        return !now.isBefore(validUntil);
    }

    private NoContactRules() {
    }
}
