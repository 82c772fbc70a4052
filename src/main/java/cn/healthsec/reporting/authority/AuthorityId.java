package cn.healthsec.reporting.authority;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A syntactically valid authority id: the national bodies {@code NHC} (国家卫生健康委), {@code CAC}
 * (国家网信办) and {@code MPS} (公安部), or {@code HC-}, {@code CAC-}, {@code PSB-} followed by a
 * six-digit GB/T 2260 code or {@code XPCC} (新疆生产建设兵团, provincial level, no code of its own:
 * RULEBOOK §F.2). Whether the code names a real division is {@link AuthorityDirectory}'s question.
 */
public record AuthorityId(AuthorityKind kind, String area) {

    public static final String XPCC = "XPCC";
    public static final AuthorityId NHC = new AuthorityId(AuthorityKind.HEALTH_COMMISSION, null);
    /** The national cybersecurity administration: the same level as the NHC (2026 Data Measures art. 10). */
    public static final AuthorityId NATIONAL_CAC = new AuthorityId(AuthorityKind.CYBERSPACE_ADMINISTRATION, null);
    /** The Ministry of Public Security (国务院公安部门): the same level as the NHC. */
    public static final AuthorityId MPS = new AuthorityId(AuthorityKind.PUBLIC_SECURITY, null);

    private static final Pattern SYNTAX = Pattern.compile("(HC|CAC|PSB)-(\\d{6}|XPCC)");

    public static Optional<AuthorityId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text) {
            case "NHC":
                return Optional.of(NHC);
            case "CAC":
                return Optional.of(NATIONAL_CAC);
            case "MPS":
                return Optional.of(MPS);
            default:
                break;
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        AuthorityKind kind = switch (m.group(1)) {
            case "HC" -> AuthorityKind.HEALTH_COMMISSION;
            case "CAC" -> AuthorityKind.CYBERSPACE_ADMINISTRATION;
            default -> AuthorityKind.PUBLIC_SECURITY;
        };
        return Optional.of(new AuthorityId(kind, m.group(2)));
    }

    public static AuthorityId healthCommission(String area) {
        return new AuthorityId(AuthorityKind.HEALTH_COMMISSION, area);
    }

    public boolean isNational() {
        return area == null;
    }

    public boolean isXpcc() {
        return XPCC.equals(area);
    }

    public boolean isHealthCommission() {
        return kind == AuthorityKind.HEALTH_COMMISSION;
    }

    /** The body of another kind at the same level and place (e.g. CAC-110000 beside HC-110000, MPS beside the NHC). */
    public AuthorityId sameLevel(AuthorityKind other) {
        return new AuthorityId(other, area);
    }

    @Override
    public String toString() {
        if (isNational()) {
            return switch (kind) {
                case HEALTH_COMMISSION -> "NHC";
                case CYBERSPACE_ADMINISTRATION -> "CAC";
                case PUBLIC_SECURITY -> "MPS";
            };
        }
        return kind.prefix() + "-" + area;
    }
}
