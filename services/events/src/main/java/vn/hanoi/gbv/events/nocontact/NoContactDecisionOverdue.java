package vn.hanoi.gbv.events.nocontact;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;

/** No decision was recorded by {@code decideBy}, 12 hours after the request: supervisors are to follow it up. */
public record NoContactDecisionOverdue(
        String caseId,
        String requestId,
        String ward,
        String committeeAgencyId,
        Instant decideBy) implements CaseEvent {
}
