package cn.healthsec.reporting.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit trail, as plain functions (no database, no framework), so that an
 * auditor can recompute it with the same definitions.
 *
 * <ul>
 *   <li>A record's <b>digest</b> is SHA-256 over an unambiguous encoding of every column: each
 *   string length-prefixed (or marked null), numbers in 8 bytes, the time in microseconds since the
 *   epoch, preceded by {@value #VERSION}.</li>
 *   <li>The chain runs through every record in seal order: {@code c = SHA-256(c' || digest)}, where
 *   {@code c'} is the previous record's link, or for a seal's first record the previous seal's hash
 *   (32 zero bytes before the first seal). A seal stores its last link as {@code head}.</li>
 *   <li>A <b>seal's hash</b> covers its number, time, transaction range, count, the records' ids and
 *   digest prefixes, the previous seal's hash and the head. The last seal's hash is the anchor
 *   written to the log.</li>
 * </ul>
 *
 * Altering a record changes its digest; deleting, inserting or reordering one changes the chain;
 * altering or deleting a seal breaks the next seal's link or the anchor.
 */
public final class AuditChain {

    public static final String VERSION = "healthsec-audit-v1";
    public static final int HASH_BYTES = 32;
    /** How much of each record's digest a seal keeps in its index, to name the first record that differs. */
    public static final int INDEX_BYTES = 16;
    private static final byte[] GENESIS = new byte[HASH_BYTES];

    private AuditChain() {
    }

    /** The columns of one audit record, as stored. */
    public record Entry(long id, long txid, Instant occurredAt, String requestId, String actor, String actorRole,
                        String actorOrg, String action, String targetType, String targetId, String outcome,
                        Short status, String reason) {
    }

    /** The fields of a seal that its hash covers. */
    public record SealFields(long sealNo, Instant sealedAt, long txidFrom, long txidTo, int recordCount,
                             Instant firstOccurredAt, Instant lastOccurredAt, long[] recordIds, byte[] recordDigests,
                             byte[] previousHash, byte[] head) {
    }

    public static byte[] genesis() {
        return GENESIS.clone();
    }

    public static byte[] digest(Entry e) {
        Encoder out = new Encoder(VERSION);
        out.number(e.id());
        out.number(e.txid());
        out.time(e.occurredAt());
        out.text(e.requestId());
        out.text(e.actor());
        out.text(e.actorRole());
        out.text(e.actorOrg());
        out.text(e.action());
        out.text(e.targetType());
        out.text(e.targetId());
        out.text(e.outcome());
        out.number(e.status() == null ? Long.MIN_VALUE : e.status());
        out.text(e.reason());
        return sha256(out.bytes());
    }

    public static byte[] link(byte[] previous, byte[] digest) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(digest);
        return sha.digest();
    }

    /** The head of a chain that starts from {@code previous} and runs through {@code digests} in order. */
    public static byte[] head(byte[] previous, List<byte[]> digests) {
        byte[] c = previous;
        for (byte[] d : digests) {
            c = link(c, d);
        }
        return c;
    }

    /** The index prefix of a digest. */
    public static byte[] indexed(byte[] digest) {
        return Arrays.copyOf(digest, INDEX_BYTES);
    }

    public static byte[] sealHash(SealFields s) {
        Encoder out = new Encoder(VERSION + "/seal");
        out.number(s.sealNo());
        out.time(s.sealedAt());
        out.number(s.txidFrom());
        out.number(s.txidTo());
        out.number(s.recordCount());
        out.time(s.firstOccurredAt());
        out.time(s.lastOccurredAt());
        out.number(s.recordIds().length);
        for (long id : s.recordIds()) {
            out.number(id);
        }
        out.bytes(s.recordDigests());
        out.bytes(s.previousHash());
        out.bytes(s.head());
        return sha256(out.bytes());
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    /** Microseconds since the epoch: PostgreSQL's precision, so a time read back hashes the same. */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static final class Encoder {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        private final DataOutputStream out = new DataOutputStream(buffer);

        Encoder(String tag) {
            text(tag);
        }

        void number(long n) {
            try {
                out.writeLong(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void time(Instant t) {
            number(t == null ? Long.MIN_VALUE : micros(t));
        }

        void text(String s) {
            bytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] b) {
            try {
                if (b == null) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(b.length);
                    out.write(b);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}
