package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * The survivor narrowed or withdrew her consent: referrals to the agency types she withdrew from, not yet taken
 * up, are revoked at once. The People's Committee notification is not consent-based and stays. Repeating an
 * event changes nothing: a revoked referral is not revoked again.
 */
@Service
public class ConsentWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(ConsentWithdrawals.class);

    private final Referrals referrals;
    private final ReferredCases cases;
    private final Clock clock;

    public ConsentWithdrawals(Referrals referrals, ReferredCases cases, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.clock = clock;
    }

    /** Returns the referrals revoked now. */
    public int on(UUID eventId, ConsentChanged change) {
        // Kept for later routing (new needs, overrides): no consent to services leaves no type consented.
        cases.consentChanged(change.caseId(), change.services() ? change.consentedAgencyTypes() : Set.of());
        Set<AgencyType> withdrawn = EnumSet.noneOf(AgencyType.class);
        if (change.withdrawnFrom() != null) {
            withdrawn.addAll(change.withdrawnFrom());
        }
        if (!change.services()) {
            // No consent to services at all: nothing is shared with any agency, whatever the list says.
            withdrawn.addAll(EnumSet.allOf(AgencyType.class));
        }
        withdrawn.remove(AgencyType.PEOPLES_COMMITTEE);
        int revoked = 0;
        for (Referral referral : referrals.ofCase(change.caseId())) {
            if (withdrawn.contains(referral.agencyType())
                    && referral.revokeForWithdrawnConsent(ReferralRouting.ROUTER.id(), clock.instant())) {
                // A concurrent change fails the version check and the listener retries the event.
                referrals.update(referral, ReferralRouting.ROUTER);
                revoked++;
            }
        }
        log.info("Case {}: consent changed (event {}), {} referrals revoked", change.caseId(), eventId, revoked);
        return revoked;
    }
}
