package vn.hanoi.gbv.audit.timeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.CaseRejected;

class ChainVerificationUnitTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final Actor LAN = new Actor("lan", "COUNSELLOR", "hoan-kiem", null);
    private final CheckpointSigner signer = DevCheckpointKey.signer();

    private static EventEnvelope<CaseEvent> event(CaseEvent payload) {
        return new EventEnvelope<>(UUID.randomUUID(), payload.getClass().getSimpleName(), payload.caseId(), AT, LAN, 1,
                "t", "intake-service", payload);
    }

    /** A case's chain of {@code n} entries, and a checkpoint signed after each. */
    private record Chain(List<TimelineEntry> entries, List<Checkpoint> checkpoints) {
    }

    private Chain chain(String caseId, int n) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        TimelineEntry previous = null;
        for (int i = 0; i < n; i++) {
            CaseEvent payload = i % 2 == 0 ? new CaseAccessed(caseId, "hoan-kiem", "FULL")
                    : new CaseRejected(caseId, "hoan-kiem");
            previous = TimelineEntry.after(previous, event(payload), AT.plusSeconds(i));
            entries.add(previous);
            checkpoints.add(signer.sign(caseId, previous.seq(), previous.link().hash(), AT.plusSeconds(i)));
        }
        return new Chain(entries, checkpoints);
    }

    private ChainVerification verify(String caseId, List<TimelineEntry> entries, List<Checkpoint> checkpoints) {
        return ChainVerification.of(caseId, entries, checkpoints, signer::verify);
    }

    @Test
    void anUntouchedChainIsIntactAndEndsWhereItsLatestCheckpointSays() {
        Chain chain = chain("case-1", 5);

        ChainVerification v = verify("case-1", chain.entries(), chain.checkpoints());

        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.firstBrokenSeq()).isNull();
        assertThat(v.headHash()).isEqualTo(v.checkpoint().headHash());
        assertThat(v.checkpointValid()).isTrue();
    }

    @Test
    void eachHashIsTheShaOfThePreviousHashAndTheShaOfTheCanonicalBytes() throws Exception {
        TimelineEntry first = chain("case-1", 1).entries().get(0);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] genesis = sha.digest("gbv-timeline-genesis:case-1".getBytes(StandardCharsets.UTF_8));
        byte[] content = MessageDigest.getInstance("SHA-256").digest(first.link().canonical().getBytes(StandardCharsets.UTF_8));
        MessageDigest outer = MessageDigest.getInstance("SHA-256");
        outer.update(genesis);
        outer.update(content);

        assertThat(first.link().prevHash()).isEqualTo(HexFormat.of().formatHex(genesis));
        assertThat(first.link().hash()).isEqualTo(HexFormat.of().formatHex(outer.digest()));
        assertThat(first.link().canonical()).startsWith("{\"access\":{\"agencyId\":null,\"agencyType\":null,"
                + "\"fields\":[],\"person\":\"lan\",\"view\":\"FULL\"},\"actor\":{\"agency\":null,\"id\":\"lan\"")
                .contains("\"seq\":1,").contains("\"summaryVi\":\"Hồ sơ vụ việc đã được xem\"");
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesTheSameWayEveryTime() {
        assertThat(CanonicalJson.of(Map.of("b", 2L, "a", List.of("x\"y", "\n"), "c", Map.of("z", true, "y", "ư"))))
                .isEqualTo("{\"a\":[\"x\\\"y\",\"\\n\"],\"b\":2,\"c\":{\"y\":\"ư\",\"z\":true}}");
    }

    @Test
    void aChangedFieldBreaksTheChainAtThatEntry() {
        Chain chain = chain("case-1", 5);
        List<TimelineEntry> entries = new ArrayList<>(chain.entries());
        TimelineEntry third = entries.get(2);
        entries.set(2, new TimelineEntry(third.caseId(), third.seq(), third.eventId(), third.type(), third.occurredAt(),
                third.recordedAt(), new Actor("someone-else", "SUPERVISOR", null, null), third.service(), third.ward(),
                third.summary(), third.access(), third.link()));

        assertThat(verify("case-1", entries, chain.checkpoints()).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aDeletedEntryBreaksTheChainWhereTheGapIs() {
        Chain chain = chain("case-1", 5);
        List<TimelineEntry> entries = new ArrayList<>(chain.entries());
        entries.remove(1);

        ChainVerification v = verify("case-1", entries, chain.checkpoints());

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void theLastEntriesRemovedAreCaughtByTheCheckpoint() {
        Chain chain = chain("case-1", 5);

        ChainVerification v = verify("case-1", chain.entries().subList(0, 3), chain.checkpoints());

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void aChainRewrittenConsistentlyFromOneEntryOnIsCaughtByTheCheckpointsBeforeIt() {
        Chain chain = chain("case-1", 5);
        // Rebuild entries 3..5 with another actor and fresh, internally consistent hashes.
        List<TimelineEntry> forged = new ArrayList<>(chain.entries().subList(0, 2));
        TimelineEntry previous = forged.get(1);
        for (int i = 2; i < 5; i++) {
            var payload = new CaseRejected("case-1", "hoan-kiem");
            var envelope = new EventEnvelope<CaseEvent>(UUID.randomUUID(), "CaseRejected", "case-1", AT,
                    Actor.service("intruder"), 1, "t", "intake-service", payload);
            previous = TimelineEntry.after(previous, envelope, AT);
            forged.add(previous);
        }

        ChainVerification v = verify("case-1", forged, chain.checkpoints());

        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void reorderedEntriesBreakTheChainAtTheFirstMovedOne() {
        Chain chain = chain("case-1", 5);
        TimelineEntry second = chain.entries().get(1);
        TimelineEntry third = chain.entries().get(2);
        // Swapped seqs, as if someone renumbered two documents.
        List<TimelineEntry> entries = new ArrayList<>(chain.entries());
        entries.set(1, renumbered(third, 2));
        entries.set(2, renumbered(second, 3));

        assertThat(verify("case-1", entries, chain.checkpoints()).firstBrokenSeq()).isEqualTo(2);
    }

    private static TimelineEntry renumbered(TimelineEntry e, long seq) {
        return new TimelineEntry(e.caseId(), seq, e.eventId(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(),
                e.service(), e.ward(), e.summary(), e.access(), e.link());
    }

    @Test
    void aForgedCheckpointIsNotTrusted() {
        Chain chain = chain("case-1", 3);
        Checkpoint real = chain.checkpoints().get(2);
        List<Checkpoint> checkpoints = new ArrayList<>(chain.checkpoints());
        checkpoints.set(2, new Checkpoint(real.caseId(), real.seq(), HashChain.genesis("x"), real.checkpointedAt(),
                real.keyId(), real.signature()));

        ChainVerification v = verify("case-1", chain.entries(), checkpoints);

        assertThat(v.intact()).isFalse();
        assertThat(v.checkpointValid()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void anEntryOfAnotherCaseDoesNotFitThisCasesChain() {
        TimelineEntry other = chain("case-2", 1).entries().get(0);

        assertThat(verify("case-1", List.of(other), List.of()).firstBrokenSeq()).isEqualTo(1);
    }

    @Test
    void aCheckpointSignatureChecksWithThePublicKeyAloneAndNothingOfThisCode() throws Exception {
        Checkpoint checkpoint = signer.sign("case-1", 7, HashChain.genesis("case-1"), AT);
        var publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(DevCheckpointKey.PUBLIC_KEY)));
        String signed = "{\"caseId\":\"case-1\",\"checkpointedAt\":\"2026-11-20T08:00:00Z\",\"headHash\":\""
                + HashChain.genesis("case-1") + "\",\"seq\":7}";

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(signed.getBytes(StandardCharsets.UTF_8));

        assertThat(checkpoint.signedContent()).isEqualTo(signed);
        assertThat(verifier.verify(Base64.getDecoder().decode(checkpoint.signature()))).isTrue();
    }

    @Test
    void aSignerWhosePublicKeyIsNotItsOwnIsRefused() throws Exception {
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var mine = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThatThrownBy(() -> new CheckpointSigner("k", mine.getPrivate(), other.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CheckpointSigner("k", mine.getPrivate(), mine.getPublic()).toString()).doesNotContain("MC4C");
    }
}
