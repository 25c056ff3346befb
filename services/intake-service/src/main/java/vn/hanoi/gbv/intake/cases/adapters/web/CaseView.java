package vn.hanoi.gbv.intake.cases.adapters.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;

/** A case as its ward's staff and supervisors see it. */
record CaseView(
        String id,
        String caseCode,
        CaseStatus status,
        String ward,
        SurvivorView survivor,
        IncidentView incident,
        RiskView risk,
        Set<Need> needs,
        ConsentView consent,
        String registeredBy,
        Instant registeredAt,
        VerificationView verification) {

    record SurvivorView(String fullName, String phone, int birthYear, Sex sex) {
    }

    record IncidentView(IncidentType type, LocalDate occurredOn) {
    }

    record RiskView(RiskLevel level) {
    }

    record ConsentView(boolean services, Set<AgencyType> shareWith) {
    }

    record VerificationView(VerificationDecision decision, String verifiedBy, Instant decidedAt, String note) {
    }

    static CaseView of(GbvCase c) {
        var s = c.survivor();
        var v = c.verification();
        return new CaseView(c.id(), c.caseCode(), c.status(), c.ward(),
                new SurvivorView(s.fullName(), s.phone(), s.birthYear(), s.sex()),
                new IncidentView(c.incident().type(), c.incident().occurredOn()), new RiskView(c.riskLevel()),
                c.needs(), new ConsentView(c.consent().services(), c.consent().shareWith()), c.registeredBy(),
                c.registeredAt(),
                v == null ? null : new VerificationView(v.decision(), v.verifiedBy(), v.decidedAt(), v.note()));
    }
}
