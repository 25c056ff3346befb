package vn.hanoi.gbv.referral.referrals.domain;

/**
 * Who may see a referral: supervisors every one; counsellors and ward verifiers those of their own ward;
 * agency and committee officers those addressed to their agency. Anyone else is told "not found", so the
 * answer gives no hint that a case was referred.
 */
public final class ReferralScope {

    public static boolean canSee(Staff staff, Referral referral) {
        if (staff.is(Staff.SUPERVISOR)) {
            return true;
        }
        boolean wardStaff = staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER);
        if (wardStaff && referral.ward().equals(staff.ward())) {
            return true;
        }
        return staff.isOfficer() && referral.agencyId().equals(staff.agency());
    }

    /**
     * Who may read the notes on a referral (free text that can identify the survivor): supervisors and the ward's
     * counsellors and verifiers always; the receiving agency's officers only while the referral is open (SENT,
     * ACKNOWLEDGED, ACCEPTED), i.e. while they may still act for her. Once it is declined, revoked (for instance
     * because she withdrew her consent) or completed, the agency keeps the referral in its inbox but no longer
     * reads what identifies her.
     */
    public static boolean canReadNotes(Staff staff, Referral referral) {
        if (!canSee(staff, referral)) {
            return false;
        }
        boolean wardStaff = (staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER))
                && referral.ward().equals(staff.ward());
        return staff.is(Staff.SUPERVISOR) || wardStaff || referral.status().open();
    }

    private ReferralScope() {
    }
}
