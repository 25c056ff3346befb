package vn.hanoi.gbv.referral.referrals.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;

/**
 * A referral as stored: {@link vn.hanoi.gbv.referral.referrals.domain.Referral.Snapshot} field by field, plus
 * {@code urgent}, stored only so the inbox can sort by it (never read back). The id derives from the case and
 * the agency, so the unique {@code _id} is what refuses a second referral of a case to an agency. The document's
 * {@code outbox} field, written by the platform's aggregate store, holds unpublished events. {@code notes} hold
 * their text encrypted ({@link NoteDocument}); a referral stored before notes existed has none (null).
 */
@Document("referrals")
@CompoundIndexes({
        // The inbox: one agency's referrals, urgent first, then newest first.
        @CompoundIndex(name = "agency_urgent_newest", def = "{'agencyId': 1, 'urgent': -1, 'createdAt': -1}"),
        @CompoundIndex(name = "case_newest", def = "{'caseId': 1, 'createdAt': -1}"),
        // The SLA pass: unacknowledged referrals by deadline.
        @CompoundIndex(name = "status_acknowledge_by", def = "{'status': 1, 'acknowledgeBy': 1}")})
record ReferralDocument(
        @Id String id,
        long version,
        String caseId,
        String caseCode,
        String ward,
        String agencyId,
        AgencyType agencyType,
        Need need,
        IncidentType incidentType,
        RiskLevel riskLevel,
        boolean emergency,
        boolean urgent,
        ReferralStatus status,
        Instant createdAt,
        Instant acknowledgeBy,
        Instant acknowledgedAt,
        Instant escalatedAt,
        String decidedBy,
        Instant decidedAt,
        String declineReason,
        Outcome outcome,
        Instant completedAt,
        String revokedBy,
        Instant revokedAt,
        Cause revocationCause,
        String reroutedFrom,
        String reroutedTo,
        boolean rerouteOpen,
        boolean needsSupervisor,
        LegalBasis consentOverride,
        String overriddenBy,
        List<NoteDocument> notes) {

    @Override
    public String toString() {
        return "ReferralDocument[" + id + " " + status + "]";
    }
}
