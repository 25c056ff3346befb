package vn.hanoi.gbv.intake.cases.adapters.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.intake.cases.adapters.persistence.CaseDocument.StoredGuardian;
import vn.hanoi.gbv.intake.cases.adapters.persistence.CaseDocument.StoredSurvivor;
import vn.hanoi.gbv.intake.cases.adapters.persistence.CaseDocument.StoredVerification;
import vn.hanoi.gbv.intake.cases.domain.CaseDetails;
import vn.hanoi.gbv.intake.cases.domain.CaseFilter;
import vn.hanoi.gbv.intake.cases.domain.CasePage;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.CaseSummary;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.cases.domain.Guardian;
import vn.hanoi.gbv.intake.cases.domain.PhoneNumber;
import vn.hanoi.gbv.intake.cases.domain.Survivor;
import vn.hanoi.gbv.intake.cases.domain.Verification;
import vn.hanoi.gbv.platform.crypto.FieldCipher;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;

/** Cases in MongoDB: survivor fields encrypted, found by blind index, each save carrying its events. */
@Repository
class MongoCases implements Cases {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final FieldCipher cipher;
    private final SurvivorBlindIndex index;

    MongoCases(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, FieldCipher cipher,
            SurvivorBlindIndex index) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.cipher = cipher;
        this.index = index;
    }

    @Override
    public Optional<GbvCase> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, CaseDocument.class)).map(this::toDomain);
    }

    @Override
    public void add(GbvCase gbvCase, Actor actor) {
        store.insert(toDocument(gbvCase), envelopes.toOutbox(gbvCase.pendingEvents(), actor));
        gbvCase.savedAs(0);
    }

    @Override
    public void update(GbvCase gbvCase, Actor actor) {
        store.update(toDocument(gbvCase), gbvCase.version(), envelopes.toOutbox(gbvCase.pendingEvents(), actor));
        gbvCase.savedAs(gbvCase.version() + 1);
    }

    @Override
    public void record(String caseId, List<CaseEvent> events, Actor actor) {
        store.appendEvents(CaseDocument.class, caseId, envelopes.toOutbox(events, actor));
    }

    @Override
    public List<CaseSummary> possibleDuplicates(String ward, Survivor survivor) {
        List<Criteria> matches = new ArrayList<>();
        List<String> phones = survivor.phones().stream().map(index::phone).toList();
        if (!phones.isEmpty()) {
            matches.add(Criteria.where("survivor.phoneIndexes").in(phones));
        }
        matches.add(Criteria.where("survivor.nameIndexes").in(nameIndexes(survivor)));
        Query query = Query.query(Criteria.where("ward").is(ward).orOperator(matches.toArray(Criteria[]::new)))
                .with(Sort.by(Sort.Direction.DESC, "registeredAt")).limit(20);
        return mongo.find(query, CaseDocument.class).stream().map(MongoCases::summary).toList();
    }

    @Override
    public CasePage list(CaseFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        List<Criteria> all = new ArrayList<>();
        if (filter.wards() != null) {
            all.add(Criteria.where("ward").in(filter.wards()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.riskLevel() != null) {
            all.add(Criteria.where("riskLevel").is(filter.riskLevel()));
        }
        if (filter.registeredFrom() != null) {
            all.add(Criteria.where("registeredAt").gte(filter.registeredFrom()));
        }
        if (filter.registeredTo() != null) {
            all.add(Criteria.where("registeredAt").lt(filter.registeredTo()));
        }
        if (!all.isEmpty()) {
            criteria.andOperator(all.toArray(Criteria[]::new));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, CaseDocument.class);
        query.with(Sort.by(Sort.Direction.DESC, "registeredAt")).skip((long) page * size).limit(size);
        List<CaseSummary> items = mongo.find(query, CaseDocument.class).stream().map(MongoCases::summary).toList();
        return new CasePage(items, page, size, total);
    }

    @Override
    public List<GbvCase> unverifiedRegisteredBefore(Instant registeredBefore, int limit) {
        Query query = Query.query(Criteria.where("status").is(CaseStatus.REGISTERED)
                        .and("verificationOverdueAt").is(null).and("registeredAt").lt(registeredBefore))
                .limit(limit);
        return mongo.find(query, CaseDocument.class).stream().map(this::toDomain).toList();
    }

    private static CaseSummary summary(CaseDocument d) {
        return new CaseSummary(d.id(), d.caseCode(), d.ward(), d.status(), d.incident().type(), d.riskLevel(),
                d.registeredAt(), d.registeredBy());
    }

    private List<String> nameIndexes(Survivor survivor) {
        List<String> indexes = new ArrayList<>();
        indexes.add(index.nameAndBirthYear(survivor.fullName(), survivor.birthYear()));
        survivor.otherNames().forEach(name -> indexes.add(index.nameAndBirthYear(name, survivor.birthYear())));
        return indexes;
    }

    private CaseDocument toDocument(GbvCase c) {
        CaseDetails d = c.details();
        Verification v = c.verification();
        return new CaseDocument(c.id(), c.version(), c.caseCode(), c.ward(), c.status(), storedSurvivor(c),
                d.incident(), d.source(), d.reportedOn(), c.reportingDelay(), c.risk().level(), c.risk(), d.needs(),
                d.servicesWanted(), d.consent(), c.registeredBy(), c.registeredAt(),
                v == null ? null : new StoredVerification(v.decision(), v.verifiedBy(), v.decidedAt(),
                        encrypt(v.note(), c.id(), "verification.note")),
                c.verificationOverdueAt(), c.progress(), c.linkedCaseIds(), c.changes(), c.requestFingerprint());
    }

    private StoredSurvivor storedSurvivor(GbvCase c) {
        Survivor s = c.survivor();
        String id = c.id();
        Guardian g = s.guardian();
        return new StoredSurvivor(
                encrypt(s.fullName(), id, "survivor.fullName"),
                s.otherNames().stream().map(name -> encrypt(name, id, "survivor.otherNames")).toList(),
                s.phones().stream().map(phone -> encrypt(phone.e164(), id, "survivor.phones")).toList(),
                s.phones().stream().map(index::phone).toList(),
                nameIndexes(s),
                s.birthYear() == null ? null : encrypt(String.valueOf(s.birthYear()), id, "survivor.birthYear"),
                s.ageBand(), s.sex(), s.ethnicity(), s.disability(), s.migrantWorker(),
                encrypt(s.address(), id, "survivor.address"),
                g == null ? null : new StoredGuardian(encrypt(g.fullName(), id, "survivor.guardian.fullName"),
                        g.phone() == null ? null : encrypt(g.phone().e164(), id, "survivor.guardian.phone"),
                        encrypt(g.relationship(), id, "survivor.guardian.relationship")));
    }

    private GbvCase toDomain(CaseDocument d) {
        StoredSurvivor s = d.survivor();
        String id = d.id();
        StoredGuardian g = s.guardian();
        String birthYear = decrypt(s.birthYearEncrypted(), id, "survivor.birthYear");
        Survivor survivor = new Survivor(
                decrypt(s.fullNameEncrypted(), id, "survivor.fullName"),
                s.otherNamesEncrypted().stream().map(name -> decrypt(name, id, "survivor.otherNames")).toList(),
                s.phonesEncrypted().stream().map(phone -> new PhoneNumber(decrypt(phone, id, "survivor.phones")))
                        .toList(),
                birthYear == null ? null : Integer.valueOf(birthYear), s.ageBand(), s.sex(), s.ethnicity(),
                s.disability(), s.migrantWorker(), decrypt(s.addressEncrypted(), id, "survivor.address"),
                g == null ? null : new Guardian(decrypt(g.fullNameEncrypted(), id, "survivor.guardian.fullName"),
                        g.phoneEncrypted() == null ? null
                                : new PhoneNumber(decrypt(g.phoneEncrypted(), id, "survivor.guardian.phone")),
                        decrypt(g.relationshipEncrypted(), id, "survivor.guardian.relationship")));
        StoredVerification v = d.verification();
        CaseDetails details = new CaseDetails(d.ward(), survivor, d.incident(), d.source(), d.reportedOn(),
                d.risk().givenLevel(), d.risk().indicators(), d.needs(), d.servicesWanted(), d.consent());
        return new GbvCase(id, d.caseCode(), d.ward(), d.status(), details, d.risk(), d.registeredBy(),
                d.registeredAt(),
                v == null ? null : new Verification(v.decision(), v.verifiedBy(), v.decidedAt(),
                        decrypt(v.noteEncrypted(), id, "verification.note")),
                d.verificationOverdueAt(), d.progress(), d.linkedCaseIds(), d.changes(), d.requestFingerprint(),
                d.version());
    }

    private String encrypt(String value, String caseId, String field) {
        return cipher.encrypt(value, caseId, field);
    }

    private String decrypt(String value, String caseId, String field) {
        return cipher.decrypt(value, caseId, field);
    }
}
