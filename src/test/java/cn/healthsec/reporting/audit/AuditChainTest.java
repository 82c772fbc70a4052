package cn.healthsec.reporting.audit;

import cn.healthsec.reporting.audit.AuditChain.Entry;
import cn.healthsec.reporting.audit.AuditChain.SealFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The chain's definitions (issue 12 §1): a change to any column, to the order or to the set of
 * records changes what a seal holds; a seal's hash covers every one of its fields.
 */
class AuditChainTest {

    static final Instant T = Instant.parse("2026-11-23T01:02:03.456789Z");
    static final Entry E = new Entry(7, 1001, T, "req-1", "his-1", "institution", "12110105MB00000006",
            "SUBMISSION_ACCEPTED", "MLPS_FILING", "3f1c2a4e-8b7d-4c1e-9f2a-6d5e4c3b2a10", "SUCCESS", null, null);

    @Test
    void shouldGiveTheSameDigestForTheSameRecordAndAnotherForAnyChangedColumn() {
        assertArrayEquals(AuditChain.digest(E), AuditChain.digest(copy(E, e -> e)));
        List<UnaryOperator<Entry>> changes = List.of(
                e -> new Entry(8, e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), 1002, e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt().plusNanos(1_000), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), null, e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), "his-2", e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), "admin", e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), null, e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), "SUBMISSION_READ", e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), "INCIDENT", e.targetId(), e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), "x", e.outcome(), e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), "DENIED", e.status(), e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), (short) 403, e.reason()),
                e -> new Entry(e.id(), e.txid(), e.occurredAt(), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.status(), "forbidden"));
        Set<String> digests = new HashSet<>();
        digests.add(AuditChain.hex(AuditChain.digest(E)));
        for (UnaryOperator<Entry> change : changes) {
            digests.add(AuditChain.hex(AuditChain.digest(change.apply(E))));
        }
        assertEquals(changes.size() + 1, digests.size(), "every column is covered by the digest");
    }

    @Test
    void shouldNotConfuseWhereOneFieldEndsAndTheNextBegins() {
        Entry a = new Entry(1, 1, T, null, "ab", "c", null, "X", null, null, "SUCCESS", null, null);
        Entry b = new Entry(1, 1, T, null, "a", "bc", null, "X", null, null, "SUCCESS", null, null);
        Entry empty = new Entry(1, 1, T, "", "a", "bc", null, "X", null, null, "SUCCESS", null, null);
        assertFalse(AuditChain.hex(AuditChain.digest(a)).equals(AuditChain.hex(AuditChain.digest(b))));
        assertFalse(AuditChain.hex(AuditChain.digest(b)).equals(AuditChain.hex(AuditChain.digest(empty))), "null and empty differ");
    }

    @Test
    void shouldChangeTheHeadWhenRecordsAreReorderedDroppedOrAdded() {
        byte[] d1 = AuditChain.digest(E);
        byte[] d2 = AuditChain.digest(new Entry(8, 1001, T, null, "his-1", "institution", null, "SUBMISSION_READ", null, null, "SUCCESS", null, null));
        byte[] d3 = AuditChain.digest(new Entry(9, 1002, T, null, "his-1", "institution", null, "SUBMISSION_READ", null, null, "SUCCESS", null, null));
        byte[] start = AuditChain.genesis();
        Set<String> heads = new HashSet<>();
        heads.add(AuditChain.hex(AuditChain.head(start, List.of(d1, d2, d3))));
        heads.add(AuditChain.hex(AuditChain.head(start, List.of(d2, d1, d3))));
        heads.add(AuditChain.hex(AuditChain.head(start, List.of(d1, d3))));
        heads.add(AuditChain.hex(AuditChain.head(start, List.of(d1, d2, d3, d3))));
        heads.add(AuditChain.hex(AuditChain.head(AuditChain.link(start, d1), List.of(d1, d2, d3))));
        assertEquals(5, heads.size());
    }

    @Test
    void shouldCoverEverySealFieldInTheSealHash() {
        byte[] index = new byte[2 * AuditChain.INDEX_BYTES];
        byte[] head = AuditChain.link(AuditChain.genesis(), AuditChain.digest(E));
        SealFields s = new SealFields(3, T, 100, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head);
        List<SealFields> variants = new ArrayList<>(List.of(
                new SealFields(4, T, 100, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T.plusNanos(1_000), 100, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 101, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 100, 201, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 100, 200, 3, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 100, 200, 2, T.minusSeconds(1), T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 100, 200, 2, T, T.plusSeconds(2), new long[] {7, 8}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 100, 200, 2, T, T.plusSeconds(1), new long[] {8, 7}, index, AuditChain.genesis(), head),
                new SealFields(3, T, 100, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, new byte[2 * AuditChain.INDEX_BYTES + 1], AuditChain.genesis(), head),
                new SealFields(3, T, 100, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, head, head),
                new SealFields(3, T, 100, 200, 2, T, T.plusSeconds(1), new long[] {7, 8}, index, AuditChain.genesis(), AuditChain.genesis())));
        Set<String> hashes = new HashSet<>();
        hashes.add(AuditChain.hex(AuditChain.sealHash(s)));
        variants.forEach(v -> hashes.add(AuditChain.hex(AuditChain.sealHash(v))));
        assertEquals(variants.size() + 1, hashes.size());
    }

    @Test
    void shouldHashTimesAtPostgresPrecision() {
        assertEquals(1_795_395_723_456_789L, AuditChain.micros(T));
        assertArrayEquals(AuditChain.digest(E), AuditChain.digest(copy(E, e -> new Entry(e.id(), e.txid(),
                e.occurredAt().plusNanos(999), e.requestId(), e.actor(), e.actorRole(), e.actorOrg(), e.action(),
                e.targetType(), e.targetId(), e.outcome(), e.status(), e.reason()))));
    }

    private static Entry copy(Entry e, UnaryOperator<Entry> f) {
        return f.apply(e);
    }
}
