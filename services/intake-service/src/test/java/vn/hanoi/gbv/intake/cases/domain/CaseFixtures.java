package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/** Case details for unit tests: an adult survivor, a physical assault a week before the report. */
final class CaseFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    static CaseDetails details(String ward, RiskLevel risk, Set<AgencyType> shareWith) {
        return details(ward, risk, Set.of(), shareWith);
    }

    static CaseDetails details(String ward, RiskLevel risk, Set<RiskIndicator> indicators, Set<AgencyType> shareWith) {
        Survivor survivor = new Survivor("Nguyễn Thị A", List.of(), List.of(PhoneNumber.parse("0912345678", "phone")),
                1990, null, Sex.FEMALE, "Kinh", false, false, "Phố Huế", null);
        return new CaseDetails(ward, survivor, Incident.of(IncidentType.PHYSICAL_ASSAULT, LocalDate.parse("2026-11-13")),
                ReportSource.HOTLINE_111, null, risk, indicators, Set.of(Need.POLICE, Need.MEDICAL), null,
                new Consent(true, shareWith, true, ConsentGiver.SURVIVOR, NOW, "lan"));
    }

    private CaseFixtures() {
    }
}
