package vn.hanoi.gbv.intake.cases.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.intake.cases.domain.CaseDetails;
import vn.hanoi.gbv.intake.cases.domain.CaseSummary;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.cases.domain.IdempotencyKeyReused;
import vn.hanoi.gbv.platform.domain.DeterministicIds;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/**
 * A counsellor registers a case of her own ward. A retried request with the same Idempotency-Key (a phone that
 * lost its connection) lands on the same case: the key decides the case id, and the second insert is refused.
 */
@Service
public class CaseRegistration {

    /** The registered case, the earlier cases that may be the same survivor, and whether this was a retry. */
    public record Registration(GbvCase registered, List<CaseSummary> possibleDuplicates, boolean replayed) {
    }

    private final Cases cases;
    private final CaseLookup lookup;
    private final Clock clock;

    public CaseRegistration(Cases cases, CaseLookup lookup, Clock clock) {
        this.cases = cases;
        this.lookup = lookup;
        this.clock = clock;
    }

    public Registration register(CurrentUser counsellor, CaseDetails details, String idempotencyKey,
            String requestFingerprint) {
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : DeterministicIds.from("case", counsellor.id(), idempotencyKey);
        if (idempotencyKey != null) {
            var earlier = cases.byId(id);
            if (earlier.isPresent()) {
                return replay(counsellor, earlier.get(), requestFingerprint);
            }
        }
        GbvCase gbvCase = GbvCase.register(id, Staffs.of(counsellor), details, requestFingerprint, clock.instant());
        List<CaseSummary> duplicates = cases.possibleDuplicates(gbvCase.ward(), gbvCase.survivor()).stream()
                .filter(summary -> !summary.id().equals(id)).toList();
        try {
            cases.add(gbvCase, counsellor.actingAs(Roles.COUNSELLOR));
        } catch (DuplicateKeyException concurrentRetry) {
            return replay(counsellor, cases.byId(id).orElseThrow(), requestFingerprint);
        }
        return new Registration(gbvCase, duplicates, false);
    }

    /**
     * A retry answers with the stored case, survivor included: an access like a read (the first answer needs
     * none, since CaseRegistered records who typed it in).
     */
    private Registration replay(CurrentUser counsellor, GbvCase earlier, String requestFingerprint) {
        if (!requestFingerprint.equals(earlier.requestFingerprint())) {
            throw new IdempotencyKeyReused();
        }
        lookup.recordAccess(counsellor, earlier, CaseLookup.View.FULL);
        List<CaseSummary> duplicates = cases.possibleDuplicates(earlier.ward(), earlier.survivor()).stream()
                .filter(summary -> !summary.id().equals(earlier.id())).toList();
        return new Registration(earlier, duplicates, true);
    }
}
