package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.NotFound;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.AcknowledgementSla;
import vn.hanoi.gbv.referral.referrals.domain.CaseFacts;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.RoutingPolicy;

/**
 * A supervisor refers a case in immediate danger to an agency type the survivor did not consent to, naming the
 * legal basis. The rules are {@link Referral#createByConsentOverride}'s; the agency is chosen by routing rule 10.
 */
@Service
public class ConsentOverrides {

    private final ReferredCases cases;
    private final Referrals referrals;
    private final AgencyDirectory directory;
    private final AcknowledgementSla sla;
    private final Clock clock;

    public ConsentOverrides(ReferredCases cases, Referrals referrals, AgencyDirectory directory,
            AcknowledgementSla sla, Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.directory = directory;
        this.sla = sla;
        this.clock = clock;
    }

    public Referral override(CurrentUser supervisor, String caseId, AgencyType agencyType, LegalBasis legalBasis) {
        CaseFacts facts = cases.byId(caseId).orElseThrow(() -> new NotFound("case"));
        Agency agency = RoutingPolicy.agencyFor(facts.ward(), agencyType, directory)
                .orElseThrow(() -> new Conflict("problem.referral.no-agency-serves-ward", agencyType, facts.ward()));
        Referral referral = Referral.createByConsentOverride(facts, agency, legalBasis, Staffs.of(supervisor),
                clock.instant(), sla);
        if (!referrals.addIfAbsent(referral, supervisor.actingAs(Roles.SUPERVISOR))) {
            throw new Conflict("problem.referral.already-referred", agency.id());
        }
        return referral;
    }
}
