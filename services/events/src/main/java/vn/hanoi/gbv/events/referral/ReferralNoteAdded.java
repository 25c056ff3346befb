package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * The case's counsellor or a supervisor added a note for the receiving agency to a referral (what the agency
 * needs to act safely). Who added it is the envelope's actor; the note's text can identify the survivor, so it
 * stays encrypted in referral's database and never travels.
 */
public record ReferralNoteAdded(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward) implements CaseEvent {
}
