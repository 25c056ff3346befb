package vn.hanoi.gbv.followup.followups.domain;

/**
 * Who may see a follow-up: supervisors all of them, counsellors and ward verifiers those of their own ward.
 * Others see none, so a list gives no hint that a case of another ward has follow-ups at all.
 */
public final class FollowUpScope {

    public static boolean canSee(Staff staff, FollowUp followUp) {
        if (staff.is(Staff.SUPERVISOR)) {
            return true;
        }
        boolean wardStaff = staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER);
        return wardStaff && followUp.ward() != null && followUp.ward().equals(staff.ward());
    }

    private FollowUpScope() {
    }
}
