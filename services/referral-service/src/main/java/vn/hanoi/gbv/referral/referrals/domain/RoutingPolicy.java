package vn.hanoi.gbv.referral.referrals.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Destination;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Reason;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Unrouted;

/**
 * Where a verified case is referred. Every routing rule is in this class:
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
 */
public final class RoutingPolicy {

    public static Routing route(CaseVerified verifiedCase, AgencyDirectory directory) {
        String ward = verifiedCase.ward();
        List<Destination> destinations = new ArrayList<>();
        List<Unrouted> unrouted = new ArrayList<>();

        // Rule 1: the ward's People's Committee, always.
        agencyServing(directory, ward, AgencyType.PEOPLES_COMMITTEE).ifPresentOrElse(
                committee -> destinations.add(new Destination(committee, null)),
                () -> unrouted.add(new Unrouted(AgencyType.PEOPLES_COMMITTEE, null, Reason.NO_AGENCY_SERVES_WARD)));

        // Rules 2, 3 and 5: one referral per consented need; needs in a fixed order, so routing is repeatable.
        Set<AgencyType> consented = orEmpty(verifiedCase.consentedAgencyTypes(), AgencyType.class);
        for (Need need : orEmpty(verifiedCase.needs(), Need.class)) {
            AgencyType type = need.servedBy();
            if (!consented.contains(type)) {
                unrouted.add(new Unrouted(type, need, Reason.NO_CONSENT));
                continue;
            }
            agencyServing(directory, ward, type).ifPresentOrElse(
                    agency -> destinations.add(new Destination(agency, need)),
                    () -> unrouted.add(new Unrouted(type, need, Reason.NO_AGENCY_SERVES_WARD)));
        }
        return new Routing(destinations, unrouted);
    }

    /** Rule 4: the ward's own agency before a province-wide one; otherwise the directory's order. */
    private static Optional<Agency> agencyServing(AgencyDirectory directory, String ward, AgencyType type) {
        if (ward == null) {
            return Optional.empty();
        }
        List<Agency> candidates = directory.serving(ward, type);
        return candidates.stream().filter(agency -> agency.local(ward)).findFirst()
                .or(() -> candidates.stream().findFirst());
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
