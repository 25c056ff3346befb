package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.CaseVerified;

/**
 * A GBV case as intake knows it. Its methods are the only way its state changes, and each change records the
 * past-tense event it causes; the events are saved with the state in one write.
 */
public class GbvCase {

    private final String id;
    private final String caseCode;
    private final String ward;
    private CaseStatus status;
    private final Survivor survivor;
    private final Incident incident;
    private final RiskLevel riskLevel;
    private final Set<Need> needs;
    private final Consent consent;
    private final String registeredBy;
    private final Instant registeredAt;
    private Verification verification;
    private final long version;

    private final transient List<CaseEvent> pendingEvents = new ArrayList<>();

    public GbvCase(String id, String caseCode, String ward, CaseStatus status, Survivor survivor, Incident incident,
            RiskLevel riskLevel, Set<Need> needs, Consent consent, String registeredBy, Instant registeredAt,
            Verification verification, long version) {
        this.id = id;
        this.caseCode = caseCode;
        this.ward = ward;
        this.status = status;
        this.survivor = survivor;
        this.incident = incident;
        this.riskLevel = riskLevel;
        this.needs = Set.copyOf(needs);
        this.consent = consent;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.verification = verification;
        this.version = version;
    }

    /** A counsellor registers a case in the ward they work in. */
    public static GbvCase register(Staff counsellor, String ward, Survivor survivor, Incident incident,
            RiskLevel riskLevel, Set<Need> needs, Consent consent, Instant now) {
        String id = UUID.randomUUID().toString();
        // A short code people can read out on the phone; it carries nothing about the survivor.
        String caseCode = "GBV-" + id.substring(0, 8).toUpperCase(Locale.ROOT);
        GbvCase gbvCase = new GbvCase(id, caseCode, ward, CaseStatus.REGISTERED, survivor, incident, riskLevel,
                needs, consent, counsellor.id(), now, null, 0);
        gbvCase.pendingEvents.add(new CaseRegistered(id, caseCode, ward, incident.type(), riskLevel, Set.copyOf(needs),
                consent.shareWith()));
        return gbvCase;
    }

    /** A ward verifier decides; see {@link VerificationPolicy} for who may. */
    public void decide(Staff verifier, VerificationDecision decision, String note, Instant now) {
        VerificationPolicy.check(this, verifier);
        if (status != CaseStatus.REGISTERED) {
            throw new CaseAlreadyDecided(status);
        }
        verification = new Verification(decision, verifier.id(), now, note);
        if (decision == VerificationDecision.VERIFIED) {
            status = CaseStatus.VERIFIED;
            pendingEvents.add(new CaseVerified(id, caseCode, ward, incident.type(), riskLevel, needs,
                    consent.shareWith()));
        } else {
            status = CaseStatus.REJECTED;
            pendingEvents.add(new CaseRejected(id, ward));
        }
    }

    /** The events recorded since the case was loaded; the repository saves them with the state. */
    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String id() {
        return id;
    }

    public String caseCode() {
        return caseCode;
    }

    public String ward() {
        return ward;
    }

    public CaseStatus status() {
        return status;
    }

    public Survivor survivor() {
        return survivor;
    }

    public Incident incident() {
        return incident;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public Set<Need> needs() {
        return needs;
    }

    public Consent consent() {
        return consent;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Verification verification() {
        return verification;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "GbvCase[" + id + " " + status + " in " + ward + "]";
    }
}
