package vn.hanoi.gbv.platform.messaging;

import org.junit.jupiter.api.BeforeAll;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/** The outbox contract on the embedded defaults: mongo-java-server and the in-process KRaft broker. */
class OutboxRelayIntegrationTest extends OutboxContract {

    @BeforeAll
    static void startEmbedded() {
        start(TestInfrastructure.mongoAddress(), TestInfrastructure.kafkaBootstrapServers());
    }
}
