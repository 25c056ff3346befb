package vn.hanoi.gbv.referral.referrals.domain;

import java.time.Instant;
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

    /** Declined referrals no other agency could take: the supervisors' queue, oldest first. */
    List<Referral> awaitingSupervisor();

    /** SENT referrals past their acknowledgement deadline that have not escalated yet, oldest deadline first. */
    List<Referral> unacknowledgedPastDeadline(Instant now, int limit);

    /** Declined referrals, declined before {@code declinedBefore}, whose replacement may not have been made. */
    List<Referral> withPendingReroute(Instant declinedBefore, int limit);

    /**
     * Adds a new referral, unless one with its id exists: the id derives from the case and the agency
     * ({@link Referral#idFor}), so "exists" means this case was already referred to this agency, by this event
     * delivered before or by an earlier one. Returns whether it was added.
     */
    boolean addIfAbsent(Referral referral, Actor actor);

    /** Saves a changed referral if nobody changed it since it was read (else an optimistic-locking failure). */
    void update(Referral referral, Actor actor);

    /** Notes that a declined referral's replacement exists. Changes nothing an agency or a person sees. */
    void closeReroute(String declinedReferralId);
}
