package vn.hanoi.gbv.intake.cases.application;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;
import vn.hanoi.gbv.intake.cases.domain.CaseNotFound;
import vn.hanoi.gbv.intake.cases.domain.CaseReferrals;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.Disclosure;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.config.DisclosureProperties;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/**
 * Gives an agency officer, through the referral service, the survivor fields her consent allows for the officer's
 * agency type, and nothing once she has withdrawn it. All of it comes from signed claims and intake's own records:
 * the token must be one the referral service obtained for the officer (token exchange), the officer's agency is
 * her token's {@code agency} claim, and the case must have an open referral to that agency (as referral's events
 * told intake), whose type decides the fields. Nothing the request says is believed. Every disclosure is an event
 * on the case's audit timeline naming the officer and the fields, never their values.
 */
@Service
public class SurvivorDisclosure {

    private final Cases cases;
    private final CaseReferrals referrals;
    private final DisclosureProperties properties;

    public SurvivorDisclosure(Cases cases, CaseReferrals referrals, DisclosureProperties properties) {
        this.cases = cases;
        this.referrals = referrals;
        this.properties = properties;
    }

    /**
     * @param officer      the token's subject: an agency officer
     * @param actingClient the client that obtained the token for her ({@code act.sub}), if any
     */
    public Disclosure disclose(CurrentUser officer, Optional<String> actingClient, String caseId) {
        if (!actingClient.filter(properties.actingClient()::equals).isPresent()) {
            throw new Forbidden("problem.disclosure.through-referral-only");
        }
        if (!officer.hasRole(Roles.AGENCY_OFFICER) || officer.agency() == null) {
            throw new Forbidden("problem.forbidden");
        }
        // An agency without an open referral for this case learns nothing, not even that the case exists.
        AgencyType agencyType = referrals.openReferralTo(caseId, officer.agency()).orElseThrow(CaseNotFound::new);
        GbvCase gbvCase = cases.byId(caseId).orElseThrow(CaseNotFound::new);
        Disclosure disclosure = gbvCase.disclosureFor(agencyType);
        cases.record(caseId, List.of(new SurvivorDataDisclosed(caseId, gbvCase.ward(), officer.agency(), agencyType,
                officer.id(), disclosure.fields())), officer.actingAs(Roles.AGENCY_OFFICER));
        return disclosure;
    }
}
