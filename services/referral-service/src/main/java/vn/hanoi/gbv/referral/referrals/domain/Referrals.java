package vn.hanoi.gbv.referral.referrals.domain;

import java.util.List;
import java.util.Optional;
import vn.hanoi.gbv.events.Actor;

/** Where referrals are kept. Saving a referral saves its pending events with it, in one write. */
public interface Referrals {

    Optional<Referral> byId(String id);

    /** The referrals addressed to an agency, newest first. */
    List<Referral> addressedTo(String agencyId);

    /** The referrals of one case, newest first. */
    List<Referral> ofCase(String caseId);

    /**
     * Adds a new referral, unless one with its id exists: ids derive from the event that caused them, so
     * "exists" means that event was handled before. Returns whether it was added.
     */
    boolean addIfAbsent(Referral referral, Actor actor);

    void update(Referral referral, Actor actor);
}
