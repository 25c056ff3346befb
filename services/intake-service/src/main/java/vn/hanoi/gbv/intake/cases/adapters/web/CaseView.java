package vn.hanoi.gbv.intake.cases.adapters.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.AgeBand;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.CaseSummary;
import vn.hanoi.gbv.intake.cases.domain.ConsentGiver;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.cases.domain.Incident;
import vn.hanoi.gbv.intake.cases.domain.PhoneNumber;
import vn.hanoi.gbv.intake.cases.domain.ReportSource;
import vn.hanoi.gbv.intake.cases.domain.ReportingDelay;
import vn.hanoi.gbv.intake.cases.domain.RiskIndicator;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;

/** A case as its ward's staff and supervisors see it. Reading it is an access event. */
record CaseView(
        String id,
        String caseCode,
        CaseStatus status,
        String ward,
        long version,
        SurvivorView survivor,
        Incident incident,
        SourceView source,
        RiskView risk,
        Set<Need> needs,
        Set<Need> servicesWanted,
        ConsentView consent,
        String registeredBy,
        Instant registeredAt,
        VerificationView verification,
        Instant verificationOverdueAt,
        Set<String> linkedCaseIds,
        List<CaseSummary> possibleDuplicates) {

    record SurvivorView(String fullName, List<String> otherNames, String phone, List<String> phones, Integer birthYear,
            AgeBand ageBand, Sex sex, String ethnicity, boolean disability, boolean migrantWorker, String address,
            GuardianView guardian) {
    }

    record GuardianView(String fullName, String phone, String relationship) {
    }

    record SourceView(ReportSource channel, LocalDate reportedOn, ReportingDelay reportingDelay) {
    }

    record RiskView(RiskLevel level, RiskLevel givenLevel, Set<RiskIndicator> indicators, List<String> raisedBy) {
    }

    record ConsentView(boolean services, Set<AgencyType> shareWith, boolean nonIdentifiableReporting,
            ConsentGiver givenBy, Instant givenAt, String recordedBy) {
    }

    record VerificationView(VerificationDecision decision, String verifiedBy, Instant decidedAt, String note) {
    }

    static CaseView of(GbvCase c) {
        return of(c, null);
    }

    static CaseView of(GbvCase c, List<CaseSummary> possibleDuplicates) {
        var s = c.survivor();
        var g = s.guardian();
        var v = c.verification();
        var consent = c.consent();
        List<String> phones = s.phones().stream().map(PhoneNumber::e164).toList();
        return new CaseView(c.id(), c.caseCode(), c.status(), c.ward(), c.version(),
                new SurvivorView(s.fullName(), s.otherNames(), phones.isEmpty() ? null : phones.get(0), phones,
                        s.birthYear(), s.ageBand(), s.sex(), s.ethnicity(), s.disability(), s.migrantWorker(),
                        s.address(), g == null ? null : new GuardianView(g.fullName(),
                                g.phone() == null ? null : g.phone().e164(), g.relationship())),
                c.incident(),
                new SourceView(c.details().source(), c.details().reportedOn(), c.reportingDelay()),
                new RiskView(c.risk().level(), c.risk().givenLevel(), c.risk().indicators(), c.risk().raisedBy()),
                c.details().needs(), c.details().servicesWanted(),
                new ConsentView(consent.services(), consent.shareWith(), consent.nonIdentifiableReporting(),
                        consent.givenBy(), consent.givenAt(), consent.recordedBy()),
                c.registeredBy(), c.registeredAt(),
                v == null ? null : new VerificationView(v.decision(), v.verifiedBy(), v.decidedAt(), v.note()),
                c.verificationOverdueAt(), c.linkedCaseIds(), possibleDuplicates);
    }

    @Override
    public String toString() {
        return "CaseView[" + id + "]";
    }
}
