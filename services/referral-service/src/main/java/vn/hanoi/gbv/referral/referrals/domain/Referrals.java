package vn.hanoi.gbv.referral.referrals.domain;

import java.util.List;
import java.util.Optional;
import vn.hanoi.gbv.events.Actor;

/** Where referrals are kept. Saving a referral saves its pending events with it, in one write. */
public interface Referrals {

    Optional<Referral> byId(String id);

    /**
     * The referrals addressed to an agency, {@link Referral#urgent() urgent} ones first, then newest first: an
     * emergency referral or a case in immediate danger is never below routine ones.
     */
    List<Referral> addressedTo(String agencyId);

    /** The referrals of one case, newest first. */
    List<Referral> ofCase(String caseId);

    /**
     * Adds a new referral, unless one with its id exists: the id derives from the case and the agency
     * ({@link Referral#idFor}), so "exists" means this case was already referred to this agency, by this event
     * delivered before or by an earlier one. Returns whether it was added.
     */
    boolean addIfAbsent(Referral referral, Actor actor);

    void update(Referral referral, Actor actor);
}
