package vn.hanoi.gbv.intake.cases.domain;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;

/**
 * What the survivor agreed to: to receive services at all, and with which types of agency her case may be
 * shared. No referral goes to a type she did not name.
 */
public record Consent(boolean services, Set<AgencyType> shareWith) {

    public Consent {
        shareWith = shareWith == null ? Set.of() : Set.copyOf(shareWith);
    }
}
