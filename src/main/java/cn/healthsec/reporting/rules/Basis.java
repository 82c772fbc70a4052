package cn.healthsec.reporting.rules;

import java.util.Objects;

/**
 * Where a rule comes from: a source, the article within it, and how sure we are of the text.
 * Shown to API clients twice: as a short English line ({@link #cite()}, e.g. {@code 2022 Measures art. 6(2)})
 * and as a structured {@link Citation} (《医疗卫生机构网络安全管理办法》（国卫规划发〔2022〕29号）第六条第（二）项).
 */
public record Basis(Source source, String article, Provenance provenance) {

    public Basis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(provenance, "provenance");
    }

    public static Basis of(Source source, String article, Provenance provenance) {
        return new Basis(source, article, provenance);
    }

    /** The short English citation shown to API clients: the source's short name and the article. */
    public String cite() {
        String text = source.shortName() + " " + article;
        if (provenance.isPolicy()) {
            text += " (configurable policy: " + provenance.name() + ")";
        }
        return text;
    }

    /** Whether a citation {@link #cite() rendered} by this class names a configurable policy. */
    public static boolean citesPolicy(String cite) {
        return cite.contains("(configurable policy: ");
    }

    /** This basis cited in full, naming no rule. */
    public Citation citation() {
        return Citation.of(source, article, provenance, null);
    }

    /** This basis cited in full, as applied by the rule {@code ruleId} ({@code null} where none is recorded). */
    public Citation citation(String ruleId) {
        return Citation.of(source, article, provenance, ruleId);
    }

    /** The basis stored as {@code key} cited in full, naming {@code ruleId}; null for a null key (rows stored before keys were). */
    public static Citation citationOf(String key, String ruleId) {
        Basis b = fromKey(key);
        return b == null ? null : b.citation(ruleId);
    }

    /** A compact form to store beside a rendered {@link #cite()}, read back by {@link #fromKey(String)}. */
    public String key() {
        return source.name() + "|" + provenance.name() + "|" + article;
    }

    /** The basis {@link #key() stored} as {@code key}; {@code null} for {@code null} (rows stored before keys were). */
    public static Basis fromKey(String key) {
        if (key == null) {
            return null;
        }
        String[] parts = key.split("\\|", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a basis key: " + key);
        }
        return new Basis(Source.valueOf(parts[0]), parts[2], Provenance.valueOf(parts[1]));
    }

    @Override
    public String toString() {
        return cite();
    }
}
