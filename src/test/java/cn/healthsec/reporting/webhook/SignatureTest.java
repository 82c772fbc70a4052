package cn.healthsec.reporting.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 25 §4: the Standard Webhooks signature scheme, byte for byte as its reference implementations sign. */
class SignatureTest {

    /** The scheme's published test vector (standard-webhooks reference libraries and their tests). */
    @Test
    void shouldReproduceThePublishedTestVector() {
        byte[] key = Signature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldSignOncePerValidSecretSpaceSeparated() {
        byte[] a = Signature.newKey();
        byte[] b = Signature.newKey();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String header = Signature.header(List.of(a, b), "ie_1", 1700000000L, body);
        String[] parts = header.split(" ");
        assertEquals(2, parts.length);
        assertEquals(Signature.sign(a, "ie_1", 1700000000L, body), parts[0]);
        assertEquals(Signature.sign(b, "ie_1", 1700000000L, body), parts[1]);
    }

    @Test
    void shouldGiveASecretOfTheSchemesFormWithAtLeast24RandomBytes() {
        byte[] key = Signature.newKey();
        String secret = Signature.secret(key);
        assertTrue(secret.startsWith("whsec_"));
        assertTrue(Signature.key(secret).length >= 24);
        assertEquals(java.util.Arrays.toString(key), java.util.Arrays.toString(Signature.key(secret)));
        assertTrue(!java.util.Arrays.equals(key, Signature.newKey()), "random");
    }
}
