package vn.hanoi.gbv.intake.cases.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;

/**
 * A case as stored. Survivor name, phone and the verifier's note are ciphertext (see {@link FieldCipher});
 * the document's {@code outbox} field, written by the platform's aggregate store, holds unpublished events.
 */
@Document("cases")
@CompoundIndex(name = "ward_status", def = "{'ward': 1, 'status': 1}")
record CaseDocument(
        @Id String id,
        long version,
        String caseCode,
        String ward,
        CaseStatus status,
        StoredSurvivor survivor,
        IncidentType incidentType,
        LocalDate incidentOn,
        RiskLevel riskLevel,
        Set<Need> needs,
        boolean consentToServices,
        Set<AgencyType> consentShareWith,
        String registeredBy,
        Instant registeredAt,
        StoredVerification verification) {

    record StoredSurvivor(String fullNameEncrypted, String phoneEncrypted, int birthYear, Sex sex) {
    }

    record StoredVerification(VerificationDecision decision, String verifiedBy, Instant decidedAt,
            String noteEncrypted) {
    }
}
