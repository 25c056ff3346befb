package vn.hanoi.gbv.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documented topic table says what the services are configured to do, so the ACLs derived from it fit them. */
class TopicTableTest {

    private final TopicTable table = TopicTable.fromArchitectureDoc();

    @Test
    void eachServiceReadsExactlyTheTopicsTheTableListsItFor() {
        for (String service : TopicTable.SERVICES) {
            assertThat(table.reads(service)).as(service).isEqualTo(ServiceSettings.of(service).consumes());
        }
    }

    @Test
    void eachServicePublishesTheTopicTheTableNamesItTheProducerOf() {
        for (String service : TopicTable.SERVICES) {
            String publishes = ServiceSettings.of(service).publishes();
            if (!publishes.isBlank()) {
                assertThat(table.rows().get(publishes).producer()).as(publishes).isEqualTo(service);
            }
        }
        // audit-service declares its checkpoint topic in code (TimelineConfiguration), not in gbv.messaging.publishes.
        assertThat(table.rows().get("gbv.audit.checkpoints").producer()).isEqualTo("audit-service");
        assertThat(table.rows().get("gbv.audit.checkpoints").consumers()).isEmpty();
    }
}
