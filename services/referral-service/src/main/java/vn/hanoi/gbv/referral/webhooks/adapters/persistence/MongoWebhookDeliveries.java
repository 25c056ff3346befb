package vn.hanoi.gbv.referral.webhooks.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDeliveries;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/** Webhook deliveries in MongoDB, one document each, every change a single version-checked write. */
@Repository
class MongoWebhookDeliveries implements WebhookDeliveries {

    private final MongoTemplate mongo;

    MongoWebhookDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean addIfAbsent(WebhookDelivery delivery) {
        try {
            mongo.insert(toDocument(delivery.snapshot()));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<WebhookDelivery> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookDeliveryDocument.class))
                .map(MongoWebhookDeliveries::toDomain);
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return find(Query.query(Criteria.where("status").is(WebhookDelivery.Status.PENDING)
                .and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt", "_id")).limit(limit));
    }

    @Override
    public List<WebhookDelivery> list(WebhookDelivery.Status status, String agencyId, int limit) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (agencyId != null && !agencyId.isBlank()) {
            criteria = criteria.and("agencyId").is(agencyId);
        }
        return find(Query.query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .limit(limit));
    }

    private List<WebhookDelivery> find(Query query) {
        return mongo.find(query, WebhookDeliveryDocument.class).stream().map(MongoWebhookDeliveries::toDomain)
                .toList();
    }

    @Override
    public WebhookDelivery update(WebhookDelivery delivery) {
        WebhookDelivery.Snapshot s = delivery.snapshot();
        Document fields = new Document();
        mongo.getConverter().write(toDocument(s), fields);
        fields.remove("_id");
        fields.remove("_class");
        fields.remove("version");
        Update update = new Update();
        fields.forEach(update::set);
        // A field that became null (nextAttemptAt once delivered) is left out by the converter: unset it.
        for (String nullable : List.of("nextAttemptAt", "deliveredAt", "parkedAt", "lastOutcome", "lastAttemptAt",
                "replayedBy", "replayedAt")) {
            if (!fields.containsKey(nullable)) {
                update.unset(nullable);
            }
        }
        update.inc("version", 1);
        var query = Query.query(Criteria.where("_id").is(s.id()).and("version").is(s.version()));
        if (mongo.updateFirst(query, update, WebhookDeliveryDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("stale version of webhook delivery " + s.id());
        }
        return WebhookDelivery.restore(new WebhookDelivery.Snapshot(s.id(), s.eventId(), s.eventType(),
                s.occurredAt(), s.caseId(), s.referralId(), s.agencyId(), s.body(), s.status(), s.attempts(),
                s.createdAt(), s.nextAttemptAt(), s.lastAttemptAt(), s.lastOutcome(), s.deliveredAt(), s.parkedAt(),
                s.replays(), s.replayedBy(), s.replayedAt(), s.version() + 1));
    }

    private static WebhookDeliveryDocument toDocument(WebhookDelivery.Snapshot s) {
        return new WebhookDeliveryDocument(s.id(), s.version(), s.eventId(), s.eventType(), s.occurredAt(),
                s.caseId(), s.referralId(), s.agencyId(), s.body(), s.status(), s.attempts(), s.createdAt(),
                s.nextAttemptAt(), s.lastAttemptAt(), s.lastOutcome(), s.deliveredAt(), s.parkedAt(), s.replays(),
                s.replayedBy(), s.replayedAt());
    }

    private static WebhookDelivery toDomain(WebhookDeliveryDocument d) {
        return WebhookDelivery.restore(new WebhookDelivery.Snapshot(d.id(), d.eventId(), d.eventType(),
                d.occurredAt(), d.caseId(), d.referralId(), d.agencyId(), d.body(), d.status(), d.attempts(),
                d.createdAt(), d.nextAttemptAt(), d.lastAttemptAt(), d.lastOutcome(), d.deliveredAt(), d.parkedAt(),
                d.replays(), d.replayedBy(), d.replayedAt(), d.version()));
    }
}
