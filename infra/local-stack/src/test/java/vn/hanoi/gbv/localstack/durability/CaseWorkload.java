package vn.hanoi.gbv.localstack.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import vn.hanoi.gbv.localstack.demo.DemoScript;
import vn.hanoi.gbv.localstack.demo.GbvClient;

/**
 * Counsellors register and ward verifiers verify cases over HTTP, a few at a time, as fast as the stack answers.
 * What the stack acknowledged goes into {@code acknowledged}: case id → whether its verification was acknowledged.
 */
final class CaseWorkload {

    private final DemoScript.Endpoints endpoints;
    final GbvClient client;
    private final String lan;
    private final String hoa;
    private volatile String lastVerified;

    private final Map<String, Boolean> acknowledged;

    CaseWorkload(DemoScript.Endpoints endpoints, Map<String, Boolean> acknowledged) {
        this.endpoints = endpoints;
        this.acknowledged = acknowledged;
        this.client = new GbvClient(endpoints.issuer());
        this.lan = client.login("lan", "demo");
        this.hoa = client.login("hoa", "demo");
    }

    String lastVerified() {
        return lastVerified;
    }

    /** Registers and verifies {@code cases} cases on {@code threads} threads, stopping early if asked. */
    void run(int cases, int threads, BooleanSupplier stop) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < cases; i++) {
            pool.execute(() -> {
                if (!stop.getAsBoolean()) {
                    registerAndVerify();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }

    /** Like {@link #run}, but kills the stack as soon as {@code killWhen} holds, requests still in flight. */
    void runUntilKilled(int cases, int threads, BooleanSupplier killWhen, StackProcess stack)
            throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < cases; i++) {
            pool.execute(() -> {
                if (!killed.get()) {
                    registerAndVerify();
                }
            });
        }
        await("the kill point").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(killWhen::getAsBoolean);
        stack.kill();
        killed.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    /**
     * For {@code duration}, on each of {@code threads} threads, registers and verifies a case, then waits
     * {@code every} before the next, whatever the stack answers; returns how often each HTTP status was answered
     * (0: no answer at all). With a fixed delay, not a fixed rate: slow answers (an outage) must not pile up runs
     * that are due, which would starve the end of the run.
     */
    Map<Integer, Integer> runFor(Duration duration, int threads, Duration every) throws InterruptedException {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(threads);
        long deadline = System.nanoTime() + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            pool.scheduleWithFixedDelay(() -> {
                if (System.nanoTime() < deadline) {
                    registerAndVerify(statuses);
                }
            }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        pool.schedule(pool::shutdown, duration.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)).isTrue();
        return statuses;
    }

    private void registerAndVerify() {
        registerAndVerify(new ConcurrentHashMap<>());
    }

    private void registerAndVerify(Map<Integer, Integer> statuses) {
        String name = "Crash Test " + Long.toHexString(ThreadLocalRandom.current().nextLong());
        String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        GbvClient.Answer registered;
        try {
            registered = client.post(endpoints.intake() + "/api/cases", lan, """
                    {"ward": "hoan-kiem",
                     "survivor": {"fullName": "%s", "phone": "%s", "birthYear": 1990, "sex": "FEMALE"},
                     "incident": {"type": "PHYSICAL_ASSAULT", "occurredOn": "2026-11-20"},
                     "risk": {"level": "HIGH"},
                     "needs": ["POLICE", "MEDICAL"],
                     "consent": {"services": true, "shareWith": ["POLICE", "HEALTH"],
                                 "nonIdentifiableReporting": true}}
                    """.formatted(name, phone));
        } catch (IllegalStateException cutByTheKill) {
            statuses.merge(0, 1, Integer::sum);
            return;
        }
        statuses.merge(registered.status(), 1, Integer::sum);
        if (registered.status() != 201) {
            return;
        }
        String caseId = registered.body().get("id").asString();
        acknowledged.put(caseId, false);
        try {
            GbvClient.Answer verified = client.post(endpoints.intake() + "/api/cases/" + caseId + "/verification",
                    hoa, "{\"decision\": \"VERIFIED\", \"note\": \"Met the survivor.\"}");
            statuses.merge(verified.status(), 1, Integer::sum);
            if (verified.status() == 200) {
                acknowledged.put(caseId, true);
                lastVerified = caseId;
            }
        } catch (IllegalStateException cutByTheKill) {
            statuses.merge(0, 1, Integer::sum);
            // Not acknowledged: the case may or may not be verified; the store says which.
        }
    }
}
