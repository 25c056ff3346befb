package vn.hanoi.gbv.events.nocontact;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;

/** An issued no-contact decision reached the end of its validity; protection by it has ended. */
public record NoContactExpired(
        String caseId,
        String requestId,
        String ward,
        String committeeAgencyId,
        Instant validUntil) implements CaseEvent {
}
