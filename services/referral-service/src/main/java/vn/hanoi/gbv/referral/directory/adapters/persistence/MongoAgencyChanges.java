package vn.hanoi.gbv.referral.directory.adapters.persistence;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.referral.AgencyDirectoryChanged;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyChanges;

/** Admins' agency changes in MongoDB, each stored with its event in one document write. */
@Repository
class MongoAgencyChanges implements AgencyChanges {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final Clock clock;

    MongoAgencyChanges(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.clock = clock;
    }

    @Override
    public List<Agency> all() {
        return mongo.find(new Query().with(Sort.by("storedAt", "_id")), AgencyDocument.class).stream()
                .map(MongoAgencyChanges::toDomain).toList();
    }

    @Override
    public OptionalLong version(String agencyId) {
        AgencyDocument stored = mongo.findById(agencyId, AgencyDocument.class);
        return stored == null ? OptionalLong.empty() : OptionalLong.of(stored.version());
    }

    @Override
    public void save(Agency agency, OptionalLong expectedVersion, AgencyDirectoryChanged event, Actor admin) {
        AgencyDocument stored = expectedVersion.isPresent() ? mongo.findById(agency.id(), AgencyDocument.class) : null;
        var document = toDocument(agency, stored == null ? clock.instant() : stored.storedAt(),
                expectedVersion.orElse(0));
        var outbox = List.of(envelopes.toOutbox(event, admin));
        if (expectedVersion.isPresent()) {
            store.update(document, expectedVersion.getAsLong(), outbox);
        } else {
            store.insert(document, outbox);
        }
    }

    private static AgencyDocument toDocument(Agency a, java.time.Instant storedAt, long version) {
        Agency.Profile p = a.profile();
        Agency.Webhook w = a.webhook();
        return new AgencyDocument(a.id(), version, storedAt, a.nameVi(), a.nameEn(), a.type(), a.wardsServed(),
                a.provinceWide(), p.services(), p.acknowledgementSla() == null ? null : p.acknowledgementSla().toString(),
                p.contactPhone(), p.contactEmail(), w == null || w.url() == null ? null : w.url().toString(),
                w == null ? null : w.secretRef(), w == null ? null : w.enabled());
    }

    private static Agency toDomain(AgencyDocument d) {
        Agency.Webhook webhook = d.webhookUrl() == null ? null
                : new Agency.Webhook(URI.create(d.webhookUrl()), d.webhookSecretRef(), !Boolean.FALSE.equals(d.webhookEnabled()));
        return new Agency(d.id(), d.nameVi(), d.nameEn(), d.type(), d.wardsServed(), d.provinceWide(), webhook,
                new Agency.Profile(d.services(), d.acknowledgementSla() == null ? null
                        : Duration.parse(d.acknowledgementSla()), d.contactPhone(), d.contactEmail()));
    }
}
