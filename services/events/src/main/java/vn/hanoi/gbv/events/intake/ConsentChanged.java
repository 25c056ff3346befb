package vn.hanoi.gbv.events.intake;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * The survivor (or her guardian) changed her consent. {@code withdrawnFrom} lists the agency types she no
 * longer shares with: referral must stop disclosing to them at once.
 */
public record ConsentChanged(
        String caseId,
        String ward,
        boolean services,
        Set<AgencyType> consentedAgencyTypes,
        Set<AgencyType> withdrawnFrom,
        boolean nonIdentifiableReporting,
        String givenBy) implements CaseEvent {
}
