package vn.hanoi.gbv.referral.nocontact.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hanoi.gbv.events.Actor;

/** Where no-contact requests are kept. Saving a request saves its pending events with it, in one write. */
public interface NoContactRequests {

    Optional<NoContactRequest> byId(String id);

    /** The requests of one case, newest first. */
    List<NoContactRequest> ofCase(String caseId);

    /** Adds a new request unless one with its id exists (then returns false). */
    boolean addIfAbsent(NoContactRequest request, Actor actor);

    /** Saves a changed request if nobody changed it since it was read (else an optimistic-locking failure). */
    void update(NoContactRequest request, Actor actor);

    /** REQUESTED, past their deadline, not yet marked overdue; oldest deadline first. */
    List<NoContactRequest> undecidedPastDeadline(Instant now, int limit);

    /** ISSUED, whose validity has ended by {@code now}; earliest end first. */
    List<NoContactRequest> issuedEndedBy(Instant now, int limit);
}
