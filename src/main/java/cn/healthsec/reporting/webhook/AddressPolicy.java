package cn.healthsec.reporting.webhook;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the service may send (issue 25 §4, "safe to run"): a subscription's URL is absolute,
 * {@code https} (or {@code http} for a host the operator lists), without credentials or fragment;
 * and, checked after resolving its host on every attempt, none of the host's addresses may be
 * loopback, unspecified, link-local (which holds the cloud metadata services: 169.254.169.254,
 * Tencent's 169.254.0.23), private (RFC 1918, IPv6 unique-local), shared (100.64/10, which holds
 * Alibaba Cloud's 100.100.100.200), reserved, documentation, benchmarking, multicast or broadcast,
 * nor an IPv6 form of one (IPv4-mapped, -compatible, 6to4, NAT64), nor a Teredo tunnel — unless the
 * operator allows private addresses. The attempt then connects to the address that was checked, so
 * a name that resolves differently a moment later (DNS rebinding) cannot steer it elsewhere.
 */
public final class AddressPolicy {

    /** Why a URL or an address is refused; the field error code of a subscription that names it. */
    public enum Refusal {
        INVALID_URL("invalid_url"),
        HTTPS_REQUIRED("https_required"),
        CREDENTIALS_IN_URL("credentials_in_url"),
        UNRESOLVABLE_HOST("unresolvable_host"),
        PRIVATE_ADDRESS("private_address");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static final class Refused extends Exception {
        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A checked destination: connect to {@code address}, name {@code host} (Host header, TLS SNI and certificate). */
    public record Target(String host, int port, boolean https, String pathAndQuery, InetAddress address) {
    }

    /** Resolves a host name to all its addresses (the JVM's resolver in production; a fixed map in tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private final Set<String> httpHosts;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressPolicy(List<String> httpHosts, boolean allowPrivate, Resolver resolver) {
        this.httpHosts = httpHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL's own shape, before any lookup: empty when it may be subscribed. */
    public Optional<Refusal> checkShape(String url) {
        try {
            parse(url);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.refusal());
        }
    }

    /** The URL resolved and checked now: where to connect. */
    public Target resolve(String url) throws Refused {
        URI uri = parse(url);
        String host = host(uri);
        List<InetAddress> addresses;
        try {
            addresses = literal(host) ? List.of(InetAddress.getByName(host)) : resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            throw new Refused(Refusal.UNRESOLVABLE_HOST);
        }
        if (addresses.isEmpty()) {
            throw new Refused(Refusal.UNRESOLVABLE_HOST);
        }
        // Every address must be allowed: a name that also resolves inward is refused whole.
        if (!allowPrivate && !addresses.stream().allMatch(AddressPolicy::isPublic)) {
            throw new Refused(Refusal.PRIVATE_ADDRESS);
        }
        boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Target(host, port, https, path, addresses.get(0));
    }

    private URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused(Refusal.INVALID_URL);
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawFragment() != null || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused(Refusal.INVALID_URL);
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused(Refusal.CREDENTIALS_IN_URL);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme)) {
            if (!httpHosts.contains(host(uri))) {
                throw new Refused(Refusal.HTTPS_REQUIRED);
            }
        } else if (!"https".equals(scheme)) {
            throw new Refused(Refusal.HTTPS_REQUIRED);
        }
        return uri;
    }

    private static String host(URI uri) throws Refused {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1).toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Refused(Refusal.INVALID_URL);
        }
    }

    /** An IP address written out (IPv4 dotted, or IPv6 from a bracketed host): taken as it is, never looked up. */
    private static boolean literal(String host) {
        return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** Whether an address is on the public internet (nothing of a private, local or special-purpose range). */
    public static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? isPublicV4(b, 0) : isPublicV6(b);
    }

    private static boolean isPublicV4(byte[] b, int o) {
        int a0 = b[o] & 0xff;
        int a1 = b[o + 1] & 0xff;
        int a2 = b[o + 2] & 0xff;
        int a3 = b[o + 3] & 0xff;
        return !(a0 == 0                                   // "this network" 0/8
                || a0 == 10                                // private 10/8
                || a0 == 100 && (a1 & 0xc0) == 64          // shared address space 100.64/10 (CGNAT; Alibaba Cloud metadata)
                || a0 == 127                               // loopback
                || a0 == 169 && a1 == 254                  // link-local, cloud metadata
                || a0 == 172 && (a1 & 0xf0) == 16          // private 172.16/12
                || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2) // IETF protocol assignments, TEST-NET-1
                || a0 == 192 && a1 == 88 && a2 == 99       // 6to4 relay anycast
                || a0 == 192 && a1 == 168                  // private 192.168/16
                || a0 == 198 && (a1 & 0xfe) == 18          // benchmarking 198.18/15
                || a0 == 198 && a1 == 51 && a2 == 100      // TEST-NET-2
                || a0 == 203 && a1 == 0 && a2 == 113       // TEST-NET-3
                || a0 >= 224                               // multicast 224/4, reserved 240/4, broadcast
                || a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255);
    }

    private static boolean isPublicV6(byte[] b) {
        boolean zero80 = true;
        for (int i = 0; i < 10; i++) {
            zero80 &= b[i] == 0;
        }
        if (zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(b, 12);                      // IPv4-mapped ::ffff:a.b.c.d
        }
        if (zero80 && b[10] == 0 && b[11] == 0) {
            return false;                                  // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            boolean wellKnown = true;
            for (int i = 4; i < 12; i++) {
                wellKnown &= b[i] == 0;
            }
            return wellKnown && isPublicV4(b, 12);         // NAT64 64:ff9b::/96; 64:ff9b:1::/48 is local-use
        }
        if (w0 == 0x2002) {
            return isPublicV4(b, 2);                       // 6to4 2002:a.b.c.d::/48
        }
        return !(w0 == 0x0100 && w1 == 0                   // discard-only 100::/64
                || w0 == 0x2001 && w1 == 0                 // Teredo 2001::/32
                || w0 == 0x2001 && w1 == 0x0db8            // documentation 2001:db8::/32
                || (w0 & 0xfe00) == 0xfc00                 // unique local fc00::/7
                || (w0 & 0xffc0) == 0xfe80                 // link-local fe80::/10
                || (w0 & 0xffc0) == 0xfec0                 // site-local (deprecated) fec0::/10
                || (w0 & 0xff00) == 0xff00                 // multicast ff00::/8
                || zero80);                                // anything else in ::/80
    }
}
