package cn.healthsec.reporting.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 25 §4, "safe to run": no delivery to loopback, link-local, private or metadata addresses, checked after DNS on every attempt. */
class AddressPolicyTest {

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void shouldTellPublicFromEveryInwardOrSpecialRange() {
        for (String inward : List.of("127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
                "169.254.169.254", "169.254.0.23", "100.100.100.200", "100.64.0.1", "192.0.0.170", "198.18.0.1", "224.0.0.1",
                "255.255.255.255", "240.0.0.1", "192.0.2.10", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "64:ff9b::7f00:1", "2002:a00:1::1",
                "2002:7f00:1::", "2001:db8::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "fec0::1", "::127.0.0.1")) {
            assertFalse(AddressPolicy.isPublic(ip(inward)), inward);
        }
        for (String outward : List.of("8.8.8.8", "114.114.114.114", "101.226.4.6", "172.32.0.1", "100.128.0.1", "2400:3200::1",
                "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1")) {
            assertTrue(AddressPolicy.isPublic(ip(outward)), outward);
        }
    }

    @Test
    void shouldRefuseTheUrlsItMayNotSendTo() {
        AddressPolicy policy = new AddressPolicy(List.of("portal.test"), false, host -> List.of(ip("8.8.8.8")));
        assertEquals(Optional.empty(), policy.checkShape("https://portal.example.cn/hooks?x=1"));
        assertEquals(Optional.empty(), policy.checkShape("http://portal.test:8080/hooks"));
        assertEquals(Optional.of(AddressPolicy.Refusal.HTTPS_REQUIRED), policy.checkShape("http://portal.example.cn/hooks"));
        assertEquals(Optional.of(AddressPolicy.Refusal.HTTPS_REQUIRED), policy.checkShape("ftp://portal.example.cn/"));
        assertEquals(Optional.of(AddressPolicy.Refusal.CREDENTIALS_IN_URL), policy.checkShape("https://user:pw@portal.example.cn/"));
        assertEquals(Optional.of(AddressPolicy.Refusal.INVALID_URL), policy.checkShape("https://portal.example.cn/#frag"));
        assertEquals(Optional.of(AddressPolicy.Refusal.INVALID_URL), policy.checkShape("/relative"));
        assertEquals(Optional.of(AddressPolicy.Refusal.INVALID_URL), policy.checkShape("https:///nohost"));
        assertEquals(Optional.of(AddressPolicy.Refusal.INVALID_URL), policy.checkShape("https://exa mple.cn/"));
    }

    @Test
    void shouldCheckEveryAddressAfterResolvingOnEveryAttempt() throws Exception {
        AtomicReference<List<InetAddress>> dns = new AtomicReference<>(List.of(ip("203.119.80.1")));
        Map<String, AtomicReference<List<InetAddress>>> zone = Map.of("portal.example.cn", dns);
        AddressPolicy policy = new AddressPolicy(List.of(), false, host -> {
            if (!zone.containsKey(host)) {
                throw new UnknownHostException(host);
            }
            return zone.get(host).get();
        });
        AddressPolicy.Target target = policy.resolve("https://portal.example.cn/in?x=1");
        assertEquals("portal.example.cn", target.host());
        assertEquals(443, target.port());
        assertEquals("/in?x=1", target.pathAndQuery());
        assertEquals(ip("203.119.80.1"), target.address(), "connects to the address it checked");

        dns.set(List.of(ip("203.119.80.1"), ip("10.0.0.5")));
        assertEquals(AddressPolicy.Refusal.PRIVATE_ADDRESS,
                assertThrows(AddressPolicy.Refused.class, () -> policy.resolve("https://portal.example.cn/in")).refusal(),
                "a name that also resolves inward is refused whole (a rebinding caught on the next attempt)");
        dns.set(List.of(ip("169.254.169.254")));
        assertEquals(AddressPolicy.Refusal.PRIVATE_ADDRESS,
                assertThrows(AddressPolicy.Refused.class, () -> policy.resolve("https://portal.example.cn/in")).refusal());
        assertEquals(AddressPolicy.Refusal.UNRESOLVABLE_HOST,
                assertThrows(AddressPolicy.Refused.class, () -> policy.resolve("https://gone.example.cn/in")).refusal());
        assertEquals(AddressPolicy.Refusal.PRIVATE_ADDRESS,
                assertThrows(AddressPolicy.Refused.class, () -> policy.resolve("https://[::1]/in")).refusal());

        AddressPolicy open = new AddressPolicy(List.of(), true, host -> List.of(ip("10.0.0.5")));
        assertEquals(ip("10.0.0.5"), open.resolve("https://portal.internal/in").address(), "allowed by the operator");
    }
}
