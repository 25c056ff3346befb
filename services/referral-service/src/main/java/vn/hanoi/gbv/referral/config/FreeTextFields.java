package vn.hanoi.gbv.referral.config;

import java.time.Clock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.platform.crypto.FieldCipher;

/**
 * The free texts of referral that can name the survivor besides the notes (F4 of the security review): an agency's
 * reason for declining a referral and the committee's written grounds for refusing a no-contact decision. Both are
 * encrypted with the notes' cipher, bound to their case and record; these are the names bound in.
 *
 * <p>Values stored in clear by earlier versions are read as they are ({@link FieldCipher#decryptOrClear}) and
 * encrypted once, in the background after start: one pass over each collection, each value replaced only if it is
 * still the clear value read, and a marker so the pass runs once per database.
 */
@Component
public class FreeTextFields {

    static final String MARKERS = "migrations";
    static final String MARKER = "referral-free-texts-encrypted";
    private static final Logger log = LoggerFactory.getLogger(FreeTextFields.class);

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final Clock clock;

    FreeTextFields(MongoTemplate mongo, @Qualifier("referralNotesCipher") FieldCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.clock = clock;
    }

    public static String declineReason(String referralId) {
        return "referral-decline-reason/" + referralId;
    }

    public static String refusalGrounds(String noContactRequestId) {
        return "no-contact-refusal-grounds/" + noContactRequestId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void inTheBackground() {
        Thread thread = new Thread(() -> {
            try {
                encryptClearValues();
            } catch (RuntimeException e) {
                log.warn("Encrypting stored free texts stopped ({}); it runs again at the next start",
                        e.getClass().getSimpleName());
            }
        }, "free-text-encryption");
        thread.setDaemon(true);
        thread.start();
    }

    /** Encrypts every free text still stored in clear; returns how many (0 once done). */
    public int encryptClearValues() {
        if (mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), MARKERS)) {
            return 0;
        }
        int changed = encrypt("referrals", "declineReason", FreeTextFields::declineReason)
                + encrypt("noContactRequests", "refusalGrounds", FreeTextFields::refusalGrounds);
        try {
            mongo.insert(new Document("_id", MARKER).append("doneAt", clock.instant()).append("changed", changed),
                    MARKERS);
        } catch (DuplicateKeyException anotherInstanceFinishedFirst) {
            // Both passes did the same work.
        }
        return changed;
    }

    private int encrypt(String collection, String field, java.util.function.UnaryOperator<String> boundName) {
        int changed = 0;
        Query withText = Query.query(Criteria.where(field).type(2)); // BSON string
        withText.fields().include("_id", "caseId", field);
        for (Document stored : mongo.find(withText, Document.class, collection)) {
            String clear = stored.getString(field);
            if (clear == null || cipher.isEncrypted(clear)) {
                continue;
            }
            String id = stored.getString("_id");
            String sealed = cipher.encrypt(clear, stored.getString("caseId"), boundName.apply(id));
            var stillClear = Query.query(Criteria.where("_id").is(id).and(field).is(clear));
            changed += (int) mongo.updateFirst(stillClear, Update.update(field, sealed), collection).getModifiedCount();
        }
        return changed;
    }
}
