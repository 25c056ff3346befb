package vn.hanoi.gbv.referral.referrals.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.referral.ConsentOverridden;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralAcknowledged;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.events.referral.ReferralNeedsSupervisor;
import vn.hanoi.gbv.events.referral.ReferralNoteAdded;
import vn.hanoi.gbv.events.referral.ReferralRerouted;
import vn.hanoi.gbv.events.referral.ReferralRevoked;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.DeterministicIds;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * One case referred to one agency, and its life: SENT → ACKNOWLEDGED → ACCEPTED → COMPLETED (with an outcome);
 * DECLINED by the agency (then re-routed to the next agency of its type, or left to a supervisor); REVOKED by
 * the case's counsellor or a supervisor, or because the survivor withdrew consent. Not acknowledged in time, it
 * escalates once. Each change records the past-tense event it causes; the events are saved with the state in one
 * write.
 *
 * <p>Nothing here identifies the survivor but free text: the case id and code, the ward and the case's
 * classification. A decline reason may name people, so it stays in this service's database and never goes into
 * an event, a log or an answer. The {@link ReferralNote notes} the case's counsellor or a supervisor writes for
 * the agency can identify her: the repository stores them encrypted, only {@link ReferralScope#canReadNotes}
 * readers get them, and their text never goes into an event or a log.
 */
public class Referral {

    /** The most notes one referral holds: bounds the document, far above what a counsellor writes. */
    public static final int MAX_NOTES = 100;

    /** Every stored field of a referral, for the repository to save and restore. */
    public record Snapshot(
            String id, String caseId, String caseCode, String ward, String agencyId, AgencyType agencyType,
            Need need, IncidentType incidentType, RiskLevel riskLevel, boolean emergency, ReferralStatus status,
            Instant createdAt, Instant acknowledgeBy, Instant acknowledgedAt, Instant escalatedAt,
            String decidedBy, Instant decidedAt, String declineReason,
            Outcome outcome, Instant completedAt,
            String revokedBy, Instant revokedAt, Cause revocationCause,
            String reroutedFrom, String reroutedTo, boolean rerouteOpen, boolean needsSupervisor,
            LegalBasis consentOverride, String overriddenBy,
            List<ReferralNote> notes,
            long version) {

        public Snapshot {
            // Referrals stored before notes existed have none.
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        @Override
        public String toString() {
            return "Referral.Snapshot[" + id + " " + status + "]";
        }
    }

    private Snapshot s;
    private final List<CaseEvent> pendingEvents = new ArrayList<>();

    public static Referral restore(Snapshot snapshot) {
        return new Referral(snapshot);
    }

    private Referral(Snapshot snapshot) {
        this.s = snapshot;
    }

    public Snapshot snapshot() {
        return s;
    }

    /**
     * The id of the referral of a case to an agency. A case is referred to an agency once: the id derives from
     * the two, so whichever event asks for that referral (the emergency fast track, the verification, either
     * delivered twice, a re-route retried) the second insert is refused by the unique id.
     */
    public static String idFor(String caseId, String agencyId) {
        return DeterministicIds.from(caseId, agencyId);
    }

    /** Refers a verified case to the destination {@link RoutingPolicy#route} chose. */
    public static Referral create(String id, CaseVerified verifiedCase, Routing.Destination destination,
            Instant now, AcknowledgementSla sla) {
        return sent(id, verifiedCase.caseId(), verifiedCase.caseCode(), verifiedCase.ward(), destination.agency(),
                destination.need(), verifiedCase.incidentType(), verifiedCase.riskLevel(), false, now, sla, null,
                null, null, List.of());
    }

    /**
     * Refers a case in immediate danger, not yet verified, to the destination
     * {@link RoutingPolicy#routeEmergency} chose. The referral is marked {@link #emergency()}.
     */
    public static Referral createEmergency(String id, EmergencyCaseRegistered emergencyCase,
            Routing.Destination destination, Instant now, AcknowledgementSla sla) {
        return sent(id, emergencyCase.caseId(), emergencyCase.caseCode(), emergencyCase.ward(),
                destination.agency(), destination.need(), emergencyCase.incidentType(), emergencyCase.riskLevel(),
                true, now, sla, null, null, null, List.of());
    }

    /**
     * Refers a known case to the destination {@link RoutingPolicy#routeNewNeeds} chose for a need a follow-up
     * identified. The case's code, classification and risk level are those referral last heard of from intake.
     */
    public static Referral createForNewNeed(String id, CaseFacts facts, Routing.Destination destination, Instant now,
            AcknowledgementSla sla) {
        return sent(id, facts.caseId(), facts.caseCode(), facts.ward(), destination.agency(), destination.need(),
                facts.incidentType(), facts.riskLevel(), false, now, sla, null, null, null, List.of());
    }

    /**
     * A supervisor refers a case to an agency type the survivor did not consent to. Allowed only while the case is
     * in immediate danger, only to a type she did not consent to (otherwise ordinary routing applies and no
     * override is recorded), and only with a legal basis; the override is an event on the case's timeline.
     */
    public static Referral createByConsentOverride(CaseFacts facts, Agency agency, LegalBasis legalBasis,
            Staff supervisor, Instant now, AcknowledgementSla sla) {
        if (!supervisor.is(Staff.SUPERVISOR)) {
            throw new Forbidden("problem.referral.override-supervisors-only");
        }
        if (legalBasis == null) {
            throw new InvalidInput("legalBasis", "problem.referral.legal-basis-required");
        }
        if (facts.riskLevel() != RiskLevel.IMMEDIATE_DANGER) {
            throw new Conflict("problem.referral.override-immediate-danger-only", facts.riskLevel());
        }
        if (agency.type() == AgencyType.PEOPLES_COMMITTEE || facts.consentedAgencyTypes().contains(agency.type())) {
            throw new Conflict("problem.referral.override-not-needed", agency.type());
        }
        Need need = Arrays.stream(Need.values()).filter(n -> n.servedBy() == agency.type()).findFirst().orElse(null);
        Referral referral = sent(idFor(facts.caseId(), agency.id()), facts.caseId(), facts.caseCode(), facts.ward(),
                agency, need, facts.incidentType(), facts.riskLevel(), false, now, sla, null, legalBasis,
                supervisor.id(), List.of());
        referral.pendingEvents.add(new ConsentOverridden(facts.caseId(), referral.id(), agency.id(), agency.type(),
                facts.ward(), legalBasis));
        return referral;
    }

    private static Referral sent(String id, String caseId, String caseCode, String ward, Agency agency, Need need,
            IncidentType incidentType, RiskLevel riskLevel, boolean emergency, Instant now, AcknowledgementSla sla,
            String reroutedFrom, LegalBasis consentOverride, String overriddenBy, List<ReferralNote> notes) {
        Referral referral = new Referral(new Snapshot(id, caseId, caseCode, ward, agency.id(), agency.type(), need,
                incidentType, riskLevel, emergency, ReferralStatus.SENT, now, acknowledgeBy(agency, riskLevel, now, sla), null, null,
                null, null, null, null, null, null, null, null, reroutedFrom, null, false, false, consentOverride,
                overriddenBy, notes, 0));
        referral.pendingEvents.add(new ReferralCreated(caseId, id, agency.id(), agency.type(), ward, need,
                riskLevel));
        return referral;
    }

    /**
     * The agency's own acknowledgement deadline, where the directory sets one, replaces the default by risk, except
     * for a case in immediate danger: that one hour is never lengthened.
     */
    private static Instant acknowledgeBy(Agency agency, RiskLevel risk, Instant now, AcknowledgementSla sla) {
        var own = agency.profile().acknowledgementSla();
        return own == null || risk == RiskLevel.IMMEDIATE_DANGER ? sla.dueAt(risk, now) : now.plus(own);
    }

    /** The agency has seen the referral: its acknowledgement deadline is met. */
    public void acknowledge(Staff officer, Instant now) {
        checkOfficerOfThisAgency(officer);
        requireStatus("acknowledge", ReferralStatus.SENT);
        s = with(ReferralStatus.ACKNOWLEDGED).acknowledgedAt(now);
        pendingEvents.add(new ReferralAcknowledged(caseId(), id(), agencyId(), agencyType(), ward()));
    }

    /** The receiving agency will serve the survivor; accepting unacknowledged acknowledges it too. */
    public void accept(Staff officer, Instant now) {
        checkOfficerOfThisAgency(officer);
        requireStatus("accept", ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED);
        s = with(ReferralStatus.ACCEPTED).acknowledgedNow(s.acknowledgedAt() == null ? now : s.acknowledgedAt())
                .decided(officer.id(), now);
        pendingEvents.add(new ReferralAccepted(caseId(), id(), agencyId(), agencyType(), ward(), riskLevel()));
    }

    /** The agency has done what it was asked, with a coded outcome. */
    public void complete(Staff officer, Outcome outcome, Instant now) {
        checkOfficerOfThisAgency(officer);
        if (outcome == null) {
            throw new InvalidInput("outcome", "problem.referral.outcome-required");
        }
        requireStatus("complete", ReferralStatus.ACCEPTED);
        s = with(ReferralStatus.COMPLETED).completed(outcome, now);
        pendingEvents.add(new ReferralCompleted(caseId(), id(), agencyId(), agencyType(), ward(), outcome));
    }

    /**
     * The receiving agency will not serve the survivor, and says why (kept here, not in the event). Where the
     * referral goes next is decided at the same moment and saved in the same write ({@code next}: the next
     * eligible agency, or empty for the supervisors' queue), so a crash before the new referral is made can be
     * finished later exactly as decided ({@link #reroutePending()}).
     */
    public void decline(Staff officer, String reason, Agency next, Instant now) {
        checkOfficerOfThisAgency(officer);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "problem.referral.reason-required");
        }
        requireStatus("decline", ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED);
        s = with(ReferralStatus.DECLINED).decidedNow(officer.id(), now).declined(reason.strip(),
                next == null ? null : next.id());
        pendingEvents.add(new ReferralDeclined(caseId(), id(), agencyId(), agencyType(), ward()));
        if (next == null) {
            pendingEvents.add(new ReferralNeedsSupervisor(caseId(), id(), agencyType(), ward(), need()));
        }
    }

    /**
     * The referral that replaces this declined one, at the agency chosen when it was declined. The notes go with
     * it: what the counsellor said an agency needs to act safely holds for the next agency of the same type, which
     * the survivor consented to as well.
     */
    public Referral rerouted(Agency next, Instant now, AcknowledgementSla sla) {
        if (s.status() != ReferralStatus.DECLINED || !next.id().equals(s.reroutedTo())) {
            throw new IllegalStateException("Referral " + id() + " was not declined towards " + next.id());
        }
        Referral referral = sent(idFor(caseId(), next.id()), caseId(), caseCode(), ward(), next, need(),
                incidentType(), riskLevel(), emergency(), now, sla, id(), s.consentOverride(), s.overriddenBy(),
                s.notes());
        referral.pendingEvents.add(new ReferralRerouted(caseId(), referral.id(), id(), next.id(), next.type(), ward(),
                need()));
        return referral;
    }

    /**
     * Withdrawn by the case's counsellor (of its ward) or a supervisor, with a coded cause, while it is not yet
     * done. CONSENT_WITHDRAWN is not theirs to give: it comes from intake's record of consent.
     */
    public void revoke(Staff staff, Cause cause, Instant now) {
        boolean wardCounsellor = staff.is(Staff.COUNSELLOR) && ward().equals(staff.ward());
        if (!staff.is(Staff.SUPERVISOR) && !wardCounsellor) {
            if (!ReferralScope.canSee(staff, this)) {
                throw new ReferralNotFound();
            }
            throw new Forbidden("problem.referral.revoke-counsellor-or-supervisor");
        }
        if (cause == null || cause == Cause.CONSENT_WITHDRAWN) {
            throw new InvalidInput("cause", "problem.referral.cause-required");
        }
        requireStatus("revoke", ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED);
        revoked(staff.id(), cause, now);
    }

    /**
     * The survivor withdrew her consent to this agency's type: a referral the agency has not yet taken up is
     * revoked at once. Returns whether it was (an accepted, finished or already revoked one is left as it is).
     */
    public boolean revokeForWithdrawnConsent(String by, Instant now) {
        if (!s.status().awaitingDecision()) {
            return false;
        }
        revoked(by, Cause.CONSENT_WITHDRAWN, now);
        return true;
    }

    /**
     * The case was closed (follow-up's four-eyes closure): a referral the agency has not yet taken up is revoked.
     * Returns whether it was; an accepted one stays with its agency, a finished or revoked one as it is.
     */
    public boolean revokeForClosedCase(String by, Instant now) {
        if (!s.status().awaitingDecision()) {
            return false;
        }
        revoked(by, Cause.CASE_CLOSED, now);
        return true;
    }

    private void revoked(String by, Cause cause, Instant now) {
        s = with(ReferralStatus.REVOKED).revoked(by, cause, now);
        pendingEvents.add(new ReferralRevoked(caseId(), id(), agencyId(), agencyType(), ward(), cause));
    }

    /**
     * The case's counsellor (of its ward) or a supervisor tells the receiving agency what it needs to act safely.
     * The note is kept with the referral, in the same write as the event saying that one was added (the text is
     * not in the event). Only while the agency may still act on it (SENT, ACKNOWLEDGED, ACCEPTED); never on the
     * People's Committee's notification, which by law carries nothing that identifies her.
     */
    public void addNote(Staff staff, String text, Instant now) {
        boolean wardCounsellor = staff.is(Staff.COUNSELLOR) && ward().equals(staff.ward());
        if (!staff.is(Staff.SUPERVISOR) && !wardCounsellor) {
            if (!ReferralScope.canSee(staff, this)) {
                throw new ReferralNotFound();
            }
            throw new Forbidden("problem.referral.notes-counsellor-or-supervisor");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "problem.referral.note-text-required");
        }
        String written = text.strip();
        if (written.length() > ReferralNote.MAX_LENGTH) {
            throw new InvalidInput("text", "problem.referral.note-too-long", ReferralNote.MAX_LENGTH);
        }
        if (agencyType() == AgencyType.PEOPLES_COMMITTEE) {
            throw new Conflict("problem.referral.notes-not-for-committee");
        }
        if (!s.status().open()) {
            throw new Conflict("problem.referral.notes-closed", s.status());
        }
        if (s.notes().size() >= MAX_NOTES) {
            throw new Conflict("problem.referral.notes-full", MAX_NOTES);
        }
        List<ReferralNote> notes = new ArrayList<>(s.notes());
        // To the millisecond, as the database keeps it, so what is answered now is what is read back later.
        notes.add(new ReferralNote(staff.id(), now.truncatedTo(ChronoUnit.MILLIS), written));
        s = with(s.status()).notes(notes);
        pendingEvents.add(new ReferralNoteAdded(caseId(), id(), agencyId(), agencyType(), ward()));
    }

    /**
     * Escalates a referral still unacknowledged past its deadline, once: the referral records that it did, so a
     * second pass, a second instance or a restart finds nothing more to do. Returns whether it escalated now.
     */
    public boolean escalateIfOverdue(Instant now) {
        if (s.status() != ReferralStatus.SENT || s.escalatedAt() != null || s.acknowledgeBy() == null
                || now.isBefore(s.acknowledgeBy())) {
            return false;
        }
        s = with(s.status()).escalated(now);
        pendingEvents.add(new ReferralEscalated(caseId(), id(), agencyId(), agencyType(), ward(), riskLevel(),
                s.acknowledgeBy()));
        return true;
    }

    /** Only an officer of the receiving agency acts on it; to any other agency it does not exist. */
    private void checkOfficerOfThisAgency(Staff officer) {
        if (!officer.isOfficer()) {
            throw new Forbidden("problem.referral.officers-decide");
        }
        if (!agencyId().equals(officer.agency())) {
            throw new ReferralNotFound();
        }
    }

    private void requireStatus(String action, ReferralStatus... allowed) {
        if (!Arrays.asList(allowed).contains(s.status())) {
            throw new IllegalReferralTransition(action, s.status());
        }
    }

    private Builder with(ReferralStatus next) {
        return new Builder(s, next);
    }

    /** Copies the snapshot with the fields a transition changes. */
    private static final class Builder {
        private final Snapshot o;
        private final ReferralStatus status;
        private Instant acknowledgedAt;
        private Instant escalatedAt;
        private String decidedBy;
        private Instant decidedAt;
        private String declineReason;
        private String reroutedTo;
        private boolean rerouteOpen;
        private boolean needsSupervisor;
        private Outcome outcome;
        private Instant completedAt;
        private String revokedBy;
        private Instant revokedAt;
        private Cause cause;
        private List<ReferralNote> notes;

        Builder(Snapshot o, ReferralStatus status) {
            this.o = o;
            this.status = status;
            acknowledgedAt = o.acknowledgedAt();
            escalatedAt = o.escalatedAt();
            decidedBy = o.decidedBy();
            decidedAt = o.decidedAt();
            declineReason = o.declineReason();
            reroutedTo = o.reroutedTo();
            rerouteOpen = o.rerouteOpen();
            needsSupervisor = o.needsSupervisor();
            outcome = o.outcome();
            completedAt = o.completedAt();
            revokedBy = o.revokedBy();
            revokedAt = o.revokedAt();
            cause = o.revocationCause();
            notes = o.notes();
        }

        Builder acknowledgedNow(Instant at) {
            acknowledgedAt = at;
            return this;
        }

        Snapshot acknowledgedAt(Instant at) {
            return acknowledgedNow(at).build();
        }

        Snapshot escalated(Instant at) {
            escalatedAt = at;
            return build();
        }

        Builder decidedNow(String by, Instant at) {
            decidedBy = by;
            decidedAt = at;
            return this;
        }

        Snapshot decided(String by, Instant at) {
            return decidedNow(by, at).build();
        }

        Snapshot declined(String reason, String nextAgencyId) {
            declineReason = reason;
            reroutedTo = nextAgencyId;
            rerouteOpen = nextAgencyId != null;
            needsSupervisor = nextAgencyId == null;
            return build();
        }

        Snapshot completed(Outcome value, Instant at) {
            outcome = value;
            completedAt = at;
            return build();
        }

        Snapshot revoked(String by, Cause value, Instant at) {
            revokedBy = by;
            revokedAt = at;
            cause = value;
            return build();
        }

        Snapshot notes(List<ReferralNote> value) {
            notes = value;
            return build();
        }

        Snapshot build() {
            return new Snapshot(o.id(), o.caseId(), o.caseCode(), o.ward(), o.agencyId(), o.agencyType(), o.need(),
                    o.incidentType(), o.riskLevel(), o.emergency(), status, o.createdAt(), o.acknowledgeBy(),
                    acknowledgedAt, escalatedAt, decidedBy, decidedAt, declineReason, outcome, completedAt, revokedBy,
                    revokedAt, cause, o.reroutedFrom(), reroutedTo, rerouteOpen, needsSupervisor, o.consentOverride(),
                    o.overriddenBy(), notes, o.version());
        }
    }

    /** The events recorded since the referral was loaded; the repository saves them with the state. */
    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return s.id();
    }

    public String caseId() {
        return s.caseId();
    }

    public String caseCode() {
        return s.caseCode();
    }

    public String ward() {
        return s.ward();
    }

    public String agencyId() {
        return s.agencyId();
    }

    public AgencyType agencyType() {
        return s.agencyType();
    }

    /** The need this referral serves; null for the People's Committee notification. */
    public Need need() {
        return s.need();
    }

    public IncidentType incidentType() {
        return s.incidentType();
    }

    public RiskLevel riskLevel() {
        return s.riskLevel();
    }

    /** Referred on the emergency fast track, before the ward verified the case. */
    public boolean emergency() {
        return s.emergency();
    }

    /**
     * Comes first in the agency's inbox: referred on the emergency fast track, or the case was in immediate
     * danger when it was referred (for example, verified at that level without a fast-track event).
     */
    public boolean urgent() {
        return s.emergency() || s.riskLevel() == RiskLevel.IMMEDIATE_DANGER;
    }

    public ReferralStatus status() {
        return s.status();
    }

    public Instant createdAt() {
        return s.createdAt();
    }

    /** When the agency must have acknowledged it; null for referrals made before deadlines existed. */
    public Instant acknowledgeBy() {
        return s.acknowledgeBy();
    }

    public Instant acknowledgedAt() {
        return s.acknowledgedAt();
    }

    public Instant escalatedAt() {
        return s.escalatedAt();
    }

    public String decidedBy() {
        return s.decidedBy();
    }

    public Instant decidedAt() {
        return s.decidedAt();
    }

    public String declineReason() {
        return s.declineReason();
    }

    public Outcome outcome() {
        return s.outcome();
    }

    public Instant completedAt() {
        return s.completedAt();
    }

    public String revokedBy() {
        return s.revokedBy();
    }

    public Instant revokedAt() {
        return s.revokedAt();
    }

    public Cause revocationCause() {
        return s.revocationCause();
    }

    /** The declined referral this one replaced, or null. */
    public String reroutedFrom() {
        return s.reroutedFrom();
    }

    /** For a declined referral: the agency chosen to take it over, or null (then {@link #needsSupervisor()}). */
    public String reroutedTo() {
        return s.reroutedTo();
    }

    /** Declined towards {@link #reroutedTo()}, and the new referral may not be made yet (a crash in between). */
    public boolean reroutePending() {
        return s.rerouteOpen();
    }

    /** Declined, and no other agency of its type serves the ward: a supervisor must place it. */
    public boolean needsSupervisor() {
        return s.needsSupervisor();
    }

    /** The legal basis on which a supervisor referred without consent, or null. */
    public LegalBasis consentOverride() {
        return s.consentOverride();
    }

    public String overriddenBy() {
        return s.overriddenBy();
    }

    /** Every note on the referral, oldest first. Who may read them is {@link ReferralScope#canReadNotes}'s rule. */
    public List<ReferralNote> notes() {
        return s.notes();
    }

    /** The notes {@code staff} may read: all of them, or none. */
    public List<ReferralNote> notesFor(Staff staff) {
        return ReferralScope.canReadNotes(staff, this) ? s.notes() : List.of();
    }

    public long version() {
        return s.version();
    }

    @Override
    public String toString() {
        // Ids and state only: the decline reason and the notes stay out of anything that might be logged.
        return "Referral[" + id() + " of case " + caseId() + " to " + agencyId() + " " + status() + "]";
    }
}
