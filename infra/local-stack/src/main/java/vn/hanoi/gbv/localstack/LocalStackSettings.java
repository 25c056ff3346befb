package vn.hanoi.gbv.localstack;

import java.nio.file.Path;

/**
 * Where the local stack's parts listen and keep their data.
 *
 * @param kafkaPort     the in-process Kafka broker (0 = any free port)
 * @param mongoPort     the Mongo wire server (0 = any free port); unused when {@code mongoUri} is set
 * @param authPort      the authorization server
 * @param intakePort    intake-service; likewise referral, followup and audit
 * @param dataDir       where the Mongo wire server keeps its H2 file ({@code mongo.mv.db}) and the broker its logs,
 *                      offsets and metadata ({@code kafka/}); null keeps everything in memory or temporary folders
 * @param mongoUri      a real MongoDB to use instead of the embedded server (base URI, no database), or null
 * @param quiet         services log warnings only, so a demo's own output stands out
 */
public record LocalStackSettings(
        int kafkaPort,
        int mongoPort,
        int authPort,
        int intakePort,
        int referralPort,
        int followupPort,
        int auditPort,
        Path dataDir,
        String mongoUri,
        boolean quiet) {

    /** The documented ports, data kept in {@code dataDir}. */
    public static LocalStackSettings standard(Path dataDir, String mongoUri, boolean quiet) {
        return new LocalStackSettings(9092, 27017, 9000, 8081, 8082, 8083, 8084, dataDir, mongoUri, quiet);
    }

    /**
     * Any free ports and memory only: for tests, which may run beside a stack someone left running. Services log
     * at their usual level, so a test can read the log lines a real run writes.
     */
    public static LocalStackSettings ephemeral() {
        return new LocalStackSettings(0, 0, 0, 0, 0, 0, 0, null, null, false);
    }

    /** The same parts and ports, with data kept in {@code directory}. */
    public LocalStackSettings withDataDir(Path directory) {
        return new LocalStackSettings(kafkaPort, mongoPort, authPort, intakePort, referralPort, followupPort, auditPort,
                directory, mongoUri, quiet);
    }

    /** The Kafka broker's folder inside the data directory. */
    public Path kafkaDir() {
        return dataDir == null ? null : dataDir.resolve("kafka");
    }
}
