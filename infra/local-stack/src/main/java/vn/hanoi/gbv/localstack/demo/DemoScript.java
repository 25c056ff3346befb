package vn.hanoi.gbv.localstack.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.localstack.demo.GbvClient.Answer;

/**
 * The walking-skeleton flow, played by the demo personas against the running stack over HTTP, printing each
 * step and the final audit timeline. It uses only the public APIs, exactly as the README's curl session does.
 *
 * <p>The survivor in the demo is fictional, and the script prints no survivor data: a habit worth keeping even
 * in a demo.
 */
public class DemoScript {

    /** Where the stack's parts answer. */
    public record Endpoints(String issuer, String intake, String referral, String followup, String audit) {
    }

    /** What the run produced, for tests that drive the same script. */
    public record Outcome(String caseId, JsonNode timeline) {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Endpoints endpoints;
    private final GbvClient client;
    private final PrintStream out;
    private final String survivorName;
    private final String survivorPhone;

    public DemoScript(Endpoints endpoints, PrintStream out) {
        this(endpoints, out, "Nguyễn Thị Demo", "0912000111");
    }

    /** With the survivor's (fictional) name and phone given, so a test can look for them where they must not be. */
    public DemoScript(Endpoints endpoints, PrintStream out, String survivorName, String survivorPhone) {
        this.endpoints = endpoints;
        this.client = new GbvClient(endpoints.issuer());
        this.out = out;
        this.survivorName = survivorName;
        this.survivorPhone = survivorPhone;
    }

    public Outcome run() {
        step("1. lan (counsellor, Hoàn Kiếm) signs in and registers a case");
        String lan = client.login("lan", "demo");
        Answer registered = expect(201, client.post(endpoints.intake() + "/api/cases", lan, """
                {"ward": "hoan-kiem",
                 "survivor": {"fullName": "%s", "phone": "%s", "birthYear": 1992, "sex": "FEMALE"},
                 "incident": {"type": "PHYSICAL_ASSAULT", "occurredOn": "2026-11-25"},
                 "risk": {"level": "HIGH"},
                 "needs": ["POLICE", "MEDICAL", "PSYCHOSOCIAL"],
                 "consent": {"services": true, "shareWith": ["POLICE", "HEALTH"]}}
                """.formatted(survivorName, survivorPhone)));
        String caseId = registered.body().get("id").asString();
        out.printf("   case %s (%s) is %s%n", registered.body().get("caseCode").asString(), caseId,
                registered.body().get("status").asString());

        step("2. hoa (ward verifier, Hoàn Kiếm) verifies it — four eyes: not the person who registered it");
        String hoa = client.login("hoa", "demo");
        Answer verified = expect(200, client.post(endpoints.intake() + "/api/cases/" + caseId + "/verification", hoa,
                "{\"decision\": \"VERIFIED\", \"note\": \"Met the survivor with the counsellor.\"}"));
        out.printf("   case is %s%n", verified.body().get("status").asString());

        step("3. referral-service routes the verified case (People's Committee + consented needs)");
        String supervisor = client.login("supervisor", "demo");
        JsonNode referrals = waitFor("referrals of the case",
                () -> client.get(endpoints.referral() + "/api/referrals?caseId=" + caseId, supervisor).body(),
                list -> list != null && list.size() >= 3);
        referrals.forEach(referral -> out.printf("   → %-22s %-18s need %s%n", referral.get("agencyId").asString(),
                referral.get("agencyType").asString(), referral.path("need").asString("(notification)")));
        out.println("   (PSYCHOSOCIAL was needed but not consented to: no referral goes there)");

        step("4. police.hk finds the referral in the police inbox and accepts it");
        String police = client.login("police.hk", "demo");
        JsonNode inboxItem = waitFor("the referral in the police inbox",
                () -> firstOfCase(client.get(endpoints.referral() + "/api/referrals/inbox", police).body(), caseId),
                item -> item != null);
        Answer accepted = expect(200, client.post(
                endpoints.referral() + "/api/referrals/" + inboxItem.get("id").asString() + "/accept", police, "{}"));
        out.printf("   referral %s is %s%n", accepted.body().get("id").asString(), accepted.body().get("status").asString());

        step("5. followup-service plans the follow-ups: a first safety check due by risk level (from the"
                + " verification), and a check that the accepted service was received");
        JsonNode followUps = waitFor("the follow-ups",
                () -> client.get(endpoints.followup() + "/api/followups?caseId=" + caseId, lan).body(),
                list -> list != null && list.size() >= 2);
        followUps.forEach(followUp -> out.printf("   %-22s due %s%n", followUp.get("kind").asString(),
                followUp.get("dueAt").asString()));

        step("6. the supervisor reads the case's audit timeline");
        JsonNode timeline = waitFor("the whole timeline",
                () -> client.get(endpoints.audit() + "/api/audit/cases/" + caseId + "/timeline", supervisor).body(),
                body -> body != null && count(body, "ReferralCreated") >= 3 && count(body, "ReferralAccepted") == 1
                        && count(body, "FollowUpScheduled") >= 2);
        timeline.get("entries").forEach(entry -> out.printf("   %3d  %-24s %-17s %-20s %s%n",
                entry.get("seq").asInt(), entry.get("occurredAt").asString(), entry.get("type").asString(),
                entry.path("actor").path("id").asString() + " (" + entry.path("actor").path("role").asString() + ")",
                entry.path("summary").asString()));
        step("Done: the case travelled intake → referral → follow-up → audit.");
        return new Outcome(caseId, timeline);
    }

    private static int count(JsonNode timeline, String type) {
        int count = 0;
        for (JsonNode entry : timeline.path("entries")) {
            if (type.equals(entry.path("type").asString())) {
                count++;
            }
        }
        return count;
    }

    private static JsonNode firstOfCase(JsonNode inbox, String caseId) {
        if (inbox != null) {
            for (JsonNode item : inbox) {
                if (caseId.equals(item.path("caseId").asString())) {
                    return item;
                }
            }
        }
        return null;
    }

    private void step(String text) {
        out.println();
        out.println(text);
    }

    private static Answer expect(int status, Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("Expected HTTP " + status + " but got " + answer.status() + ": "
                    + answer.body());
        }
        return answer;
    }

    /** Polls until the stack has done its asynchronous part; events take milliseconds, so this rarely loops. */
    private <T> T waitFor(String what, Supplier<T> read, Predicate<T> done) {
        return Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(read::get, done::test);
    }
}
