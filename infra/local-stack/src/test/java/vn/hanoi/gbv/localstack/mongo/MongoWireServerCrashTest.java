package vn.hanoi.gbv.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the wire server acknowledged is on disk: a process killed with SIGKILL right after the answer loses none.
 * The writer runs in a child JVM ({@link Writer}) so it can really be killed.
 */
class MongoWireServerCrashTest {

    @Test
    void keepsEveryAcknowledgedWriteWhenTheProcessIsKilled(@TempDir Path dataDir) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged.size() < 300) {
                if (line.startsWith("acknowledged ")) {
                    acknowledged.add(line.substring("acknowledged ".length()));
                }
            }
            writer.destroyForcibly(); // SIGKILL while it keeps writing
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(300);

        try (MongoWireServer mongo = MongoWireServer.persistent(0, dataDir).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
            List<String> missing = acknowledged.stream()
                    .filter(id -> cases.find(Filters.eq("_id", id)).first() == null).toList();
            assertThat(missing).as("acknowledged writes lost by the kill").isEmpty();
        }
    }

    /** Writes documents one after another and prints the id of each acknowledged one, until killed. */
    public static final class Writer {

        public static void main(String[] args) {
            MongoWireServer mongo = MongoWireServer.persistent(0, Path.of(args[0])).start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
                for (int i = 0; ; i++) {
                    String id = "case-" + i;
                    cases.insertOne(new Document("_id", id).append("ward", "hoan-kiem"));
                    cases.updateOne(Filters.eq("_id", id), new Document("$set", new Document("status", "VERIFIED")));
                    System.out.println("acknowledged " + id);
                    System.out.flush();
                }
            }
        }
    }
}
