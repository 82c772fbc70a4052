package cn.healthsec.reporting.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps subscription secrets sealed at rest. The service must sign with a secret, so it cannot keep
 * only a hash: each secret's key bytes are sealed with AES-256-GCM under the operator's key
 * ({@code healthsec.webhooks.encryption-key}), the subscription's id bound in as associated data (a
 * sealed secret copied to another row does not open). A sealed value is
 * {@code 1 | key id (8 bytes of SHA-256 of the key) | nonce (12) | ciphertext and tag}, so that
 * earlier keys ({@code previous-encryption-keys}) still open what they sealed. A malformed key stops
 * the service at start; no key leaves push delivery unavailable (503), never unsealed.
 */
@ApplicationScoped
public class SecretBox {

    private static final byte VERSION = 1;
    private static final int ID_BYTES = 8;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] current;
    private final List<byte[]> keys = new ArrayList<>();

    @Inject
    public SecretBox(WebhookConfig config) {
        this(config.encryptionKey(), config.previousEncryptionKeys().orElse(List.of()));
    }

    SecretBox(Optional<String> key, List<String> previous) {
        this.current = key.map(k -> decode(k, "healthsec.webhooks.encryption-key")).orElse(null);
        if (current != null) {
            keys.add(current);
        }
        previous.forEach(k -> keys.add(decode(k, "healthsec.webhooks.previous-encryption-keys")));
    }

    /** Whether a key is configured: without one, nothing can be sealed or sent. */
    public boolean configured() {
        return current != null;
    }

    public byte[] seal(byte[] secret, UUID subscription) {
        if (current == null) {
            throw new IllegalStateException("no encryption key");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, current, nonce, subscription, secret);
        return ByteBuffer.allocate(1 + ID_BYTES + NONCE_BYTES + sealed.length).put(VERSION).put(id(current)).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] sealed, UUID subscription) {
        ByteBuffer b = ByteBuffer.wrap(sealed);
        if (b.get() != VERSION) {
            throw new IllegalStateException("unknown sealed secret version");
        }
        byte[] id = new byte[ID_BYTES];
        b.get(id);
        byte[] nonce = new byte[NONCE_BYTES];
        b.get(nonce);
        byte[] rest = new byte[b.remaining()];
        b.get(rest);
        byte[] key = keys.stream().filter(k -> Arrays.equals(id(k), id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the key that sealed this secret is not configured"));
        return cipher(Cipher.DECRYPT_MODE, key, nonce, subscription, rest);
    }

    private static byte[] cipher(int mode, byte[] key, byte[] nonce, UUID subscription, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret did not open: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] id(byte[] key) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key), ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(property + " must be 32 bytes (AES-256), base64-encoded");
        }
        return key;
    }
}
