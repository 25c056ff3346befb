package vn.hanoi.gbv.intake.cases.domain;

import java.util.Set;

/**
 * Who may see a case: counsellors and verifiers their own ward's cases; supervisors every case, or their
 * ward's when their token names a ward. Anyone else sees nothing, and is told "not found", so that the answer
 * gives no hint that a case exists.
 */
public final class CaseScope {

    public static boolean canSee(Staff staff, GbvCase gbvCase) {
        return canSeeWard(staff, gbvCase.ward());
    }

    public static boolean canSeeWard(Staff staff, String ward) {
        if (staff.is(Staff.SUPERVISOR)) {
            return staff.ward() == null || staff.ward().equals(ward);
        }
        boolean wardStaff = staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER);
        return wardStaff && ward.equals(staff.ward());
    }

    /** The wards a list may show this person: null means every ward. */
    public static Set<String> wardsOf(Staff staff) {
        if (staff.is(Staff.SUPERVISOR) && staff.ward() == null) {
            return null;
        }
        return staff.ward() == null ? Set.of() : Set.of(staff.ward());
    }

    private CaseScope() {
    }
}
