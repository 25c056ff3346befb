package vn.hanoi.gbv.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import vn.hanoi.gbv.localstack.demo.DemoScript;

/**
 * {@code infra/local-stack/run.sh [--demo] [--data-dir=DIR] [--fresh]}: starts the whole system on this machine.
 * With {@code --demo} it plays the scripted flow as the demo personas, prints the case's timeline and stops;
 * without, it keeps running for use with curl until Ctrl-C, which stops every part cleanly. Everything the
 * system acknowledged is kept in the data directory and is there again after a restart, even after a crash.
 */
public final class LocalStackApplication {

    private static final String USAGE = """
            Usage: run.sh [--demo] [--data-dir=DIR] [--fresh] [--kafka-port=N] [--mongo-port=N] [--auth-port=N]
                          [--intake-port=N] [--referral-port=N] [--followup-port=N] [--audit-port=N]
              --demo        play the scripted flow as the demo personas, print the timeline and stop
              --data-dir    where Mongo's data (mongo.mv.db) and Kafka's logs and offsets (kafka/) are kept; default ./data
              --fresh       delete what the data directory holds first and start from an empty system
              --*-port      listen elsewhere than the documented ports (0 = any free port)""";

    public static void main(String[] args) throws InterruptedException {
        boolean demo = false;
        boolean fresh = false;
        Path dataDir = Path.of("data");
        Map<String, Integer> ports = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.matches("--(kafka|mongo|auth|intake|referral|followup|audit)-port=\\d{1,5}")) {
                ports.put(arg.substring(2, arg.indexOf("-port=")), Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
            } else {
                System.err.println("Unknown option " + arg + ".\n" + USAGE);
                System.exit(2);
            }
        }
        if (demo) {
            // Until the first Spring application configures logging, the broker's start-up chatter would bury the
            // demo's own output.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (fresh) {
            System.out.println("--fresh: deleting the data in " + dataDir.toAbsolutePath());
            DataDirectory.empty(dataDir);
        }
        String mongoUri = System.getenv("GBV_MONGODB_URI");
        System.out.println("Starting the local stack (Kafka, MongoDB wire server, authorization server, 4 services)...");
        LocalStackSettings standard = LocalStackSettings.standard(dataDir, mongoUri, demo);
        LocalStack stack = LocalStack.start(new LocalStackSettings(ports.getOrDefault("kafka", standard.kafkaPort()),
                ports.getOrDefault("mongo", standard.mongoPort()), ports.getOrDefault("auth", standard.authPort()),
                ports.getOrDefault("intake", standard.intakePort()), ports.getOrDefault("referral", standard.referralPort()),
                ports.getOrDefault("followup", standard.followupPort()), ports.getOrDefault("audit", standard.auditPort()),
                dataDir, mongoUri, demo));
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
                mongoUri != null ? mongoUri : stack.mongoConnectionString() + " (data in " + dataDir.toAbsolutePath() + ")");
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
