package vn.hanoi.gbv.intake.cases.adapters.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.intake.cases.adapters.persistence.CaseDocument.StoredSurvivor;
import vn.hanoi.gbv.platform.crypto.FieldCipher;

/**
 * Brings cases stored by earlier versions up to the security review's fixes, once per database:
 * <ul>
 *   <li>a request fingerprint stored as the plain SHA-256 of the registration body (64 hex digits, F2) becomes
 *       its keyed HMAC, exactly the value the same body gives now, so a retry with the same Idempotency-Key
 *       still replays and the database no longer confirms a guessed survivor;</li>
 *   <li>the name indexes are recomputed with the confusables skeleton (F11), so survivors registered before
 *       are found by the new comparison too.</li>
 * </ul>
 * It runs in the background after start, in one pass over the collection (the only scan it makes, once), and
 * writes each case only if it is still at the version it read: a case edited meanwhile was already saved with
 * both new values by the new code, or is read again. A marker document records that the pass is done; running it
 * twice (two instances starting together) changes nothing the second time. Until it finishes, old cases may be
 * missed as possible duplicates, and a retried registration of an old case answers 409 instead of replaying.
 */
@Component
class StoredCasesUpgrade {

    static final String MARKERS = "migrations";
    static final String MARKER = "cases-keyed-fingerprint-and-skeleton-name-indexes";
    private static final Pattern PLAIN_DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final Logger log = LoggerFactory.getLogger(StoredCasesUpgrade.class);

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final SurvivorBlindIndex index;
    private final Clock clock;

    StoredCasesUpgrade(MongoTemplate mongo, FieldCipher cipher, SurvivorBlindIndex index, Clock clock) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.index = index;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void inTheBackground() {
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                log.warn("Upgrade of stored cases stopped ({}); it runs again at the next start",
                        e.getClass().getSimpleName());
            }
        }, "stored-cases-upgrade");
        thread.setDaemon(true);
        thread.start();
    }

    /** Upgrades every case not yet upgraded; returns how many were changed (0 once done). */
    int run() {
        if (mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), MARKERS)) {
            return 0;
        }
        int changed = 0;
        try (Stream<CaseDocument> all = mongo.stream(new Query(), CaseDocument.class)) {
            for (CaseDocument stored : (Iterable<CaseDocument>) all::iterator) {
                changed += upgrade(stored) ? 1 : 0;
            }
        }
        try {
            mongo.insert(new Document("_id", MARKER).append("doneAt", clock.instant()).append("changed", changed),
                    MARKERS);
        } catch (DuplicateKeyException anotherInstanceFinishedFirst) {
            // Both passes did the same work.
        }
        log.info("Stored cases upgraded: {} changed", changed);
        return changed;
    }

    private boolean upgrade(CaseDocument stored) {
        CaseDocument current = stored;
        for (int attempt = 0; attempt < 5 && current != null; attempt++) {
            List<String> nameIndexes = nameIndexes(current);
            String fingerprint = current.requestFingerprint() != null
                    && PLAIN_DIGEST.matcher(current.requestFingerprint()).matches()
                    ? index.requestFingerprint(current.requestFingerprint()) : current.requestFingerprint();
            if (Objects.equals(nameIndexes, current.survivor().nameIndexes())
                    && Objects.equals(fingerprint, current.requestFingerprint())) {
                return false;
            }
            Update update = new Update().set("survivor.nameIndexes", nameIndexes).set("requestFingerprint", fingerprint);
            var unchanged = Query.query(Criteria.where("_id").is(current.id()).and("version").is(current.version()));
            if (mongo.updateFirst(unchanged, update, CaseDocument.class).getMatchedCount() == 1) {
                return true;
            }
            current = mongo.findById(current.id(), CaseDocument.class);
        }
        return false;
    }

    /** As {@code MongoCases} computes them: the full name, then each other name, each with the birth year. */
    private List<String> nameIndexes(CaseDocument stored) {
        StoredSurvivor s = stored.survivor();
        String id = stored.id();
        String year = cipher.decrypt(s.birthYearEncrypted(), id, "survivor.birthYear");
        Integer birthYear = year == null ? null : Integer.valueOf(year);
        List<String> indexes = new ArrayList<>();
        indexes.add(index.nameAndBirthYear(cipher.decrypt(s.fullNameEncrypted(), id, "survivor.fullName"), birthYear));
        for (String other : s.otherNamesEncrypted()) {
            indexes.add(index.nameAndBirthYear(cipher.decrypt(other, id, "survivor.otherNames"), birthYear));
        }
        return indexes;
    }
}
