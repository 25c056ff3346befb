package vn.hanoi.gbv.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.hanoi.gbv.localstack.mongo.MongoWireServer;

/** What the local stack keeps in its data directory, and the one deliberate way to throw it away. */
final class DataDirectory {

    /**
     * Deletes Mongo's data file and Kafka's folder (nothing else the folder may hold), so the next start is an empty
     * system. Only on request ({@code --fresh}): a stack never discards acknowledged data by itself.
     */
    static void empty(Path dataDir) {
        delete(dataDir.resolve(MongoWireServer.DATA_FILE_NAME));
        delete(dataDir.resolve("kafka"));
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private DataDirectory() {
    }
}
