package vn.hanoi.gbv.referral.nocontact.adapters.persistence;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled;
import vn.hanoi.gbv.events.nocontact.NoContactIssued.Recipient;
import vn.hanoi.gbv.events.nocontact.NoContactRequested.OnBehalfOf;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactStatus;

/**
 * A no-contact request as stored: the domain's snapshot field by field. The id derives from the case and the
 * request's number, so the unique {@code _id} refuses a second filing racing the first. The {@code outbox} field,
 * written by the platform's aggregate store, holds unpublished events.
 */
@Document("noContactRequests")
@CompoundIndexes({
        @CompoundIndex(name = "case_newest", def = "{'caseId': 1, 'requestedAt': -1}"),
        // The watch: undecided requests by deadline, issued decisions by end of validity.
        @CompoundIndex(name = "status_decide_by", def = "{'status': 1, 'decideBy': 1}"),
        @CompoundIndex(name = "status_valid_until", def = "{'status': 1, 'validUntil': 1}")})
record NoContactRequestDocument(
        @Id String id,
        long version,
        String caseId,
        String ward,
        String committeeAgencyId,
        OnBehalfOf onBehalfOf,
        String requestedBy,
        Instant requestedAt,
        Instant decideBy,
        NoContactStatus status,
        Instant overdueAt,
        String decidedBy,
        Instant decidedAt,
        Instant validFrom,
        Instant validUntil,
        Set<Recipient> recipients,
        String refusalGrounds,
        String cancelledBy,
        Instant cancelledAt,
        NoContactCancelled.Cause cancellationCause,
        Instant expiredAt) {

    @Override
    public String toString() {
        return "NoContactRequestDocument[" + id + " " + status + "]";
    }
}
