package cn.healthsec.reporting.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks signature scheme (standardwebhooks.com, "Signature scheme"): the secret is
 * {@code whsec_} followed by the base64 of the key bytes; each request carries {@code webhook-id},
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}, a space-separated list of
 * {@code v1,} + base64(HMAC-SHA256(key bytes, id + "." + timestamp + "." + body)), one per secret
 * valid at the time of sending (two during a rotation's overlap). Receivers compare in constant
 * time and refuse a timestamp more than five minutes from their clock.
 */
public final class Signature {

    public static final String PREFIX = "whsec_";
    /** Bytes of a new key: 32 (the scheme asks for 24 to 64). */
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** A new random key. */
    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The secret a subscriber is given once: {@code whsec_} + base64(key). */
    public static String secret(byte[] key) {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a secret, with or without its prefix. */
    public static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    }

    /** One signature, {@code v1,<base64>}. */
    public static String sign(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per key, space-separated. */
    public static String header(List<byte[]> keys, String id, long timestamp, byte[] body) {
        return keys.stream().map(k -> sign(k, id, timestamp, body)).collect(Collectors.joining(" "));
    }
}
