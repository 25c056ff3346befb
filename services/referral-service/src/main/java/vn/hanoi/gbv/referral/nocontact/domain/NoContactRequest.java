package vn.hanoi.gbv.referral.nocontact.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled;
import vn.hanoi.gbv.events.nocontact.NoContactDecisionOverdue;
import vn.hanoi.gbv.events.nocontact.NoContactExpired;
import vn.hanoi.gbv.events.nocontact.NoContactIssued;
import vn.hanoi.gbv.events.nocontact.NoContactIssued.Recipient;
import vn.hanoi.gbv.events.nocontact.NoContactRefused;
import vn.hanoi.gbv.events.nocontact.NoContactRequested;
import vn.hanoi.gbv.events.nocontact.NoContactRequested.OnBehalfOf;
import vn.hanoi.gbv.platform.domain.DeterministicIds;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/**
 * A request to the chair of a ward People's Committee for a no-contact decision (Law 13/2022/QH15, Art. 25), and
 * the decision: filed on the survivor's behalf (her own or her guardian's request, or because her life is
 * threatened), decided within 12 hours — issued for at most 3 days, or refused in writing — then expired at the end
 * of its validity or cancelled by the chair. Each change records the past-tense event it causes; the events are
 * saved with the state in one write.
 *
 * <p>The written grounds of a refusal may name people: they stay in this service's database and never go into an
 * event, a log or an answer. Recipients are roles, never names.
 */
public class NoContactRequest {

    /** Every stored field of a request, for the repository to save and restore. */
    public record Snapshot(
            String id, String caseId, String ward, String committeeAgencyId, OnBehalfOf onBehalfOf,
            String requestedBy, Instant requestedAt, Instant decideBy, NoContactStatus status, Instant overdueAt,
            String decidedBy, Instant decidedAt, Instant validFrom, Instant validUntil, Set<Recipient> recipients,
            String refusalGrounds, String cancelledBy, Instant cancelledAt, NoContactCancelled.Cause cancellationCause,
            Instant expiredAt, long version) {

        public Snapshot {
            recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        }

        @Override
        public String toString() {
            return "NoContactRequest.Snapshot[" + id + " " + status + "]";
        }
    }

    private Snapshot s;
    private final List<CaseEvent> pendingEvents = new ArrayList<>();

    public static NoContactRequest restore(Snapshot snapshot) {
        return new NoContactRequest(snapshot);
    }

    private NoContactRequest(Snapshot snapshot) {
        this.s = snapshot;
    }

    /**
     * The id of the case's {@code n}-th request. Two filings at the same moment both take the next number, and
     * the unique id lets only one of them in.
     */
    public static String idFor(String caseId, int n) {
        return DeterministicIds.from(caseId, "no-contact", n);
    }

    /**
     * Files a request. Who may file is {@link NoContactScope}'s rule, checked before; here, what the request must
     * say: on whose behalf, and — when the chair is to act on own initiative because her life is threatened — that
     * the survivor has not refused it (the law does not let the chair act against her refusal).
     */
    public static NoContactRequest file(String id, String caseId, String ward, String committeeAgencyId,
            OnBehalfOf onBehalfOf, boolean survivorRefuses, Staff filer, Instant now) {
        if (onBehalfOf == null) {
            throw new InvalidInput("onBehalfOf", "problem.no-contact.on-behalf-of-required");
        }
        if (onBehalfOf == OnBehalfOf.LIFE_THREATENED && survivorRefuses) {
            throw new SurvivorRefuses();
        }
        Instant decideBy = NoContactRules.decideBy(now);
        NoContactRequest request = new NoContactRequest(new Snapshot(id, caseId, ward, committeeAgencyId, onBehalfOf,
                filer.id(), now, decideBy, NoContactStatus.REQUESTED, null, null, null, null, null, null, null, null,
                null, null, null, 0));
        request.pendingEvents.add(new NoContactRequested(caseId, id, ward, committeeAgencyId, onBehalfOf, decideBy));
        return request;
    }

    /** Still waiting for the chair, and the 12 hours are not over. */
    public boolean awaitingDecision(Instant now) {
        return s.status() == NoContactStatus.REQUESTED && NoContactRules.inTime(s.decideBy(), now);
    }

    /**
     * The chair issued the decision. Recipients default to all three roles the law names (the survivor's
     * counsellor, the ward police, the residential-group head); naming none is refused.
     */
    public void issue(Staff officer, Instant validFrom, Instant validUntil, Set<Recipient> recipients, Instant now) {
        requireDecidable("issue", now);
        NoContactRules.Validity validity = NoContactRules.validity(s.requestedAt(), now, validFrom, validUntil);
        Set<Recipient> to = recipients == null ? EnumSet.allOf(Recipient.class) : recipients;
        if (to.isEmpty() || to.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput("recipients", "problem.no-contact.recipients-required");
        }
        s = with(NoContactStatus.ISSUED, officer.id(), now, validity.from(), validity.until(), to, null, null, null,
                null, null);
        pendingEvents.add(new NoContactIssued(caseId(), id(), ward(), committeeAgencyId(), validity.from(),
                validity.until(), EnumSet.copyOf(to)));
    }

    /** The chair refused, in writing: the grounds are kept here and nowhere else. */
    public void refuse(Staff officer, String grounds, Instant now) {
        requireDecidable("refuse", now);
        if (grounds == null || grounds.isBlank()) {
            throw new InvalidInput("reasons", "problem.no-contact.reasons-required");
        }
        s = with(NoContactStatus.REFUSED, officer.id(), now, null, null, Set.of(), grounds.strip(), null, null, null,
                null);
        pendingEvents.add(new NoContactRefused(caseId(), id(), ward(), committeeAgencyId()));
    }

    /** The chair cancelled a decision still in force. */
    public void cancel(Staff officer, NoContactCancelled.Cause cause, Instant now) {
        if (cause == null) {
            throw new InvalidInput("cause", "problem.no-contact.cause-required");
        }
        if (s.status() != NoContactStatus.ISSUED) {
            throw new IllegalNoContactTransition("cancel", s.status());
        }
        if (NoContactRules.ended(s.validUntil(), now)) {
            throw new IllegalNoContactTransition("cancel", NoContactStatus.EXPIRED);
        }
        s = with(NoContactStatus.CANCELLED, s.decidedBy(), s.decidedAt(), s.validFrom(), s.validUntil(),
                s.recipients(), s.refusalGrounds(), officer.id(), now, cause, null);
        pendingEvents.add(new NoContactCancelled(caseId(), id(), ward(), committeeAgencyId(), cause));
    }

    /** Marks an undecided request overdue, once; returns whether it did so now. */
    public boolean markOverdueIfDue(Instant now) {
        if (s.status() != NoContactStatus.REQUESTED || s.overdueAt() != null
                || NoContactRules.inTime(s.decideBy(), now)) {
            return false;
        }
        s = new Snapshot(s.id(), s.caseId(), s.ward(), s.committeeAgencyId(), s.onBehalfOf(), s.requestedBy(),
                s.requestedAt(), s.decideBy(), s.status(), now, s.decidedBy(), s.decidedAt(), s.validFrom(),
                s.validUntil(), s.recipients(), s.refusalGrounds(), s.cancelledBy(), s.cancelledAt(),
                s.cancellationCause(), s.expiredAt(), s.version());
        pendingEvents.add(new NoContactDecisionOverdue(caseId(), id(), ward(), committeeAgencyId(), s.decideBy()));
        return true;
    }

    /** Expires an issued decision whose validity has ended, once; returns whether it did so now. */
    public boolean expireIfEnded(Instant now) {
        if (s.status() != NoContactStatus.ISSUED || !NoContactRules.ended(s.validUntil(), now)) {
            return false;
        }
        s = with(NoContactStatus.EXPIRED, s.decidedBy(), s.decidedAt(), s.validFrom(), s.validUntil(),
                s.recipients(), s.refusalGrounds(), null, null, null, now);
        pendingEvents.add(new NoContactExpired(caseId(), id(), ward(), committeeAgencyId(), s.validUntil()));
        return true;
    }

    private void requireDecidable(String action, Instant now) {
        if (s.status() != NoContactStatus.REQUESTED) {
            throw new IllegalNoContactTransition(action, s.status());
        }
        NoContactRules.checkInTime(s.decideBy(), now);
    }

    private Snapshot with(NoContactStatus status, String decidedBy, Instant decidedAt, Instant validFrom,
            Instant validUntil, Set<Recipient> recipients, String refusalGrounds, String cancelledBy,
            Instant cancelledAt, NoContactCancelled.Cause cause, Instant expiredAt) {
        return new Snapshot(s.id(), s.caseId(), s.ward(), s.committeeAgencyId(), s.onBehalfOf(), s.requestedBy(),
                s.requestedAt(), s.decideBy(), status, s.overdueAt(), decidedBy, decidedAt, validFrom, validUntil,
                recipients, refusalGrounds, cancelledBy, cancelledAt, cause, expiredAt, s.version());
    }

    /** The events recorded since the request was loaded; the repository saves them with the state. */
    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public Snapshot snapshot() {
        return s;
    }

    public String id() {
        return s.id();
    }

    public String caseId() {
        return s.caseId();
    }

    public String ward() {
        return s.ward();
    }

    public String committeeAgencyId() {
        return s.committeeAgencyId();
    }

    public NoContactStatus status() {
        return s.status();
    }

    public Instant decideBy() {
        return s.decideBy();
    }

    public Instant overdueAt() {
        return s.overdueAt();
    }

    public Instant validFrom() {
        return s.validFrom();
    }

    public Instant validUntil() {
        return s.validUntil();
    }

    public long version() {
        return s.version();
    }

    /** The survivor refuses a decision the chair would take on own initiative (Art. 25): 422. */
    public static class SurvivorRefuses extends vn.hanoi.gbv.platform.domain.DomainException {

        public SurvivorRefuses() {
            super("problem.no-contact.survivor-refuses", null);
        }
    }
}
