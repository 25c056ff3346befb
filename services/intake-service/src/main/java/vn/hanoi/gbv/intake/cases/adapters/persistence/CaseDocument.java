package vn.hanoi.gbv.intake.cases.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.AgeBand;
import vn.hanoi.gbv.intake.cases.domain.CaseProgress;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.Consent;
import vn.hanoi.gbv.intake.cases.domain.FieldChange;
import vn.hanoi.gbv.intake.cases.domain.Incident;
import vn.hanoi.gbv.intake.cases.domain.ReportSource;
import vn.hanoi.gbv.intake.cases.domain.ReportingDelay;
import vn.hanoi.gbv.intake.cases.domain.RiskAssessment;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;

/**
 * A case as stored. Every field that identifies the survivor is ciphertext ({@link vn.hanoi.gbv.platform.crypto.FieldCipher}, fields named
 * {@code *Encrypted}); she is found by keyed blind indexes ({@link SurvivorBlindIndex}); what statistics need
 * (age band, sex, ethnicity, disability, migrant status) stays in clear. The {@code outbox} field, written by
 * the platform's aggregate store, holds events not yet published.
 */
@Document("cases")
@CompoundIndexes({
        @CompoundIndex(name = "ward_status_registered", def = "{'ward': 1, 'status': 1, 'registeredAt': -1}"),
        @CompoundIndex(name = "ward_phone", def = "{'ward': 1, 'survivor.phoneIndexes': 1}"),
        @CompoundIndex(name = "ward_name", def = "{'ward': 1, 'survivor.nameIndexes': 1}")})
record CaseDocument(
        @Id String id,
        long version,
        String caseCode,
        String ward,
        CaseStatus status,
        StoredSurvivor survivor,
        Incident incident,
        ReportSource source,
        LocalDate reportedOn,
        ReportingDelay reportingDelay,
        RiskLevel riskLevel,
        RiskAssessment risk,
        Set<Need> needs,
        Set<Need> servicesWanted,
        Consent consent,
        String registeredBy,
        Instant registeredAt,
        StoredVerification verification,
        Instant verificationOverdueAt,
        CaseProgress progress,
        Set<String> linkedCaseIds,
        List<FieldChange> changes,
        String requestFingerprint) {

    record StoredSurvivor(
            String fullNameEncrypted,
            List<String> otherNamesEncrypted,
            List<String> phonesEncrypted,
            List<String> phoneIndexes,
            List<String> nameIndexes,
            String birthYearEncrypted,
            AgeBand ageBand,
            Sex sex,
            String ethnicity,
            boolean disability,
            boolean migrantWorker,
            String addressEncrypted,
            StoredGuardian guardian) {
    }

    record StoredGuardian(String fullNameEncrypted, String phoneEncrypted, String relationshipEncrypted) {
    }

    record StoredVerification(VerificationDecision decision, String verifiedBy, Instant decidedAt,
            String noteEncrypted) {
    }
}
