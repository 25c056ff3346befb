package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseLinked;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerificationOverdue;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * A GBV case as intake knows it. Its methods are the only way its state changes; each change records the
 * past-tense events it causes, and the repository saves state and events in one write.
 */
public class GbvCase {

    /** Hanoi's calendar decides what "today" and "in the future" mean for dates people enter. */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** No date a person enters (an incident, a consent) lies before this: earlier is a typing mistake. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private final String id;
    private final String caseCode;
    private final String ward;
    private CaseStatus status;
    private CaseDetails details;
    private RiskAssessment risk;
    private final String registeredBy;
    private final Instant registeredAt;
    private Verification verification;
    private Instant verificationOverdueAt;
    private CaseProgress progress;
    private final Set<String> linkedCaseIds;
    private final List<FieldChange> changes;
    private final String requestFingerprint;
    private long version;

    private final List<CaseEvent> pendingEvents = new ArrayList<>();

    public GbvCase(String id, String caseCode, String ward, CaseStatus status, CaseDetails details, RiskAssessment risk,
            String registeredBy, Instant registeredAt, Verification verification, Instant verificationOverdueAt,
            CaseProgress progress, Set<String> linkedCaseIds, List<FieldChange> changes, String requestFingerprint,
            long version) {
        this.id = id;
        this.caseCode = caseCode;
        this.ward = ward;
        this.status = status;
        this.details = details;
        this.risk = risk;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.verification = verification;
        this.verificationOverdueAt = verificationOverdueAt;
        this.progress = progress == null ? CaseProgress.NONE : progress;
        this.linkedCaseIds = new LinkedHashSet<>(linkedCaseIds == null ? Set.of() : linkedCaseIds);
        this.changes = new ArrayList<>(changes == null ? List.of() : changes);
        this.requestFingerprint = requestFingerprint;
        this.version = version;
    }

    /**
     * A counsellor registers a case of her own ward. {@code id} is chosen by the caller so that a retried request
     * (same idempotency key) lands on the same case; {@code requestFingerprint} tells a retry from a new request.
     */
    public static GbvCase register(String id, Staff counsellor, CaseDetails details, String requestFingerprint,
            Instant now) {
        if (!details.ward().equals(counsellor.ward())) {
            throw new InvalidInput("ward", "problem.registration.other-ward");
        }
        CaseDetails checked = checkAndComplete(details, now);
        RiskAssessment risk = RiskRules.assess(checked.riskLevel(), checked.riskIndicators());
        // A short code people can read out on the phone; it carries nothing about the survivor.
        String compact = id.replace("-", "");
        String caseCode = "GBV-" + compact.substring(0, Math.min(8, compact.length())).toUpperCase(Locale.ROOT);
        GbvCase gbvCase = new GbvCase(id, caseCode, details.ward(), CaseStatus.REGISTERED, checked, risk,
                counsellor.id(), now, null, null, CaseProgress.NONE, Set.of(), List.of(), requestFingerprint, 0);
        gbvCase.pendingEvents.add(new CaseRegistered(id, caseCode, gbvCase.ward, checked.incident().type(),
                risk.level(), checked.servicesWanted(), gbvCase.consentedAgencyTypes(), gbvCase.profile()));
        if (risk.level() == RiskLevel.IMMEDIATE_DANGER) {
            gbvCase.pendingEvents.add(gbvCase.emergency());
        }
        return gbvCase;
    }

    /** Dates in order and not in the future, consent given by someone who may give it; fills the defaults. */
    private static CaseDetails checkAndComplete(CaseDetails details, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, HANOI);
        LocalDate reportedOn = details.reportedOn() == null ? today : details.reportedOn();
        if (reportedOn.isAfter(today)) {
            throw new InvalidInput("source.reportedOn", "problem.registration.date-in-future");
        }
        if (details.incident().occurredOn().isAfter(today)) {
            throw new InvalidInput("incident.occurredOn", "problem.registration.incident-in-future");
        }
        if (details.incident().occurredOn().isBefore(EARLIEST_DATE)) {
            throw new InvalidInput("incident.occurredOn", "problem.date.implausible");
        }
        if (details.incident().occurredOn().isAfter(reportedOn)) {
            throw new InvalidInput("incident.occurredOn", "problem.registration.incident-after-report");
        }
        Survivor survivor = details.survivor();
        if (survivor.birthYear() != null && survivor.birthYear() > Year.from(today).getValue()) {
            throw new InvalidInput("survivor.birthYear", "problem.registration.birth-year-in-future");
        }
        if (survivor.birthYear() == null && survivor.ageBand() == null) {
            throw new InvalidInput("survivor.birthYear", "problem.registration.age-unknown");
        }
        Survivor completed = survivor.birthYear() == null ? survivor : new Survivor(survivor.fullName(),
                survivor.otherNames(), survivor.phones(), survivor.birthYear(),
                AgeBand.of(survivor.birthYear(), details.incident().occurredOn()), survivor.sex(), survivor.ethnicity(),
                survivor.disability(), survivor.migrantWorker(), survivor.address(), survivor.guardian());
        Set<Need> wanted = details.servicesWanted() == null ? details.needs() : details.servicesWanted();
        if (!details.needs().containsAll(wanted)) {
            throw new InvalidInput("servicesWanted", "problem.registration.service-not-needed");
        }
        ConsentPolicy.check(completed, details.consent(), today);
        ConsentPolicy.checkWhen(details.consent(), now);
        // "No indicators" is one value, whether the request left them out or listed none, so that an edit that
        // leaves them out does not report them as changed.
        Set<RiskIndicator> indicators = details.riskIndicators() == null ? Set.of() : details.riskIndicators();
        return new CaseDetails(details.ward(), completed, details.incident(), details.source(), reportedOn,
                details.riskLevel(), indicators, details.needs(), wanted, details.consent());
    }

    /** A ward verifier decides; see {@link VerificationPolicy} for who may. */
    public void decide(Staff verifier, VerificationDecision decision, String note, Instant now) {
        VerificationPolicy.check(this, verifier);
        if (verification != null || progress.closed()) {
            throw new CaseAlreadyDecided(status);
        }
        verification = new Verification(decision, verifier.id(), now, note);
        status = derivedStatus();
        if (decision == VerificationDecision.VERIFIED) {
            pendingEvents.add(new CaseVerified(id, caseCode, ward, details.incident().type(), risk.level(),
                    details.servicesWanted(), consentedAgencyTypes(), profile()));
        } else {
            pendingEvents.add(new CaseRejected(id, ward));
        }
    }

    /** An agency was asked to help (the first referral counts). Returns whether anything changed. */
    public boolean referred(Instant at) {
        return progress(progress.referred(at));
    }

    /** Help started: a referral was accepted or a follow-up recorded. */
    public boolean followUpStarted(Instant at) {
        return progress(progress.followUpStarted(at));
    }

    /** A supervisor approved its closure (four eyes, in follow-up). */
    public boolean closed(Instant at) {
        return progress(progress.closedAt(at, true));
    }

    /** A supervisor reopened it. */
    public boolean reopened(Instant at) {
        return progress(progress.closedAt(at, false));
    }

    private boolean progress(CaseProgress next) {
        if (next.equals(progress)) {
            return false;
        }
        progress = next;
        status = derivedStatus();
        return true;
    }

    /** The status follows from the facts, whichever order they arrived in. */
    private CaseStatus derivedStatus() {
        if (verification != null && verification.decision() == VerificationDecision.REJECTED) {
            return CaseStatus.REJECTED;
        }
        if (progress.closed()) {
            return CaseStatus.CLOSED;
        }
        if (verification == null) {
            return CaseStatus.REGISTERED;
        }
        if (progress.followUpStartedAt() != null) {
            return CaseStatus.IN_FOLLOW_UP;
        }
        return progress.referredAt() != null ? CaseStatus.REFERRED : CaseStatus.VERIFIED;
    }

    /**
     * An edit by the case's counsellor or a supervisor: the new details replace the old, the change history
     * names each changed field, and a risk raised to immediate danger fast-tracks the case like a new one.
     * Consent is changed through {@link #changeConsent}, never by an edit.
     */
    public void amend(Staff editor, CaseDetails amended, Instant now) {
        if (status == CaseStatus.REJECTED) {
            throw new Conflict("problem.case.rejected");
        }
        CaseDetails next = checkAndComplete(new CaseDetails(ward, amended.survivor(), amended.incident(),
                amended.source(), amended.reportedOn(), amended.riskLevel(), amended.riskIndicators(), amended.needs(),
                amended.servicesWanted(), details.consent()), now);
        List<String> fields = FieldDiff.changed("", details, next);
        if (fields.isEmpty()) {
            return;
        }
        RiskLevel before = risk.level();
        details = next;
        risk = RiskRules.assess(next.riskLevel(), next.riskIndicators());
        fields.forEach(field -> changes.add(new FieldChange(field, editor.id(), now)));
        pendingEvents.add(new CaseUpdated(id, ward, fields, risk.level(), details.incident().type(), profile()));
        if (risk.level() == RiskLevel.IMMEDIATE_DANGER && before != RiskLevel.IMMEDIATE_DANGER) {
            pendingEvents.add(emergency());
        }
    }

    /** The survivor (or guardian) gives, narrows or withdraws consent; referral learns at once. */
    public void changeConsent(Staff counsellor, Consent consent, Instant now) {
        ConsentPolicy.check(details.survivor(), consent, LocalDate.ofInstant(now, HANOI));
        ConsentPolicy.checkWhen(consent, now);
        Consent before = details.consent();
        Set<AgencyType> withdrawn = consent.withdrawnSince(before);
        details = new CaseDetails(ward, details.survivor(), details.incident(), details.source(), details.reportedOn(),
                details.riskLevel(), details.riskIndicators(), details.needs(), details.servicesWanted(), consent);
        FieldDiff.changed("consent", before, consent)
                .forEach(field -> changes.add(new FieldChange(field, counsellor.id(), now)));
        pendingEvents.add(new ConsentChanged(id, ward, consent.services(), consentedAgencyTypes(), withdrawn,
                consent.nonIdentifiableReporting(), consent.givenBy().name()));
    }

    /** The counsellor checked a possible duplicate and links the two cases. */
    public void linkTo(String otherCaseId) {
        if (otherCaseId.equals(id)) {
            throw new InvalidInput("caseId", "problem.link.self");
        }
        if (linkedCaseIds.add(otherCaseId)) {
            pendingEvents.add(new CaseLinked(id, ward, otherCaseId));
        }
    }

    /** Still unverified at its deadline: recorded once, so the escalation fires once. */
    public boolean markVerificationOverdue(Instant deadline, Instant now) {
        if (verification != null || progress.closed() || verificationOverdueAt != null || now.isBefore(deadline)) {
            return false;
        }
        verificationOverdueAt = now;
        pendingEvents.add(new CaseVerificationOverdue(id, ward, registeredAt, deadline));
        return true;
    }

    /** What an agency of this type may learn of the survivor, under her consent as it stands now. */
    public Disclosure disclosureFor(AgencyType agencyType) {
        if (status == CaseStatus.REJECTED || !details.consent().allowsSharingWith(agencyType)) {
            throw new NoConsentToDisclose();
        }
        List<String> fields = DisclosurePolicy.fieldsFor(agencyType);
        Survivor s = details.survivor();
        return new Disclosure(
                fields.contains(DisclosurePolicy.FULL_NAME) ? s.fullName() : null,
                fields.contains(DisclosurePolicy.PHONES) ? s.phones().stream().map(PhoneNumber::e164).toList() : null,
                fields.contains(DisclosurePolicy.ADDRESS) ? s.address() : null,
                fields.contains(DisclosurePolicy.AGE_BAND) ? s.ageBand() : null,
                fields.contains(DisclosurePolicy.SEX) ? s.sex() : null,
                fields.contains(DisclosurePolicy.GUARDIAN) ? s.guardian() : null,
                fields);
    }

    private EmergencyCaseRegistered emergency() {
        return new EmergencyCaseRegistered(id, caseCode, ward, details.incident().type(), risk.level(),
                details.servicesWanted(), consentedAgencyTypes());
    }

    /** The case as statistics may see it: categories only, and whether she consented to being counted. */
    private CaseProfile profile() {
        Survivor survivor = details.survivor();
        return new CaseProfile(survivor.ageBand() == null ? null : survivor.ageBand().name(),
                survivor.sex() == null ? null : survivor.sex().name(),
                details.incident().contexts().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                details.source() == null ? null : details.source().name(), reportingDelay().name(),
                details.consent().nonIdentifiableReporting());
    }

    /** The agency types her case may go to: none at all without consent to services. */
    private Set<AgencyType> consentedAgencyTypes() {
        return details.consent().services() ? details.consent().shareWith() : Set.of();
    }

    public List<CaseEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /**
     * The repository saved the case (with its pending events) as {@code savedVersion}: the events are no longer
     * pending, and the version an editor must name next is the new one.
     */
    public void savedAs(long savedVersion) {
        pendingEvents.clear();
        version = savedVersion;
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

    public CaseDetails details() {
        return details;
    }

    public Survivor survivor() {
        return details.survivor();
    }

    public Incident incident() {
        return details.incident();
    }

    public RiskAssessment risk() {
        return risk;
    }

    public Consent consent() {
        return details.consent();
    }

    public ReportingDelay reportingDelay() {
        return ReportingDelay.between(details.incident().occurredOn(), details.reportedOn());
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

    public Instant verificationOverdueAt() {
        return verificationOverdueAt;
    }

    public CaseProgress progress() {
        return progress;
    }

    public Set<String> linkedCaseIds() {
        return Set.copyOf(linkedCaseIds);
    }

    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "GbvCase[" + id + " " + status + " in " + ward + "]";
    }
}
