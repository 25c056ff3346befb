package vn.hanoi.gbv.intake.cases.adapters.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.intake.cases.adapters.persistence.CaseDocument.StoredSurvivor;
import vn.hanoi.gbv.intake.cases.adapters.persistence.CaseDocument.StoredVerification;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.Consent;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.cases.domain.Incident;
import vn.hanoi.gbv.intake.cases.domain.Survivor;
import vn.hanoi.gbv.intake.cases.domain.Verification;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;

/** Cases in MongoDB, survivor fields encrypted, each save carrying its events in the same document write. */
@Repository
class MongoCases implements Cases {

    private static final String FULL_NAME = "survivor.fullName";
    private static final String PHONE = "survivor.phone";
    private static final String NOTE = "verification.note";

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final FieldCipher cipher;

    MongoCases(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, FieldCipher cipher) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.cipher = cipher;
    }

    @Override
    public Optional<GbvCase> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, CaseDocument.class)).map(this::toDomain);
    }

    @Override
    public void add(GbvCase gbvCase, Actor actor) {
        store.insert(toDocument(gbvCase), gbvCase.pendingEvents().stream()
                .map(event -> envelopes.toOutbox(event, actor)).toList());
    }

    @Override
    public void update(GbvCase gbvCase, Actor actor) {
        store.update(toDocument(gbvCase), gbvCase.version(), gbvCase.pendingEvents().stream()
                .map(event -> envelopes.toOutbox(event, actor)).toList());
    }

    private CaseDocument toDocument(GbvCase c) {
        Survivor s = c.survivor();
        Verification v = c.verification();
        return new CaseDocument(c.id(), c.version(), c.caseCode(), c.ward(), c.status(),
                new StoredSurvivor(cipher.encrypt(s.fullName(), c.id(), FULL_NAME),
                        cipher.encrypt(s.phone(), c.id(), PHONE), s.birthYear(), s.sex()),
                c.incident().type(), c.incident().occurredOn(), c.riskLevel(), c.needs(),
                c.consent().services(), c.consent().shareWith(), c.registeredBy(), c.registeredAt(),
                v == null ? null : new StoredVerification(v.decision(), v.verifiedBy(), v.decidedAt(),
                        cipher.encrypt(v.note(), c.id(), NOTE)));
    }

    private GbvCase toDomain(CaseDocument d) {
        StoredSurvivor s = d.survivor();
        StoredVerification v = d.verification();
        return new GbvCase(d.id(), d.caseCode(), d.ward(), d.status(),
                new Survivor(cipher.decrypt(s.fullNameEncrypted(), d.id(), FULL_NAME),
                        cipher.decrypt(s.phoneEncrypted(), d.id(), PHONE), s.birthYear(), s.sex()),
                new Incident(d.incidentType(), d.incidentOn()), d.riskLevel(), d.needs(),
                new Consent(d.consentToServices(), d.consentShareWith()), d.registeredBy(), d.registeredAt(),
                v == null ? null : new vn.hanoi.gbv.intake.cases.domain.Verification(v.decision(), v.verifiedBy(),
                        v.decidedAt(), cipher.decrypt(v.noteEncrypted(), d.id(), NOTE)),
                d.version());
    }
}
