package vn.hanoi.gbv.platform.messaging;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka wiring every service shares: topics declared from configuration, events in and out of their envelope,
 * the outbox relay, and an error handler that retries a few times and then parks the record on the topic's
 * dead-letter topic so one bad record never blocks a case's partition.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingConfiguration {

    /**
     * Ticks in milliseconds, the precision MongoDB stores instants with. With the system clock's microseconds an
     * answer (a case's {@code registeredAt}, say) carried digits that the stored value, read back or used in a
     * filter, had lost, so the two did not match. Tests replace it with the platform's MutableClock, which ticks
     * the same way.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Bean
    EventEnvelopes eventEnvelopes(JsonMapper json, Clock clock, @Value("${spring.application.name}") String producer) {
        return new EventEnvelopes(json, clock, producer);
    }

    @Bean
    EnvelopeMessageConverter envelopeMessageConverter(EventEnvelopes envelopes) {
        return new EnvelopeMessageConverter(envelopes);
    }

    @Bean
    TraceIdRecordInterceptor traceIdRecordInterceptor() {
        return new TraceIdRecordInterceptor();
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MessagingProperties properties) {
        return new OutboxRelay(mongo, kafka, properties);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties) {
        // Partition -1: the producer chooses, so a dead-letter topic need not mirror its source's partitions.
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(vn.hanoi.gbv.events.Topics.deadLetter(record.topic()), -1));
        long retries = Math.max(0, properties.retryAttempts() - 1);
        return new DefaultErrorHandler(recoverer, new FixedBackOff(properties.retryInterval().toMillis(), retries));
    }

    @Bean
    KafkaAdmin.NewTopics gbvTopics(MessagingProperties properties) {
        Set<String> topics = new LinkedHashSet<>();
        if (!properties.publishes().isBlank()) {
            topics.add(properties.publishes());
        }
        topics.addAll(properties.consumes());
        List<NewTopic> declared = new ArrayList<>();
        for (String topic : topics) {
            declared.add(topic(topic, properties));
        }
        for (String consumed : properties.consumes()) {
            declared.add(topic(vn.hanoi.gbv.events.Topics.deadLetter(consumed), properties));
        }
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, MessagingProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor()).build();
    }
}
