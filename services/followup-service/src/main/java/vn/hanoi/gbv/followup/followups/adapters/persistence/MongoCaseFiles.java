package vn.hanoi.gbv.followup.followups.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.followup.followups.adapters.persistence.CaseFileDocument.DecisionDocument;
import vn.hanoi.gbv.followup.followups.adapters.persistence.CaseFileDocument.ReopeningDocument;
import vn.hanoi.gbv.followup.followups.adapters.persistence.CaseFileDocument.RequestDocument;
import vn.hanoi.gbv.followup.followups.domain.CaseFile;
import vn.hanoi.gbv.followup.followups.domain.CaseFiles;
import vn.hanoi.gbv.followup.followups.domain.ClosureDecision;
import vn.hanoi.gbv.followup.followups.domain.ClosureRequest;
import vn.hanoi.gbv.followup.followups.domain.Reopening;
import vn.hanoi.gbv.platform.crypto.FieldCipher;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;

/** Case files in MongoDB, each write carrying its events; free text encrypted on the way in. */
@Repository
class MongoCaseFiles implements CaseFiles {

    private static final String EXPLANATION = "closure-explanation";
    private static final String COMMENT = "closure-comment";
    private static final String REOPEN_EXPLANATION = "reopen-explanation";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final FieldCipher cipher;

    MongoCaseFiles(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
            @Qualifier("followUpNotesCipher") FieldCipher cipher) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.cipher = cipher;
    }

    @Override
    public boolean addIfAbsent(CaseFile caseFile) {
        try {
            store.insert(toDocument(caseFile), List.of());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<CaseFile> byId(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseFileDocument.class)).map(this::toDomain);
    }

    @Override
    public void update(CaseFile caseFile, Actor actor) {
        store.update(toDocument(caseFile), caseFile.version(), envelopes.toOutbox(caseFile.pendingEvents(), actor));
    }

    private CaseFileDocument toDocument(CaseFile c) {
        String id = c.caseId();
        return new CaseFileDocument(id, c.version(), c.ward(), c.riskLevel(), c.status(),
                request(c.pendingClosure(), id),
                c.decisions().stream().map(d -> new DecisionDocument(request(d.request(), id), d.approved(),
                        cipher.encrypt(d.comment(), id, COMMENT), d.decidedBy(), d.decidedAt())).toList(),
                c.reopenings().stream().map(r -> new ReopeningDocument(r.cause(),
                        cipher.encrypt(r.explanation(), id, REOPEN_EXPLANATION), r.reopenedBy(), r.reopenedAt()))
                        .toList(),
                c.openedAt());
    }

    private RequestDocument request(ClosureRequest r, String caseId) {
        return r == null ? null : new RequestDocument(r.cause(), cipher.encrypt(r.explanation(), caseId, EXPLANATION),
                r.requestedBy(), r.requestedAt());
    }

    private ClosureRequest request(RequestDocument r, String caseId) {
        return r == null ? null : new ClosureRequest(r.cause(),
                cipher.decrypt(r.encryptedExplanation(), caseId, EXPLANATION), r.requestedBy(), r.requestedAt());
    }

    private CaseFile toDomain(CaseFileDocument d) {
        String id = d.id();
        List<ClosureDecision> decisions = d.decisions() == null ? List.of() : d.decisions().stream()
                .map(x -> new ClosureDecision(request(x.request(), id), x.approved(),
                        cipher.decrypt(x.encryptedComment(), id, COMMENT), x.decidedBy(), x.decidedAt()))
                .toList();
        List<Reopening> reopenings = d.reopenings() == null ? List.of() : d.reopenings().stream()
                .map(x -> new Reopening(x.cause(), cipher.decrypt(x.encryptedExplanation(), id, REOPEN_EXPLANATION),
                        x.reopenedBy(), x.reopenedAt()))
                .toList();
        return new CaseFile(id, d.ward(), d.riskLevel(), d.status(), request(d.pendingClosure(), id), decisions,
                reopenings, d.openedAt(), d.version());
    }
}
