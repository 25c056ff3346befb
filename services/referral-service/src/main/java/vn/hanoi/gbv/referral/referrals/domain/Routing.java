package vn.hanoi.gbv.referral.referrals.domain;

import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * Where {@link RoutingPolicy} sends one case: the referrals to create, and what it could not refer
 * and why, so that a gap in consent or in the directory is visible rather than silent.
 */
public record Routing(List<Destination> destinations, List<Unrouted> unrouted) {

    public Routing {
        destinations = List.copyOf(destinations);
        unrouted = List.copyOf(unrouted);
    }

    /** One referral to make: to this agency, for this need (null for the People's Committee notification). */
    public record Destination(Agency agency, Need need) {
    }

    /** A referral not made: the agency type it would have gone to, the need (null for the committee), why. */
    public record Unrouted(AgencyType agencyType, Need need, Reason reason) {
    }

    public enum Reason {
        /** The survivor did not consent to share with this type of agency. */
        NO_CONSENT,
        /** The directory has no agency of this type serving the case's ward. */
        NO_AGENCY_SERVES_WARD
    }
}
