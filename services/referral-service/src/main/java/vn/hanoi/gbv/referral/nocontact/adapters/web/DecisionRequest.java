package vn.hanoi.gbv.referral.nocontact.adapters.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.nocontact.NoContactIssued.Recipient;

/**
 * The body of {@code POST /api/no-contact/{id}/decision}: the chair's decision as the committee officer records it.
 * ISSUED takes {@code validFrom} (default: now, when signed), {@code validUntil} (at most 3 days later) and
 * {@code recipients} (default: all three); REFUSED takes the written {@code reasons}, which stay in this service's
 * database.
 */
record DecisionRequest(@NotNull Outcome outcome, Instant validFrom, Instant validUntil, Set<Recipient> recipients,
        @Size(max = 4000) String reasons) {

    enum Outcome {
        ISSUED, REFUSED
    }

    @Override
    public String toString() {
        return "DecisionRequest[" + outcome + ", reasons redacted]";
    }
}
