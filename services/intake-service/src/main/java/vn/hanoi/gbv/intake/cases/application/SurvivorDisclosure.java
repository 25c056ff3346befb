package vn.hanoi.gbv.intake.cases.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;
import vn.hanoi.gbv.intake.cases.domain.CaseNotFound;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.Disclosure;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * Gives the referral service, for an agency officer who asked to open a survivor's contact details, the fields
 * her consent allows for that agency's type, and nothing once she has withdrawn it. Every disclosure is an
 * event on the case's audit timeline, naming the fields but never their values.
 */
@Service
public class SurvivorDisclosure {

    private final Cases cases;

    public SurvivorDisclosure(Cases cases) {
        this.cases = cases;
    }

    public Disclosure disclose(CurrentUser service, String caseId, String agencyId, AgencyType agencyType,
            String onBehalfOf) {
        GbvCase gbvCase = cases.byId(caseId).orElseThrow(CaseNotFound::new);
        Disclosure disclosure = gbvCase.disclosureFor(agencyType);
        cases.record(caseId, List.of(new SurvivorDataDisclosed(caseId, gbvCase.ward(), agencyId, agencyType,
                onBehalfOf, disclosure.fields())), service.actingAs("SERVICE"));
        return disclosure;
    }
}
