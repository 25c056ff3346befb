package vn.hanoi.gbv.referral.referrals.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.platform.domain.DeterministicIds;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * One case referred to one agency: a verified case, or one in immediate danger referred on the emergency fast
 * track before verification ({@link #emergency()}). It is SENT until an officer of that agency accepts or
 * declines it, once. Each change records the past-tense event it causes; the events are saved with the state in
 * one write.
 *
 * <p>Nothing here identifies the survivor: the case id and code, the ward and the case's classification only.
 * A decline reason is free text that may name people, so it stays in this service's database and never goes
 * into an event or a log.
 */
public class Referral {

    private final String id;
    private final String caseId;
    private final String caseCode;
    private final String ward;
    private final String agencyId;
    private final AgencyType agencyType;
    private final Need need;
    private final IncidentType incidentType;
    private final RiskLevel riskLevel;
    private final boolean emergency;
    private ReferralStatus status;
    private final Instant createdAt;
    private String decidedBy;
    private Instant decidedAt;
    private String declineReason;
    private final long version;

    private final transient List<CaseEvent> pendingEvents = new ArrayList<>();

    public Referral(String id, String caseId, String caseCode, String ward, String agencyId, AgencyType agencyType,
            Need need, IncidentType incidentType, RiskLevel riskLevel, boolean emergency, ReferralStatus status,
            Instant createdAt, String decidedBy, Instant decidedAt, String declineReason, long version) {
        this.id = id;
        this.caseId = caseId;
        this.caseCode = caseCode;
        this.ward = ward;
        this.agencyId = agencyId;
        this.agencyType = agencyType;
        this.need = need;
        this.incidentType = incidentType;
        this.riskLevel = riskLevel;
        this.emergency = emergency;
        this.status = status;
        this.createdAt = createdAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.declineReason = declineReason;
        this.version = version;
    }

    /**
     * The id of the referral of a case to an agency. A case is referred to an agency once: the id derives from
     * the two, so whichever event asks for that referral (the emergency fast track, the verification, either
     * delivered twice) the second insert is refused by the unique id and no second referral or
     * {@code ReferralCreated} is made. Re-referring after a decline goes to a different agency, so gets its own id.
     */
    public static String idFor(String caseId, String agencyId) {
        return DeterministicIds.from(caseId, agencyId);
    }

    /** Refers a verified case to the destination {@link RoutingPolicy#route} chose. */
    public static Referral create(String id, CaseVerified verifiedCase, Routing.Destination destination,
            Instant now) {
        return sent(id, verifiedCase.caseId(), verifiedCase.caseCode(), verifiedCase.ward(), destination,
                verifiedCase.incidentType(), verifiedCase.riskLevel(), false, now);
    }

    /**
     * Refers a case in immediate danger, not yet verified, to the destination
     * {@link RoutingPolicy#routeEmergency} chose. The referral is marked {@link #emergency()}.
     */
    public static Referral createEmergency(String id, EmergencyCaseRegistered emergencyCase,
            Routing.Destination destination, Instant now) {
        return sent(id, emergencyCase.caseId(), emergencyCase.caseCode(), emergencyCase.ward(), destination,
                emergencyCase.incidentType(), emergencyCase.riskLevel(), true, now);
    }

    private static Referral sent(String id, String caseId, String caseCode, String ward,
            Routing.Destination destination, IncidentType incidentType, RiskLevel riskLevel, boolean emergency,
            Instant now) {
        var agency = destination.agency();
        Referral referral = new Referral(id, caseId, caseCode, ward, agency.id(), agency.type(), destination.need(),
                incidentType, riskLevel, emergency, ReferralStatus.SENT, now, null, null, null, 0);
        referral.pendingEvents.add(new ReferralCreated(referral.caseId, id, referral.agencyId, referral.agencyType,
                referral.ward, referral.need, referral.riskLevel));
        return referral;
    }

    /** The receiving agency will serve the survivor. */
    public void accept(Staff officer, Instant now) {
        checkDecidable(officer);
        decide(ReferralStatus.ACCEPTED, officer, now);
        pendingEvents.add(new ReferralAccepted(caseId, id, agencyId, agencyType, ward, riskLevel));
    }

    /** The receiving agency will not serve the survivor, and says why (kept here, not in the event). */
    public void decline(Staff officer, String reason, Instant now) {
        checkDecidable(officer);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "problem.referral.reason-required");
        }
        decide(ReferralStatus.DECLINED, officer, now);
        declineReason = reason.strip();
        pendingEvents.add(new ReferralDeclined(caseId, id, agencyId, agencyType, ward));
    }

    /** Only an officer of the receiving agency decides, and only once. */
    private void checkDecidable(Staff officer) {
        if (!officer.isOfficer()) {
            throw new Forbidden("problem.referral.officers-decide");
        }
        if (!agencyId.equals(officer.agency())) {
            // Another agency's referral is not visible to them at all: "not found", not "forbidden".
            throw new ReferralNotFound();
        }
        if (status != ReferralStatus.SENT) {
            throw new ReferralAlreadyDecided(status);
        }
    }

    private void decide(ReferralStatus decision, Staff officer, Instant now) {
        status = decision;
        decidedBy = officer.id();
        decidedAt = now;
    }

    /** The events recorded since the referral was loaded; the repository saves them with the state. */
    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String caseCode() {
        return caseCode;
    }

    public String ward() {
        return ward;
    }

    public String agencyId() {
        return agencyId;
    }

    public AgencyType agencyType() {
        return agencyType;
    }

    /** The need this referral serves; null for the People's Committee notification. */
    public Need need() {
        return need;
    }

    public IncidentType incidentType() {
        return incidentType;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    /** Referred on the emergency fast track, before the ward verified the case. */
    public boolean emergency() {
        return emergency;
    }

    /**
     * Comes first in the agency's inbox: referred on the emergency fast track, or the case was in immediate
     * danger when it was referred (for example, verified at that level without a fast-track event).
     */
    public boolean urgent() {
        return emergency || riskLevel == RiskLevel.IMMEDIATE_DANGER;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        // Ids and state only: the decline reason stays out of anything that might be logged.
        return "Referral[" + id + " of case " + caseId + " to " + agencyId + " " + status + "]";
    }
}
