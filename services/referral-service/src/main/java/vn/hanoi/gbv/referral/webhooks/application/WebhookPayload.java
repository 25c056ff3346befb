package vn.hanoi.gbv.referral.webhooks.application;

import java.time.Instant;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;

/**
 * The document an agency's system receives: which event, and the referral as it stood when the delivery was
 * prepared, field for field what the agency's officers see in their inbox except the notes (a test keeps the two in
 * step). No survivor data, and no free text: the decline reason and the counsellor's notes may name people, so
 * neither leaves the service this way; a ReferralNoteAdded delivery says only that a note awaits in the inbox.
 * Deliveries may arrive out of order after retries: the receiver keeps the one with the latest
 * {@code event.occurredAt}.
 */
public record WebhookPayload(String deliveryId, Event event, ReferralSummary referral) {

    public record Event(String id, String type, Instant occurredAt) {
    }

    /** Same fields as the inbox's {@code ReferralView}, less its {@code notes}. */
    public record ReferralSummary(
            String id,
            String caseId,
            String caseCode,
            String ward,
            String agencyId,
            AgencyType agencyType,
            Need need,
            IncidentType incidentType,
            RiskLevel riskLevel,
            boolean emergency,
            ReferralStatus status,
            Instant createdAt,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            Instant escalatedAt,
            String decidedBy,
            Instant decidedAt,
            Outcome outcome,
            Instant completedAt,
            String revokedBy,
            Instant revokedAt,
            Cause revocationCause,
            String reroutedFrom,
            String reroutedTo,
            boolean needsSupervisor,
            LegalBasis consentOverride) {

        static ReferralSummary of(Referral r) {
            return new ReferralSummary(r.id(), r.caseId(), r.caseCode(), r.ward(), r.agencyId(), r.agencyType(),
                    r.need(), r.incidentType(), r.riskLevel(), r.emergency(), r.status(), r.createdAt(),
                    r.acknowledgeBy(), r.acknowledgedAt(), r.escalatedAt(), r.decidedBy(), r.decidedAt(), r.outcome(),
                    r.completedAt(), r.revokedBy(), r.revokedAt(), r.revocationCause(), r.reroutedFrom(),
                    r.reroutedTo() == null ? null : Referral.idFor(r.caseId(), r.reroutedTo()), r.needsSupervisor(),
                    r.consentOverride());
        }
    }
}
