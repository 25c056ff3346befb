package vn.hanoi.gbv.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

    @Test
    void h2BackendKeepsDocumentsAcrossARestart(@TempDir Path dataDir) {
        try (MongoWireServer mongo = MongoWireServer.persistent(0, dataDir).start()) {
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
                cases.createIndex(Indexes.ascending("caseNumber"), new IndexOptions().unique(true));
                cases.insertOne(new Document("caseNumber", "HK-2026-0001").append("ward", "hoan-kiem"));
            }
        }
        assertThat(dataDir.resolve(MongoWireServer.DATA_FILE_NAME)).isRegularFile();

        // A new server on the same directory (and a new port): the document and its unique index are still there.
        try (MongoWireServer mongo = MongoWireServer.persistent(0, dataDir).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
            Document found = cases.find(new Document("caseNumber", "HK-2026-0001")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("ward")).isEqualTo("hoan-kiem");

            assertThatThrownBy(() -> cases.insertOne(new Document("caseNumber", "HK-2026-0001")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e ->
                            assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void memoryBackendForgetsEverythingOnClose() {
        try (MongoWireServer mongo = MongoWireServer.inMemory(0).start()) {
            assertThat(mongo.dataFile()).isEmpty();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                client.getDatabase("audit").getCollection("entries").insertOne(new Document("n", 1));
                assertThat(client.getDatabase("audit").getCollection("entries").countDocuments()).isEqualTo(1);
            }
        }
        try (MongoWireServer mongo = MongoWireServer.inMemory(0).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("audit").getCollection("entries").countDocuments()).isZero();
        }
    }

    @Test
    void isSingleUse() {
        MongoWireServer mongo = MongoWireServer.inMemory(0).start();
        mongo.close();
        mongo.close(); // idempotent
        assertThat(mongo.isRunning()).isFalse();
        assertThatThrownBy(mongo::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(mongo::connectionString).isInstanceOf(IllegalStateException.class);
    }
}
