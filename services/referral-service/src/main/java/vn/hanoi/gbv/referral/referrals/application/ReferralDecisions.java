package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.AcknowledgementSla;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNotFound;
import vn.hanoi.gbv.referral.referrals.domain.ReferralScope;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.RoutingPolicy;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/**
 * Every step of a referral's life taken by a person: the receiving agency acknowledges, accepts, completes or
 * declines it (a decline re-routes it); the case's counsellor or a supervisor revokes it.
 */
@Service
public class ReferralDecisions {

    private static final Logger log = LoggerFactory.getLogger(ReferralDecisions.class);

    private final Referrals referrals;
    private final AgencyDirectory directory;
    private final AcknowledgementSla sla;
    private final Clock clock;

    public ReferralDecisions(Referrals referrals, AgencyDirectory directory, AcknowledgementSla sla, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.sla = sla;
        this.clock = clock;
    }

    public Referral acknowledge(CurrentUser officer, String referralId) {
        Referral referral = visible(officer, referralId);
        referral.acknowledge(Staffs.of(officer), clock.instant());
        referrals.update(referral, officerActor(officer));
        return referral;
    }

    public Referral accept(CurrentUser officer, String referralId) {
        Referral referral = visible(officer, referralId);
        referral.accept(Staffs.of(officer), clock.instant());
        referrals.update(referral, officerActor(officer));
        return referral;
    }

    public Referral complete(CurrentUser officer, String referralId, Outcome outcome) {
        Referral referral = visible(officer, referralId);
        referral.complete(Staffs.of(officer), outcome, clock.instant());
        referrals.update(referral, officerActor(officer));
        return referral;
    }

    /**
     * Declines, and passes the referral on: the next agency is chosen and recorded in the same write as the
     * decline, then the new referral is made. Should the service stop in between, {@link AcknowledgementWatch}
     * makes it later, to the same agency.
     */
    public Referral decline(CurrentUser officer, String referralId, String reason) {
        Referral referral = visible(officer, referralId);
        Set<String> alreadyReferred = referrals.ofCase(referral.caseId()).stream().map(Referral::agencyId)
                .collect(Collectors.toSet());
        Agency next = RoutingPolicy.nextAfterDecline(referral, directory, alreadyReferred).orElse(null);
        referral.decline(Staffs.of(officer), reason, next, clock.instant());
        referrals.update(referral, officerActor(officer));
        if (next != null) {
            finishReroute(referral, ReferralRouting.ROUTER);
        } else {
            log.warn("Case {}: referral {} declined and no other {} serves ward {}: to the supervisors' queue",
                    referral.caseId(), referral.id(), referral.agencyType(), referral.ward());
        }
        return referral;
    }

    /** Makes the referral a decline chose; safe to repeat (the new referral's id is fixed by case and agency). */
    void finishReroute(Referral declined, Actor actor) {
        Agency next = directory.byId(declined.reroutedTo()).orElse(null);
        if (next == null) {
            // The directory no longer lists it (replaced since the decline): leave it open for an operator to see.
            log.error("Referral {} was re-routed to {}, which is no longer in the directory", declined.id(),
                    declined.reroutedTo());
            return;
        }
        referrals.addIfAbsent(declined.rerouted(next, clock.instant(), sla), actor);
        referrals.closeReroute(declined.id());
    }

    public Referral revoke(CurrentUser user, String referralId, Cause cause) {
        Referral referral = referrals.byId(referralId).orElseThrow(ReferralNotFound::new);
        Staff staff = Staffs.of(user);
        if (!ReferralScope.canSee(staff, referral)) {
            throw new ReferralNotFound();
        }
        referral.revoke(staff, cause, clock.instant());
        referrals.update(referral, user.asActor(Roles.SUPERVISOR, Roles.COUNSELLOR));
        return referral;
    }

    private Referral visible(CurrentUser user, String referralId) {
        Staff staff = Staffs.of(user);
        return referrals.byId(referralId).filter(found -> ReferralScope.canSee(staff, found))
                .orElseThrow(ReferralNotFound::new);
    }

    private static Actor officerActor(CurrentUser officer) {
        return officer.asActor(Roles.AGENCY_OFFICER, Roles.COMMITTEE_OFFICER);
    }
}
