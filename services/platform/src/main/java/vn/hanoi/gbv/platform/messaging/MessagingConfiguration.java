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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import vn.hanoi.gbv.platform.messaging.parking.DeadLetterParking;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEventReplay;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEvents;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEventsController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka wiring every service shares: topics declared from configuration, events in and out of their envelope,
 * the outbox relay, and an error handler that tells what can never succeed (parked at once on the topic's
 * dead-letter topic, and listed for administrators to replay) from what only failed for now (retried).
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
    ParkedEvents parkedEvents(MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new ParkedEvents(mongo, json, clock);
    }

    @Bean
    ParkedEventReplay parkedEventReplay(ParkedEvents parked, KafkaListenerEndpointRegistry listeners, Clock clock) {
        return new ParkedEventReplay(parked, listeners, clock);
    }

    @Bean
    ParkedEventsController parkedEventsController(ParkedEvents parked, ParkedEventReplay replay) {
        return new ParkedEventsController(parked, replay);
    }

    /** Its own small scheduler: a bean of type TaskScheduler would take over the services' {@code @Scheduled} timers. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler partitionPauseScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("kafka-retry-");
        scheduler.initialize();
        return scheduler;
    }

    /**
     * What happens when a listener throws (see {@link ListenerFailures}): an unreadable record is parked at once;
     * a transient failure is retried with exponential back-off for as long as it lasts; an unknown one for
     * {@code unknownFailureRetryFor}, then parked. While a record waits, only its own partition is paused: the
     * other partitions, other cases, go on.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties,
            ParkedEvents parked, KafkaListenerEndpointRegistry listeners, ThreadPoolTaskScheduler partitionPauseScheduler) {
        // Partition -1: the producer chooses, so a dead-letter topic need not mirror its source's partitions.
        var deadLetterTopic = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(vn.hanoi.gbv.events.Topics.deadLetter(record.topic()), -1));
        var pauses = new ContainerPausingBackOffHandler(new ListenerContainerPauseService(listeners, partitionPauseScheduler));
        var handler = new DefaultErrorHandler(new DeadLetterParking(deadLetterTopic, parked),
                backOff(properties, Long.MAX_VALUE), pauses);
        handler.setBackOffFunction((record, failure) -> switch (ListenerFailures.classify(failure)) {
            case NEVER_SUCCEEDS -> new FixedBackOff(0, 0);
            case TRANSIENT -> backOff(properties, Long.MAX_VALUE);
            case UNKNOWN -> backOff(properties, properties.unknownFailureRetryFor().toMillis());
        });
        return handler;
    }

    private static ExponentialBackOff backOff(MessagingProperties properties, long maxElapsedMillis) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        backOff.setMaxElapsedTime(maxElapsedMillis);
        return backOff;
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
