package vn.hanoi.gbv.localstack.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gbv.localstack.LocalStack;
import vn.hanoi.gbv.localstack.LocalStackSettings;
import vn.hanoi.gbv.localstack.demo.DemoScript;
import vn.hanoi.gbv.localstack.demo.GbvClient;

/**
 * Outages of the broker and of MongoDB, 30 seconds each, while counsellors and verifiers keep working. With the
 * broker down, writes still succeed (the events wait in the outboxes); with MongoDB down, each write answers a
 * clear 503 problem in the caller's language. Afterwards every acknowledged change completes, nothing is lost or
 * doubled.
 */
class OutagesIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** A counsellor and a verifier at work: a case every half second each, not a load test. */
    private static final Duration PACE = Duration.ofMillis(500);

    @TempDir
    Path dataDir;

    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    @Test
    void brokerAndStoreOutagesDelayButLoseNothing() throws Exception {
        YearMonth firstMonth = YearMonth.now(FlowCheck.HANOI);
        try (LocalStack stack = LocalStack.start(LocalStackSettings.ephemeral().withDataDir(dataDir))) {
            DemoScript.Endpoints endpoints = stack.endpoints();
            CaseWorkload work = new CaseWorkload(endpoints, acknowledged);
            work.run(4, 2, () -> false);

            stack.stopKafka();
            Map<Integer, Integer> withoutBroker = work.runFor(OUTAGE, 2, PACE);
            stack.startKafka();
            assertThat(withoutBroker.keySet()).as("answers while the broker was down").containsOnly(200, 201);
            int acknowledgedWithoutBroker = acknowledged.size() - 4;

            stack.stopMongo();
            String problem = registrationAnswer(endpoints, "vi");
            Map<Integer, Integer> withoutStore = work.runFor(OUTAGE, 2, PACE);
            stack.startMongo();
            assertThat(withoutStore.keySet()).as("answers while MongoDB was down").containsOnly(503);
            assertThat(problem).contains("\"status\":503").contains("cơ sở dữ liệu");

            work.run(4, 2, () -> false);
            FlowCheck.Report report = FlowCheck.converge(endpoints, firstMonth, acknowledged);
            System.out.printf("outages: %d cases acknowledged with the broker down, %d writes refused with 503 while"
                    + " MongoDB was down; %d cases in the store; events lost %d, doubled %d, statistics off by %d%n",
                    acknowledgedWithoutBroker, withoutStore.getOrDefault(503, 0), report.casesInStore(),
                    report.lost(), report.doubled(), report.statisticsDifference());
            assertThat(acknowledgedWithoutBroker).isPositive();
            assertThat(report.lost()).as("events lost").isZero();
            assertThat(report.doubled()).as("timeline entries doubled").isZero();
            assertThat(report.statisticsDifference()).as("statistics miscounts").isZero();
        }
    }

    /** One registration as a Vietnamese-speaking counsellor would send it: the raw answer, with its headers. */
    private static String registrationAnswer(DemoScript.Endpoints endpoints, String language) throws Exception {
        String token = new GbvClient(endpoints.issuer()).login("lan", "demo");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(endpoints.intake() + "/api/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"ward": "hoan-kiem",
                         "survivor": {"fullName": "Outage Test", "phone": "0912999888", "birthYear": 1990, "sex": "FEMALE"},
                         "incident": {"type": "PHYSICAL_ASSAULT", "occurredOn": "2026-11-20"},
                         "risk": {"level": "HIGH"}, "needs": ["POLICE"],
                         "consent": {"services": true, "shareWith": ["POLICE"], "nonIdentifiableReporting": true}}
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        return answer.body();
    }
}
