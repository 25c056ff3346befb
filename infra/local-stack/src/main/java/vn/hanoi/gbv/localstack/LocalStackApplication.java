package vn.hanoi.gbv.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import vn.hanoi.gbv.localstack.demo.DemoScript;

/**
 * {@code infra/local-stack/run.sh [--demo] [--data-dir=DIR]}: starts the whole system on this machine. With
 * {@code --demo} it plays the scripted flow as the demo personas, prints the case's timeline and stops;
 * without, it keeps running for use with curl until Ctrl-C.
 */
public final class LocalStackApplication {

    public static void main(String[] args) throws InterruptedException {
        boolean demo = false;
        Path dataDir = Path.of("data");
        for (String arg : args) {
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                System.err.println("Unknown option " + arg + ". Usage: run.sh [--demo] [--data-dir=DIR]");
                System.exit(2);
            }
        }
        if (demo) {
            // Until the first Spring application configures logging, the broker's start-up chatter would bury the
            // demo's own output.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        String mongoUri = System.getenv("GBV_MONGODB_URI");
        System.out.println("Starting the local stack (Kafka, MongoDB wire server, authorization server, 4 services)...");
        LocalStack stack = LocalStack.start(LocalStackSettings.standard(dataDir, mongoUri, demo));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        DemoScript.Endpoints endpoints = stack.endpoints();
        System.out.printf("""

                Local stack is up:
                  authorization server  %s   (OpenID discovery: /.well-known/openid-configuration)
                  intake-service        %s
                  referral-service      %s
                  followup-service      %s
                  audit-service         %s
                  Kafka                 %s
                  MongoDB               %s
                """, endpoints.issuer(), endpoints.intake(), endpoints.referral(), endpoints.followup(),
                endpoints.audit(), stack.kafkaBootstrapServers(),
                mongoUri != null ? mongoUri : "mongodb://127.0.0.1:27017 (data in " + dataDir.toAbsolutePath() + ")");
        if (demo) {
            int status = 0;
            try {
                new DemoScript(endpoints, System.out).run();
            } catch (RuntimeException e) {
                System.err.println("The demo failed: " + e.getMessage());
                status = 1;
            }
            System.exit(status);
        }
        System.out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    private LocalStackApplication() {
    }
}
