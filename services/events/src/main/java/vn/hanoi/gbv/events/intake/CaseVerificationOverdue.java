package vn.hanoi.gbv.events.intake;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;

/** A registered case was not verified by its deadline: supervisors are to follow it up. */
public record CaseVerificationOverdue(String caseId, String ward, Instant registeredAt, Instant deadline)
        implements CaseEvent {
}
