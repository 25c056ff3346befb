package vn.hanoi.gbv.localstack.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.localstack.demo.DemoScript;
import vn.hanoi.gbv.localstack.demo.GbvClient;

/**
 * Checks, over the public APIs, that every case in intake's store went all the way: its timeline holds each of its
 * events exactly once with an intact, signed chain; a verified case has its referrals and its first follow-up; the
 * statistics count every case exactly once. Cases the stack stored without acknowledging them (a request cut by a
 * crash or an outage) are checked like the others.
 */
final class FlowCheck {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration CONVERGENCE = Duration.ofMinutes(3);
    private static final Set<String> REFERRED_TO = Set.of("ubnd-hoan-kiem", "police-hoan-kiem", "health-hoan-kiem");

    private FlowCheck() {
    }

    /** What the check found: cases in the store, events missing, events recorded twice, statistics off by. */
    record Report(int casesInStore, int lost, int doubled, long statisticsDifference) {
    }

    /**
     * Waits until every case in the store has all its events on its timeline, then counts what is missing or
     * doubled. Cases the stack stored but never acknowledged (a request cut by the kill) are checked like the others.
     */
    static Report converge(DemoScript.Endpoints endpoints, YearMonth firstMonth, Map<String, Boolean> acknowledged) {
        GbvClient client = new GbvClient(endpoints.issuer());
        String supervisor = client.login("supervisor", "demo");
        Map<String, String> stored = casesInStore(client, endpoints, supervisor);
        assertThat(stored.keySet()).as("acknowledged cases still in the store").containsAll(acknowledged.keySet());
        acknowledged.forEach((caseId, verified) -> {
            if (verified) {
                assertThat(stored.get(caseId)).as("status of verified case " + caseId).isNotEqualTo("REGISTERED");
            }
        });

        Map<String, List<String>> timelines = new HashMap<>();
        try {
            await("every stored case complete on its timeline").atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        for (var entry : stored.entrySet()) {
                            if (!isComplete(timelines.get(entry.getKey()), isVerified(entry.getValue()))) {
                                timelines.put(entry.getKey(), timelineTypes(client, endpoints, supervisor, entry.getKey()));
                            }
                        }
                        return stored.entrySet().stream()
                                .allMatch(e -> isComplete(timelines.get(e.getKey()), isVerified(e.getValue())));
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            stored.forEach((caseId, status) -> {
                if (!isComplete(timelines.get(caseId), isVerified(status))) {
                    System.out.printf("incomplete: case %s (%s): %s%n", caseId, status, timelines.get(caseId));
                }
            });
            throw e;
        }

        int lost = 0;
        int doubled = 0;
        for (var entry : stored.entrySet()) {
            String caseId = entry.getKey();
            boolean verified = isVerified(entry.getValue());
            List<String> types = timelineTypes(client, endpoints, supervisor, caseId);
            Map<String, Integer> counts = new HashMap<>();
            types.forEach(t -> counts.merge(t, 1, Integer::sum));
            Map<String, Integer> expected = verified
                    ? Map.of("CaseRegistered", 1, "CaseVerified", 1, "ReferralCreated", 3, "FollowUpScheduled", 1)
                    : Map.of("CaseRegistered", 1);
            for (var e : expected.entrySet()) {
                int seen = counts.getOrDefault(e.getKey(), 0);
                lost += Math.max(0, e.getValue() - seen);
                doubled += Math.max(0, seen - e.getValue());
            }
            JsonNode verification = client.get(endpoints.audit() + "/api/audit/cases/" + caseId + "/verification",
                    supervisor).body();
            assertThat(verification.path("intact").asBoolean()).as("chain of " + caseId + " intact").isTrue();
            assertThat(verification.path("checkpointValid").asBoolean()).as("checkpoint of " + caseId).isTrue();
            if (verified) {
                Set<String> agencies = new HashSet<>();
                client.get(endpoints.referral() + "/api/referrals?caseId=" + caseId, supervisor).body()
                        .forEach(r -> agencies.add(r.path("agencyId").asString()));
                assertThat(agencies).as("referrals of " + caseId).isEqualTo(REFERRED_TO);
                JsonNode followUps = client.get(endpoints.followup() + "/api/followups?caseId=" + caseId, supervisor).body();
                assertThat(followUps).as("follow-ups of " + caseId).anySatisfy(f ->
                        assertThat(f.path("kind").asString()).isEqualTo("FIRST_SAFETY_CHECK"));
            }
        }

        long counted = await("statistics to count every case").atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> casesCounted(client, endpoints, supervisor, firstMonth), n -> n >= stored.size());
        return new Report(stored.size(), lost, doubled, counted - stored.size());
    }

    static boolean isVerified(String status) {
        return !"REGISTERED".equals(status);
    }

    static boolean isComplete(List<String> types, boolean verified) {
        if (types == null) {
            return false;
        }
        return verified ? types.contains("CaseVerified") && types.contains("FollowUpScheduled")
                && types.stream().filter("ReferralCreated"::equals).count() >= 3 : types.contains("CaseRegistered");
    }

    static List<String> timelineTypes(GbvClient client, DemoScript.Endpoints endpoints, String token, String caseId) {
        GbvClient.Answer answer = client.get(endpoints.audit() + "/api/audit/cases/" + caseId + "/timeline", token);
        List<String> types = new ArrayList<>();
        if (answer.status() == 200) {
            answer.body().path("entries").forEach(e -> types.add(e.path("type").asString()));
        }
        return types;
    }

    /** Every case of the test's ward in intake's store, with its status. */
    static Map<String, String> casesInStore(GbvClient client, DemoScript.Endpoints endpoints, String token) {
        Map<String, String> cases = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = client.get(endpoints.intake() + "/api/cases?ward=hoan-kiem&size=100&page=" + page, token).body();
            body.path("items").forEach(item -> cases.put(item.path("id").asString(), item.path("status").asString()));
            if (body.path("items").size() < 100) {
                return cases;
            }
        }
    }

    static long casesCounted(GbvClient client, DemoScript.Endpoints endpoints, String token, YearMonth from) {
        YearMonth to = YearMonth.now(HANOI);
        JsonNode report = client.get(endpoints.audit() + "/api/audit/statistics?from=" + from + "&to=" + to
                + "&ward=hoan-kiem", token).body();
        for (JsonNode row : report.path("rows")) {
            if ("cases".equals(row.path("dimension").asString())) {
                return row.path("count").asLong();
            }
        }
        return 0;
    }

}
