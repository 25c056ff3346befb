package vn.hanoi.gbv.referral.nocontact.adapters.web;

import java.time.Instant;
import java.util.List;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled;
import vn.hanoi.gbv.events.nocontact.NoContactIssued.Recipient;
import vn.hanoi.gbv.events.nocontact.NoContactRequested.OnBehalfOf;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequest;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactStatus;

/**
 * A no-contact request as staff see it. The written grounds of a refusal are not shown (free text that may name
 * people stays in the database); {@code refusalGroundsRecorded} says they were given.
 */
record NoContactView(String id, String caseId, String ward, String committeeAgencyId, OnBehalfOf onBehalfOf,
        NoContactStatus status, String requestedBy, Instant requestedAt, Instant decideBy, boolean decisionOverdue,
        String decidedBy, Instant decidedAt, Instant validFrom, Instant validUntil, List<Recipient> recipients,
        boolean refusalGroundsRecorded, Instant cancelledAt, NoContactCancelled.Cause cancellationCause,
        Instant expiredAt) {

    static NoContactView of(NoContactRequest request) {
        NoContactRequest.Snapshot s = request.snapshot();
        return new NoContactView(s.id(), s.caseId(), s.ward(), s.committeeAgencyId(), s.onBehalfOf(), s.status(),
                s.requestedBy(), s.requestedAt(), s.decideBy(), s.overdueAt() != null, s.decidedBy(), s.decidedAt(),
                s.validFrom(), s.validUntil(), s.recipients().stream().sorted().toList(),
                s.refusalGrounds() != null, s.cancelledAt(), s.cancellationCause(), s.expiredAt());
    }
}
