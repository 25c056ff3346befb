package vn.hanoi.gbv.intake.cases.domain;

/**
 * Who may see a case: counsellors and verifiers their own ward's cases, supervisors every case. Anyone else
 * sees nothing, and is told "not found" so that the answer gives no hint a case exists.
 */
public final class CaseScope {

    public static boolean canSee(Staff staff, GbvCase gbvCase) {
        if (staff.is(Staff.SUPERVISOR)) {
            return true;
        }
        boolean wardStaff = staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER);
        return wardStaff && gbvCase.ward().equals(staff.ward());
    }

    private CaseScope() {
    }
}
