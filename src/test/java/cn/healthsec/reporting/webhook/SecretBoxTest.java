package cn.healthsec.reporting.webhook;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subscription secrets are sealed at rest, bound to their subscription, and still open after the encryption key is rotated. */
class SecretBoxTest {

    static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    void shouldSealAndOpenBoundToItsSubscription() {
        SecretBox box = new SecretBox(Optional.of(K1), List.of());
        UUID id = UUID.randomUUID();
        byte[] secret = Signature.newKey();
        byte[] sealed = box.seal(secret, id);
        assertFalse(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertArrayEquals(secret, box.open(sealed, id));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, UUID.randomUUID()), "copied to another row, it does not open");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> box.open(sealed, id), "altered, it does not open");
    }

    @Test
    void shouldOpenWhatAnEarlierKeySealed() {
        UUID id = UUID.randomUUID();
        byte[] secret = Signature.newKey();
        byte[] sealed = new SecretBox(Optional.of(K1), List.of()).seal(secret, id);
        assertArrayEquals(secret, new SecretBox(Optional.of(K2), List.of(K1)).open(sealed, id));
        assertThrows(IllegalStateException.class, () -> new SecretBox(Optional.of(K2), List.of()).open(sealed, id));
    }

    @Test
    void shouldRefuseAMalformedKeyAndKnowWhenItHasNone() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(Optional.of("not base64!"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), List.of()));
        assertFalse(new SecretBox(Optional.empty(), List.of()).configured());
        assertTrue(new SecretBox(Optional.of(K1), List.of()).configured());
    }
}
