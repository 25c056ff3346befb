package vn.hanoi.gbv.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hanoi.gbv.intake.cases.domain.CaseFixtures.NOW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerificationOverdue;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/** A case's life in intake: fast-track, edits with their history, consent changes, deadlines, disclosure. */
class GbvCaseUnitTest {

    private final Staff lan = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem");

    private GbvCase register(RiskLevel level, Set<RiskIndicator> indicators, Set<AgencyType> shareWith) {
        return GbvCase.register("case-1", lan, CaseFixtures.details("hoan-kiem", level, indicators, shareWith), "f", NOW);
    }

    @Test
    void aCaseInImmediateDangerIsFastTrackedAtRegistration() {
        GbvCase gbvCase = register(RiskLevel.IMMEDIATE_DANGER, Set.of(), Set.of(AgencyType.POLICE));

        assertThat(gbvCase.pendingEvents()).hasExactlyElementsOfTypes(CaseRegistered.class,
                EmergencyCaseRegistered.class);
        EmergencyCaseRegistered emergency = (EmergencyCaseRegistered) gbvCase.pendingEvents().get(1);
        assertThat(emergency.consentedAgencyTypes()).containsExactly(AgencyType.POLICE);
    }

    @Test
    void indicatorsRaiseTheLevelAndAnImmediateDangerFoundThatWayIsFastTrackedToo() {
        GbvCase gbvCase = register(RiskLevel.LOW, Set.of(RiskIndicator.STRANGULATION, RiskIndicator.PERPETRATOR_ACCESS),
                Set.of());

        assertThat(gbvCase.risk().level()).isEqualTo(RiskLevel.IMMEDIATE_DANGER);
        assertThat(gbvCase.risk().givenLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(gbvCase.pendingEvents()).last().isInstanceOf(EmergencyCaseRegistered.class);
    }

    @Test
    void aLowRiskCaseIsNotFastTracked() {
        assertThat(register(RiskLevel.LOW, Set.of(), Set.of()).pendingEvents())
                .hasExactlyElementsOfTypes(CaseRegistered.class);
    }

    @Test
    void anEditRecordsWhichFieldsChangedButNotTheirValues() {
        GbvCase gbvCase = register(RiskLevel.MEDIUM, Set.of(), Set.of());
        CaseDetails before = gbvCase.details();
        Survivor moved = new Survivor(before.survivor().fullName(), List.of(), before.survivor().phones(), 1990, null,
                before.survivor().sex(), "Kinh", false, false, "Ngõ 12 Hàng Bạc", null);

        gbvCase.amend(lan, new CaseDetails(before.ward(), moved, before.incident(), before.source(), before.reportedOn(),
                RiskLevel.HIGH, before.riskIndicators(), before.needs(), before.servicesWanted(), before.consent()),
                NOW.plusSeconds(60));

        assertThat(gbvCase.changes()).extracting(FieldChange::field)
                .containsExactlyInAnyOrder("survivor.address", "riskLevel");
        CaseUpdated updated = (CaseUpdated) gbvCase.pendingEvents().get(gbvCase.pendingEvents().size() - 1);
        assertThat(updated.fields()).containsExactlyInAnyOrder("survivor.address", "riskLevel");
        assertThat(updated.toString()).doesNotContain("Hàng Bạc");
    }

    @Test
    void indicatorsLeftOutOfAnEditThatTheCaseNeverHadAreNotAChange() {
        // A stored case reads back "no indicators" as an empty set; the edit request leaves them out (null).
        GbvCase gbvCase = register(RiskLevel.MEDIUM, Set.of(), Set.of());
        CaseDetails before = gbvCase.details();

        gbvCase.amend(lan, new CaseDetails(before.ward(), before.survivor(), before.incident(), before.source(),
                before.reportedOn(), RiskLevel.HIGH, null, before.needs(), before.servicesWanted(), before.consent()),
                NOW.plusSeconds(60));

        assertThat(gbvCase.changes()).extracting(FieldChange::field).containsExactly("riskLevel");
    }

    @Test
    void withdrawingConsentNamesWhatWasWithdrawnAndStopsDisclosure() {
        GbvCase gbvCase = register(RiskLevel.MEDIUM, Set.of(), Set.of(AgencyType.POLICE, AgencyType.HEALTH));
        assertThat(gbvCase.disclosureFor(AgencyType.POLICE).fullName()).isEqualTo("Nguyễn Thị A");

        gbvCase.changeConsent(lan, new Consent(true, Set.of(AgencyType.HEALTH), true, ConsentGiver.SURVIVOR, NOW, "lan"),
                NOW);

        ConsentChanged changed = (ConsentChanged) gbvCase.pendingEvents().get(gbvCase.pendingEvents().size() - 1);
        assertThat(changed.withdrawnFrom()).containsExactly(AgencyType.POLICE);
        assertThatThrownBy(() -> gbvCase.disclosureFor(AgencyType.POLICE)).isInstanceOf(NoConsentToDisclose.class);
    }

    @Test
    void eachAgencyTypeGetsOnlyItsPartOfTheSurvivorsData() {
        GbvCase gbvCase = register(RiskLevel.MEDIUM, Set.of(),
                Set.of(AgencyType.HEALTH, AgencyType.PEOPLES_COMMITTEE, AgencyType.POLICE));

        Disclosure health = gbvCase.disclosureFor(AgencyType.HEALTH);
        assertThat(health.address()).isNull();
        assertThat(health.phones()).containsExactly("+84912345678");
        assertThat(gbvCase.disclosureFor(AgencyType.POLICE).address()).isEqualTo("Phố Huế");
        Disclosure committee = gbvCase.disclosureFor(AgencyType.PEOPLES_COMMITTEE);
        assertThat(committee.fullName()).isNull();
        assertThat(committee.fields()).isEmpty();
    }

    @Test
    void withoutConsentToServicesNothingIsSharedWhateverTheList() {
        GbvCase gbvCase = GbvCase.register("case-2", lan, withConsent(new Consent(false, Set.of(AgencyType.POLICE), false,
                ConsentGiver.SURVIVOR, NOW, "lan")), "f", NOW);

        assertThat(((CaseRegistered) gbvCase.pendingEvents().get(0)).consentedAgencyTypes()).isEmpty();
        assertThatThrownBy(() -> gbvCase.disclosureFor(AgencyType.POLICE)).isInstanceOf(NoConsentToDisclose.class);
    }

    @Test
    void anUnverifiedCaseEscalatesOnceAtItsDeadline() {
        GbvCase gbvCase = register(RiskLevel.LOW, Set.of(), Set.of());
        Instant deadline = NOW.plusSeconds(24 * 3600);

        assertThat(gbvCase.markVerificationOverdue(deadline, deadline.minusSeconds(1))).isFalse();
        assertThat(gbvCase.markVerificationOverdue(deadline, deadline)).isTrue();
        assertThat(gbvCase.markVerificationOverdue(deadline, deadline.plusSeconds(60))).isFalse();
        assertThat(gbvCase.pendingEvents()).filteredOn(CaseVerificationOverdue.class::isInstance).hasSize(1);
    }

    @Test
    void aChildUnder16ConsentsThroughHerGuardian() {
        CaseDetails base = CaseFixtures.details("hoan-kiem", RiskLevel.HIGH, Set.of());
        Survivor child = new Survivor("Lê Thị Bé", List.of(), List.of(), 2013, null, Sex.FEMALE, null, false, false,
                null, null);
        CaseDetails byHerself = new CaseDetails("hoan-kiem", child, base.incident(), null, null, RiskLevel.HIGH, Set.of(),
                base.needs(), null, base.consent());

        assertThatThrownBy(() -> GbvCase.register("case-3", lan, byHerself, "f", NOW))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("consent.givenBy");
    }

    @Test
    void datesMustBeInOrderAndNotInTheFuture() {
        CaseDetails base = CaseFixtures.details("hoan-kiem", RiskLevel.LOW, Set.of());
        CaseDetails reportedBeforeIncident = new CaseDetails("hoan-kiem", base.survivor(), base.incident(),
                ReportSource.SELF, LocalDate.parse("2026-11-10"), RiskLevel.LOW, Set.of(), base.needs(), null,
                base.consent());
        CaseDetails future = new CaseDetails("hoan-kiem", base.survivor(),
                Incident.of(IncidentType.RAPE, LocalDate.parse("2026-12-01")), null, null, RiskLevel.LOW, Set.of(),
                base.needs(), null, base.consent());

        assertThatThrownBy(() -> GbvCase.register("c", lan, reportedBeforeIncident, "f", NOW))
                .extracting("field").isEqualTo("incident.occurredOn");
        assertThatThrownBy(() -> GbvCase.register("c", lan, future, "f", NOW))
                .extracting("field").isEqualTo("incident.occurredOn");
    }

    private static CaseDetails withConsent(Consent consent) {
        CaseDetails base = CaseFixtures.details("hoan-kiem", RiskLevel.LOW, Set.of());
        return new CaseDetails(base.ward(), base.survivor(), base.incident(), base.source(), base.reportedOn(),
                base.riskLevel(), base.riskIndicators(), base.needs(), base.servicesWanted(), consent);
    }
}
