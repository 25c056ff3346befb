package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hanoi.gbv.events.Actor;

/** Where follow-ups are kept. Saving one saves its pending events with it, in one write. */
public interface FollowUps {

    /**
     * Adds a new follow-up with its events, unless one with the same id exists: then nothing is written and
     * the answer is false. Ids are derived from what caused the follow-up, so this is what makes planning
     * idempotent.
     */
    boolean addIfAbsent(FollowUp followUp, Actor actor);

    Optional<FollowUp> byId(String id);

    /** Saves the state of the follow-up as last read, with its new events; a concurrent change fails it. */
    void update(FollowUp followUp, Actor actor);

    /** The case's follow-ups, earliest due first. */
    List<FollowUp> ofCase(String caseId);

    /** Open follow-ups matching the query, earliest due first, one page of them. */
    Page open(WorklistQuery query);

    /** Open follow-ups due before {@code now} whose overdue event has not gone out yet. */
    List<FollowUp> pastDueNotYetFlagged(Instant now, int limit);

    /** Open, flagged overdue, due before {@code dueBefore} and not yet escalated. */
    List<FollowUp> overdueNotYetEscalated(Instant dueBefore, int limit);

    /** One page of follow-ups and how many there are in all. */
    record Page(List<FollowUp> items, long total) {
    }
}
