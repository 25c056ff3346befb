package vn.hanoi.gbv.referral.referrals.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.platform.crypto.FieldCipher;
import vn.hanoi.gbv.referral.config.FreeTextFields;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNote;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * Referrals in MongoDB, each save carrying its events in the same document write. Notes and decline reasons are
 * encrypted on the way
 * in and decrypted on the way out, each bound to its case, referral, author and time (a note copied onto another
 * referral, or re-attributed, fails to decrypt rather than mislead).
 */
@Repository
class MongoReferrals implements Referrals {

    // Ties (the referrals of one case share a creation time) are broken by id, so lists do not reorder.
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
    // Referrals stored before the field existed have no "urgent"; a missing field sorts as lowest, i.e. last.
    private static final Sort URGENT_THEN_NEWEST = Sort.by(Sort.Order.desc("urgent")).and(NEWEST_FIRST);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final FieldCipher cipher;

    MongoReferrals(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
            @Qualifier("referralNotesCipher") FieldCipher cipher) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.cipher = cipher;
    }

    @Override
    public Optional<Referral> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, ReferralDocument.class)).map(this::toDomain);
    }

    @Override
    public List<Referral> addressedTo(String agencyId) {
        return find(Query.query(Criteria.where("agencyId").is(agencyId)).with(URGENT_THEN_NEWEST));
    }

    @Override
    public List<Referral> ofCase(String caseId) {
        return find(Query.query(Criteria.where("caseId").is(caseId)).with(NEWEST_FIRST));
    }

    @Override
    public List<Referral> awaitingSupervisor() {
        return find(Query.query(Criteria.where("status").is(ReferralStatus.DECLINED).and("needsSupervisor").is(true))
                .with(Sort.by("decidedAt", "_id")));
    }

    @Override
    public List<Referral> unacknowledgedPastDeadline(Instant now, int limit) {
        return find(Query.query(Criteria.where("status").is(ReferralStatus.SENT).and("escalatedAt").is(null)
                .and("acknowledgeBy").lte(now)).with(Sort.by("acknowledgeBy", "_id")).limit(limit));
    }

    @Override
    public List<Referral> withPendingReroute(Instant declinedBefore, int limit) {
        return find(Query.query(Criteria.where("status").is(ReferralStatus.DECLINED).and("rerouteOpen").is(true)
                .and("decidedAt").lt(declinedBefore)).with(Sort.by("decidedAt", "_id")).limit(limit));
    }

    private List<Referral> find(Query query) {
        return mongo.find(query, ReferralDocument.class).stream().map(this::toDomain).toList();
    }

    @Override
    public boolean addIfAbsent(Referral referral, Actor actor) {
        try {
            store.insert(toDocument(referral), envelopes.toOutbox(referral.pendingEvents(), actor));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void update(Referral referral, Actor actor) {
        store.update(toDocument(referral), referral.version(), envelopes.toOutbox(referral.pendingEvents(), actor));
    }

    @Override
    public void closeReroute(String declinedReferralId) {
        // No version check or bump: a DECLINED referral changes no further, and this flag is bookkeeping only.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(declinedReferralId)),
                Update.update("rerouteOpen", false), ReferralDocument.class);
    }

    private ReferralDocument toDocument(Referral r) {
        Referral.Snapshot s = r.snapshot();
        return new ReferralDocument(s.id(), s.version(), s.caseId(), s.caseCode(), s.ward(), s.agencyId(),
                s.agencyType(), s.need(), s.incidentType(), s.riskLevel(), s.emergency(), r.urgent(), s.status(),
                s.createdAt(), s.acknowledgeBy(), s.acknowledgedAt(), s.escalatedAt(), s.decidedBy(), s.decidedAt(),
                cipher.encrypt(s.declineReason(), s.caseId(), FreeTextFields.declineReason(s.id())), s.outcome(),
                s.completedAt(), s.revokedBy(), s.revokedAt(), s.revocationCause(),
                s.reroutedFrom(), s.reroutedTo(), s.rerouteOpen(), s.needsSupervisor(), s.consentOverride(),
                s.overriddenBy(), s.notes().stream().map(note -> new NoteDocument(note.author(), note.writtenAt(),
                        cipher.encrypt(note.text(), s.caseId(), noteField(s.id(), note.author(), note.writtenAt()))))
                        .toList());
    }

    private Referral toDomain(ReferralDocument d) {
        List<ReferralNote> notes = d.notes() == null ? List.of() : d.notes().stream()
                .map(note -> new ReferralNote(note.author(), note.writtenAt(), cipher.decrypt(note.encryptedText(),
                        d.caseId(), noteField(d.id(), note.author(), note.writtenAt()))))
                .toList();
        return Referral.restore(new Referral.Snapshot(d.id(), d.caseId(), d.caseCode(), d.ward(), d.agencyId(),
                d.agencyType(), d.need(), d.incidentType(), d.riskLevel(), d.emergency(), d.status(), d.createdAt(),
                d.acknowledgeBy(), d.acknowledgedAt(), d.escalatedAt(), d.decidedBy(), d.decidedAt(),
                cipher.decryptOrClear(d.declineReason(), d.caseId(), FreeTextFields.declineReason(d.id())), d.outcome(),
                d.completedAt(), d.revokedBy(), d.revokedAt(), d.revocationCause(),
                d.reroutedFrom(), d.reroutedTo(), d.rerouteOpen(), d.needsSupervisor(), d.consentOverride(),
                d.overriddenBy(), notes, d.version()));
    }

    /** Bound into each note's ciphertext as associated data (with the case id). */
    private static String noteField(String referralId, String author, Instant writtenAt) {
        return "referral-note/" + referralId + "/" + author + "/" + writtenAt.toEpochMilli();
    }
}
