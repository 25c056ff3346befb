package vn.hanoi.gbv.events.nocontact;

import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * The chair signed a no-contact decision, in force from {@code validFrom} (its signing) to {@code validUntil}, at
 * most three days later. {@code recipients} are the roles it is sent to, never people's names.
 */
public record NoContactIssued(
        String caseId,
        String requestId,
        String ward,
        String committeeAgencyId,
        Instant validFrom,
        Instant validUntil,
        Set<Recipient> recipients) implements CaseEvent {

    /** Who receives the decision, besides the perpetrator and the survivor (Art. 25 (4)). */
    public enum Recipient {
        /** The counsellor who follows the survivor's case. */
        SURVIVOR_COUNSELLOR,
        /** The ward (commune) police chief. */
        WARD_POLICE,
        /** The head of the village or residential group where the survivor lives. */
        RESIDENTIAL_GROUP_HEAD
    }
}
