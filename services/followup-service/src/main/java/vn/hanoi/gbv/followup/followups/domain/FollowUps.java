package vn.hanoi.gbv.followup.followups.domain;

import java.util.List;
import vn.hanoi.gbv.events.Actor;

/** Where follow-ups are kept. Saving one saves its pending events with it, in one write. */
public interface FollowUps {

    /**
     * Adds a new follow-up with its events, unless one with the same id exists: then nothing is written and
     * the answer is false. Ids are derived from what caused the follow-up, so this is what makes scheduling
     * idempotent.
     */
    boolean addIfAbsent(FollowUp followUp, Actor actor);

    /** The case's follow-ups, earliest due first. */
    List<FollowUp> ofCase(String caseId);
}
