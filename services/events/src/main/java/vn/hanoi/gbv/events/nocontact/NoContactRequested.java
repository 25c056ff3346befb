package vn.hanoi.gbv.events.nocontact;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * A counsellor or a police officer asked the ward People's Committee chair for a no-contact decision; the chair
 * must decide by {@code decideBy} (12 hours after the request, Art. 25).
 */
public record NoContactRequested(
        String caseId,
        String requestId,
        String ward,
        String committeeAgencyId,
        OnBehalfOf onBehalfOf,
        Instant decideBy) implements CaseEvent {

    /** On whose behalf the request is made (Art. 25 (1)). */
    public enum OnBehalfOf {
        /** The survivor asked for it herself. */
        SURVIVOR_REQUEST,
        /** Her guardian or legal representative asked for it. */
        GUARDIAN_REQUEST,
        /** Her life is threatened: the chair may act on own initiative, unless she refuses. */
        LIFE_THREATENED
    }
}
