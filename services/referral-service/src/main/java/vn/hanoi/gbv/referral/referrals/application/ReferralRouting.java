package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.AcknowledgementSla;
import vn.hanoi.gbv.referral.referrals.domain.CaseFacts;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.Routing;
import vn.hanoi.gbv.referral.referrals.domain.RoutingPolicy;

/**
 * Refers a case as {@link RoutingPolicy} says: at once when it is in immediate danger, when it is verified, and when
 * a follow-up finds new needs. Safe to repeat: a referral's id derives from the case and the agency ({@link Referral#idFor}), so a redelivered
 * event, or a verification after the emergency fast track, finds the referrals already made and adds only those
 * still missing.
 */
@Service
public class ReferralRouting {

    static final Actor ROUTER = Actor.service("referral-service");
    private static final Logger log = LoggerFactory.getLogger(ReferralRouting.class);

    /** Makes the referral to one destination chosen for the case. */
    private interface Referring {
        Referral create(String id, Routing.Destination destination, Instant now);
    }

    private final Referrals referrals;
    private final ReferredCases cases;
    private final AgencyDirectory directory;
    private final AcknowledgementSla sla;
    private final Clock clock;

    public ReferralRouting(Referrals referrals, ReferredCases cases, AgencyDirectory directory,
            AcknowledgementSla sla, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.directory = directory;
        this.sla = sla;
        this.clock = clock;
    }

    /** Creates the referrals of a case verified by event {@code eventId}; returns those created now. */
    public List<Referral> route(UUID eventId, CaseVerified verifiedCase) {
        // Remembered for later decisions that have no event at hand (consent overrides).
        cases.save(new CaseFacts(verifiedCase.caseId(), verifiedCase.caseCode(), verifiedCase.ward(),
                verifiedCase.incidentType(), verifiedCase.riskLevel(), verifiedCase.consentedAgencyTypes()));
        return refer(eventId, "verified", verifiedCase.caseId(), RoutingPolicy.route(verifiedCase, directory),
                (id, destination, now) -> Referral.create(id, verifiedCase, destination, now, sla));
    }

    /**
     * Creates the emergency referrals of a case in immediate danger, registered (or raised to it) by event
     * {@code eventId}, before verification; returns those created now.
     */
    public List<Referral> routeEmergency(UUID eventId, EmergencyCaseRegistered emergencyCase) {
        cases.save(new CaseFacts(emergencyCase.caseId(), emergencyCase.caseCode(), emergencyCase.ward(),
                emergencyCase.incidentType(), emergencyCase.riskLevel(), emergencyCase.consentedAgencyTypes()));
        return refer(eventId, "in immediate danger", emergencyCase.caseId(),
                RoutingPolicy.routeEmergency(emergencyCase, directory),
                (id, destination, now) -> Referral.createEmergency(id, emergencyCase, destination, now, sla));
    }

    /**
     * Refers the needs a follow-up identified (event {@code eventId}), within the consent referral knows now;
     * returns those created now. A case referral does not know (never verified nor registered in immediate
     * danger here) is left alone.
     */
    public List<Referral> routeNewNeeds(UUID eventId, NewNeedsIdentified newNeeds) {
        Optional<CaseFacts> known = cases.byId(newNeeds.caseId());
        if (known.isEmpty()) {
            log.info("Case {}: new needs (event {}) ignored: case not known here", newNeeds.caseId(), eventId);
            return List.of();
        }
        CaseFacts facts = known.get();
        return refer(eventId, "has new needs", facts.caseId(), RoutingPolicy.routeNewNeeds(newNeeds, facts, directory),
                (id, destination, now) -> Referral.createForNewNeed(id, facts, destination, now, sla));
    }

    private List<Referral> refer(UUID eventId, String what, String caseId, Routing routing, Referring referring) {
        List<Referral> created = new ArrayList<>();
        for (Routing.Destination destination : routing.destinations()) {
            String id = Referral.idFor(caseId, destination.agency().id());
            Referral referral = referring.create(id, destination, clock.instant());
            if (referrals.addIfAbsent(referral, ROUTER)) {
                created.add(referral);
            }
        }
        // Ids, types and enum values only: nothing here identifies the survivor.
        // Without consent is the survivor's choice, not a fault: INFO. A ward no agency serves is a directory gap.
        for (Routing.Unrouted gap : routing.unrouted()) {
            if (gap.reason() == Routing.Reason.NO_AGENCY_SERVES_WARD) {
                log.warn("Case {}: no referral to {} for need {}: {}", caseId, gap.agencyType(), gap.need(),
                        gap.reason());
            } else {
                log.info("Case {}: no referral to {} for need {}: {}", caseId, gap.agencyType(), gap.need(),
                        gap.reason());
            }
        }
        log.info("Case {} {} (event {}): {} referrals created, {} existed already", caseId, what, eventId,
                created.size(), routing.destinations().size() - created.size());
        return created;
    }
}
