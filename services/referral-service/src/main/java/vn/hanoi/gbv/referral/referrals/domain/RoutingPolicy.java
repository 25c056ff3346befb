package vn.hanoi.gbv.referral.referrals.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Destination;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Reason;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Unrouted;

/**
 * Where a case is referred. Every routing rule is in this class.
 *
 * <p>A verified case ({@link #route}):
 *
 * <ol>
 *   <li>The People's Committee of the case's ward is always notified (need: none). No consent is asked for:
 *       the commune committee is where the law has violence reported and decides protective measures such as
 *       no-contact, and the notification carries nothing that identifies the survivor.</li>
 *   <li>Each need is referred to one agency of the type that serves it ({@link Need#servedBy()}), but only if
 *       the survivor consented to share with that type. Without consent the need is not referred.</li>
 *   <li>Consent alone refers nothing: a type the survivor agreed to but does not need gets no referral.</li>
 *   <li>The agency must serve the case's ward. An agency listed for the ward itself is chosen before a
 *       province-wide one (it is nearer); among equals, the first in the directory, so the directory's order
 *       is the operator's preference.</li>
 *   <li>A need with consent but no agency serving the ward is not referred either; the result says so.</li>
 * </ol>
 *
 * <p>A case in immediate danger, registered but not yet verified ({@link #routeEmergency}):
 *
 * <ol start="6">
 *   <li>The ward's People's Committee is notified at once, as in rule 1.</li>
 *   <li>The police and health agencies serving the ward are referred at once, each only if the survivor
 *       consented to share with that type; consent is never overridden here. Unlike rule 3 the survivor need
 *       not have named the need: immediate danger is taken to need protection and medical care. The referral
 *       is for the need the type serves ({@link Need#POLICE}, {@link Need#MEDICAL}). Rules 4 and 5 choose the
 *       agency and record the gaps.</li>
 *   <li>Every other need waits for verification: the case's {@code CaseVerified} refers it by rules 1 to 5.
 *       A case is referred to an agency once, so the committee, police and health referrals already made
 *       are not made again then (the referral's id is derived from the case and the agency).</li>
 * </ol>
 *
 * <p>After a decline, and for a consent override:
 *
 * <ol start="9">
 *   <li>A declined referral goes to the next agency of the same type serving the ward, chosen as in rule 4,
 *       skipping every agency this case was already referred to (whatever came of it). When none is left, the
 *       need goes to the supervisors' queue ({@link #nextAfterDecline}).</li>
 *   <li>A consent override (immediate danger only, by a supervisor, with a legal basis; see
 *       {@link Referral#createByConsentOverride}) goes to the agency of the type chosen as in rule 4
 *       ({@link #agencyFor}).</li>
 * </ol>
 *
 * <p>Needs a follow-up found later ({@link #routeNewNeeds}):
 *
 * <ol start="11">
 *   <li>Each new need is referred as in rules 2, 4 and 5, within the consent referral knows <em>now</em> (the
 *       case's latest {@link CaseFacts}: verification, emergency registration, then every change of consent), to
 *       an agency serving the case's ward. The committee is not notified again: it was at verification. A case
 *       is referred to an agency once, so a need whose agency already has a referral of this case (made at
 *       verification, on the fast track, by a consent override or for an earlier follow-up, whatever came of it:
 *       a declined one was re-routed or is with the supervisors) adds nothing.</li>
 * </ol>
 */
public final class RoutingPolicy {

    /** Rule 7: the needs referred on the emergency fast track, in {@link Need} order. */
    private static final Set<Need> EMERGENCY_NEEDS = EnumSet.of(Need.MEDICAL, Need.POLICE);

    /** Rules 1 to 5: the referrals of a verified case. */
    public static Routing route(CaseVerified verifiedCase, AgencyDirectory directory) {
        String ward = verifiedCase.ward();
        List<Destination> destinations = new ArrayList<>();
        List<Unrouted> unrouted = new ArrayList<>();

        notifyCommittee(directory, ward, destinations, unrouted);
        // Rules 2 and 3: one referral per consented need; needs in a fixed order, so routing is repeatable.
        Set<AgencyType> consented = orEmpty(verifiedCase.consentedAgencyTypes(), AgencyType.class);
        for (Need need : orEmpty(verifiedCase.needs(), Need.class)) {
            referWithConsent(directory, ward, need, consented, destinations, unrouted);
        }
        return new Routing(destinations, unrouted);
    }

    /** Rules 6 to 8: the referrals made at once for a case in immediate danger, before it is verified. */
    public static Routing routeEmergency(EmergencyCaseRegistered emergencyCase, AgencyDirectory directory) {
        String ward = emergencyCase.ward();
        List<Destination> destinations = new ArrayList<>();
        List<Unrouted> unrouted = new ArrayList<>();

        notifyCommittee(directory, ward, destinations, unrouted);
        // Rule 7: police and health within consent, whatever needs were named; rule 8: nothing else yet.
        Set<AgencyType> consented = orEmpty(emergencyCase.consentedAgencyTypes(), AgencyType.class);
        for (Need need : EMERGENCY_NEEDS) {
            referWithConsent(directory, ward, need, consented, destinations, unrouted);
        }
        return new Routing(destinations, unrouted);
    }

    /**
     * Rule 11: the referrals of needs a follow-up identified, for a case referral knows ({@code facts}). The
     * case's ward is the one referral knows; the event's own ward stands in only where that is missing.
     */
    public static Routing routeNewNeeds(NewNeedsIdentified newNeeds, CaseFacts facts, AgencyDirectory directory) {
        String ward = facts.ward() != null ? facts.ward() : newNeeds.ward();
        List<Destination> destinations = new ArrayList<>();
        List<Unrouted> unrouted = new ArrayList<>();
        Set<AgencyType> consented = orEmpty(facts.consentedAgencyTypes(), AgencyType.class);
        for (Need need : orEmpty(newNeeds.needs(), Need.class)) {
            referWithConsent(directory, ward, need, consented, destinations, unrouted);
        }
        return new Routing(destinations, unrouted);
    }

    /**
     * Rule 9: where a declined referral goes next, or empty when no other agency of its type serves the ward.
     *
     * @param alreadyReferred the agencies the case was referred to so far, the declining one among them
     */
    public static Optional<Agency> nextAfterDecline(Referral declined, AgencyDirectory directory,
            Set<String> alreadyReferred) {
        return candidates(directory, declined.ward(), declined.agencyType()).stream()
                .filter(agency -> !alreadyReferred.contains(agency.id()) && !agency.id().equals(declined.agencyId()))
                .findFirst();
    }

    /** Rule 10: the agency of this type a consent override goes to. */
    public static Optional<Agency> agencyFor(String ward, AgencyType type, AgencyDirectory directory) {
        return agencyServing(directory, ward, type);
    }

    /** Rules 1 and 6: the ward's People's Committee, always, without a need. */
    private static void notifyCommittee(AgencyDirectory directory, String ward, List<Destination> destinations,
            List<Unrouted> unrouted) {
        agencyServing(directory, ward, AgencyType.PEOPLES_COMMITTEE).ifPresentOrElse(
                committee -> destinations.add(new Destination(committee, null)),
                () -> unrouted.add(new Unrouted(AgencyType.PEOPLES_COMMITTEE, null, Reason.NO_AGENCY_SERVES_WARD)));
    }

    /** Rules 2 and 5: a need goes to the agency of its type serving the ward, only with consent to that type. */
    private static void referWithConsent(AgencyDirectory directory, String ward, Need need,
            Set<AgencyType> consented, List<Destination> destinations, List<Unrouted> unrouted) {
        AgencyType type = need.servedBy();
        if (!consented.contains(type)) {
            unrouted.add(new Unrouted(type, need, Reason.NO_CONSENT));
            return;
        }
        agencyServing(directory, ward, type).ifPresentOrElse(
                agency -> destinations.add(new Destination(agency, need)),
                () -> unrouted.add(new Unrouted(type, need, Reason.NO_AGENCY_SERVES_WARD)));
    }

    /** Rule 4: the ward's own agency before a province-wide one; otherwise the directory's order. */
    private static Optional<Agency> agencyServing(AgencyDirectory directory, String ward, AgencyType type) {
        return candidates(directory, ward, type).stream().findFirst();
    }

    /** Rule 4's order: the ward's own agencies, then province-wide ones, each in the directory's order. */
    private static List<Agency> candidates(AgencyDirectory directory, String ward, AgencyType type) {
        if (ward == null) {
            return List.of();
        }
        List<Agency> serving = directory.serving(ward, type);
        List<Agency> ordered = new ArrayList<>(serving.stream().filter(agency -> agency.local(ward)).toList());
        serving.stream().filter(agency -> !agency.local(ward)).forEach(ordered::add);
        return ordered;
    }

    private static <E extends Enum<E>> Set<E> orEmpty(Set<E> values, Class<E> type) {
        // EnumSet iterates in declaration order, whatever order the event's JSON array had.
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    private RoutingPolicy() {
    }
}
