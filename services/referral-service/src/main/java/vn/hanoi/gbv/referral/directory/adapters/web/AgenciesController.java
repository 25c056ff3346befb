package vn.hanoi.gbv.referral.directory.adapters.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;

/**
 * The agency directory, read-only: so a counsellor can tell a survivor which agencies serve her ward before
 * she chooses whom to share with. Public reference data, hence open to every staff role.
 */
@RestController
@RequestMapping(path = "/api/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
class AgenciesController {

    private final AgencyDirectory directory;

    AgenciesController(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER', 'SUPERVISOR', 'ADMIN')")
    List<AgencyView> agencies(@RequestParam(required = false) String ward) {
        var agencies = ward == null ? directory.agencies() : directory.serving(ward);
        return agencies.stream().map(AgencyView::of).toList();
    }
}
