package vn.hanoi.gbv.referral.directory.adapters.persistence;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;

/**
 * An agency an admin created or changed, whole (it replaces the seed file's entry of the same id). The
 * acknowledgement deadline is kept as ISO-8601 text; {@code storedAt} keeps the first store's order. The
 * {@code outbox} field, written by the platform's aggregate store, holds the unpublished change events.
 */
@Document("agencies")
record AgencyDocument(
        @Id String id,
        long version,
        Instant storedAt,
        String nameVi,
        String nameEn,
        AgencyType type,
        Set<String> wardsServed,
        boolean provinceWide,
        Set<Need> services,
        String acknowledgementSla,
        String contactPhone,
        String contactEmail,
        String webhookUrl,
        String webhookSecretRef,
        Boolean webhookEnabled) {
}
