package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;

/**
 * What the survivor agreed to: to receive services at all; to have her case shared with each type of agency;
 * to be counted in non-identifiable statistics. Who gave it, when, and which counsellor recorded it.
 * Any part can be withdrawn; see {@link GbvCase#changeConsent}.
 */
public record Consent(
        boolean services,
        Set<AgencyType> shareWith,
        boolean nonIdentifiableReporting,
        ConsentGiver givenBy,
        Instant givenAt,
        String recordedBy) {

    public Consent {
        shareWith = shareWith == null || shareWith.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shareWith));
        givenBy = givenBy == null ? ConsentGiver.SURVIVOR : givenBy;
    }

    /** May her case be shared with this type of agency? Nothing is shared without consent to services. */
    public boolean allowsSharingWith(AgencyType type) {
        return services && shareWith.contains(type);
    }

    /** The types she shared with under {@code before} and does not under this consent. */
    public Set<AgencyType> withdrawnSince(Consent before) {
        EnumSet<AgencyType> withdrawn = EnumSet.noneOf(AgencyType.class);
        for (AgencyType type : AgencyType.values()) {
            if (before.allowsSharingWith(type) && !allowsSharingWith(type)) {
                withdrawn.add(type);
            }
        }
        return withdrawn;
    }
}
