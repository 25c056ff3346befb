package vn.hanoi.gbv.referral.referrals.adapters.web;

import java.time.Instant;
import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNote;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;

/**
 * A referral as agencies, ward staff and supervisors see it. {@code emergency} says it was made on the
 * emergency fast track, before the ward verified the case; {@code acknowledgeBy} is the agency's deadline.
 * There is no survivor data in this service but free text: the decline reason is left out, since it may name
 * people and who may read it is not yet decided; {@code notes} (the counsellor's notes for the agency, decrypted)
 * are filled in only for a reader {@link vn.hanoi.gbv.referral.referrals.domain.ReferralScope#canReadNotes}
 * allows, and empty otherwise. Partner webhooks get every other field ({@code WebhookPayload.ReferralSummary}),
 * never the notes.
 */
record ReferralView(
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
        LegalBasis consentOverride,
        List<NoteView> notes) {

    /** The referral with the notes its reader may read (none, for a reader who may not). */
    static ReferralView of(Referral r, List<ReferralNote> readableNotes) {
        return new ReferralView(r.id(), r.caseId(), r.caseCode(), r.ward(), r.agencyId(), r.agencyType(), r.need(),
                r.incidentType(), r.riskLevel(), r.emergency(), r.status(), r.createdAt(), r.acknowledgeBy(),
                r.acknowledgedAt(), r.escalatedAt(), r.decidedBy(), r.decidedAt(), r.outcome(), r.completedAt(),
                r.revokedBy(), r.revokedAt(), r.revocationCause(), r.reroutedFrom(),
                r.reroutedTo() == null ? null : Referral.idFor(r.caseId(), r.reroutedTo()), r.needsSupervisor(),
                r.consentOverride(), readableNotes.stream().map(NoteView::of).toList());
    }
}
