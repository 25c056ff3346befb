package vn.hanoi.gbv.intake.cases.application;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.intake.cases.domain.CaseFilter;
import vn.hanoi.gbv.intake.cases.domain.CasePage;
import vn.hanoi.gbv.intake.cases.domain.CaseScope;
import vn.hanoi.gbv.intake.cases.domain.CaseSummary;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.Staff;
import vn.hanoi.gbv.intake.cases.domain.Survivor;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/**
 * Lists within the caller's scope, and the survivor search: by phone, or by name and birth year, compared
 * through the blind indexes. A search match reveals that a survivor is known, so each match is an access event.
 */
@Service
public class CaseSearch {

    private final Cases cases;

    public CaseSearch(Cases cases) {
        this.cases = cases;
    }

    public CasePage list(CurrentUser user, CaseFilter requested, String ward, int page, int size) {
        Staff staff = Staffs.of(user);
        Set<String> scope = CaseScope.wardsOf(staff);
        Set<String> wards;
        if (ward == null) {
            wards = scope;
        } else {
            // Asking for a ward outside one's scope gives an empty list, not an error that confirms it exists.
            wards = scope == null || scope.contains(ward) ? Set.of(ward) : Set.of();
        }
        return cases.list(new CaseFilter(wards, requested.status(), requested.riskLevel(), requested.registeredFrom(),
                requested.registeredTo()), page, size);
    }

    public List<CaseSummary> findSurvivor(CurrentUser user, String ward, Survivor probe) {
        Staff staff = Staffs.of(user);
        String searchWard = ward != null ? ward : staff.ward();
        if (searchWard == null || !CaseScope.canSeeWard(staff, searchWard)) {
            return List.of();
        }
        List<CaseSummary> matches = cases.possibleDuplicates(searchWard, probe);
        var actor = user.asActor(Roles.SUPERVISOR, Roles.WARD_VERIFIER, Roles.COUNSELLOR);
        matches.forEach(match -> cases.record(match.id(),
                List.of(new CaseAccessed(match.id(), match.ward(), "SEARCH_MATCH")), actor));
        return matches;
    }
}
