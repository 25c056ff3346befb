package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.platform.domain.DeterministicIds;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.Routing;
import vn.hanoi.gbv.referral.referrals.domain.RoutingPolicy;

/**
 * Refers a verified case as {@link RoutingPolicy} says. Safe to repeat for the same event: each referral's id
 * derives from the event and the agency, so a redelivered event finds its referrals already there and adds
 * nothing, and one that failed half-way adds only the referrals still missing.
 */
@Service
public class ReferralRouting {

    static final Actor ROUTER = Actor.service("referral-service");
    private static final Logger log = LoggerFactory.getLogger(ReferralRouting.class);

    private final Referrals referrals;
    private final AgencyDirectory directory;
    private final Clock clock;

    public ReferralRouting(Referrals referrals, AgencyDirectory directory, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.clock = clock;
    }

    /** Creates the referrals of a case verified by event {@code eventId}; returns those created now. */
    public List<Referral> route(UUID eventId, CaseVerified verifiedCase) {
        Routing routing = RoutingPolicy.route(verifiedCase, directory);
        List<Referral> created = new ArrayList<>();
        for (Routing.Destination destination : routing.destinations()) {
            String id = DeterministicIds.from(eventId, destination.agency().id());
            Referral referral = Referral.create(id, verifiedCase, destination, clock.instant());
            if (referrals.addIfAbsent(referral, ROUTER)) {
                created.add(referral);
            }
        }
        // Ids, types and enum values only: nothing here identifies the survivor.
        for (Routing.Unrouted gap : routing.unrouted()) {
            log.warn("Case {}: no referral to {} for need {}: {}", verifiedCase.caseId(), gap.agencyType(),
                    gap.need(), gap.reason());
        }
        log.info("Case {} verified by event {}: {} referrals created, {} existed already", verifiedCase.caseId(),
                eventId, created.size(), routing.destinations().size() - created.size());
        return created;
    }
}
