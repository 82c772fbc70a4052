package cn.healthsec.reporting.rules;

import java.util.Objects;

/**
 * Where a rule comes from: a source, the article within it, and how sure we are of the text.
 * Rendered in receipts as e.g. {@code 2022 Measures art. 6(2) [003_c9f825799c254222.txt]}.
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

    /** The citation shown to API clients: short name, article and seed file where there is one. */
    public String cite() {
        String text = source.shortName() + " " + article;
        if (source.seedFile() != null) {
            text += " [" + source.seedFile() + "]";
        }
        if (provenance.isPolicy()) {
            text += " (configurable policy: " + provenance.name() + ")";
        }
        return text;
    }

    /** Whether a citation {@link #cite() rendered} by this class names a configurable policy. */
    public static boolean citesPolicy(String cite) {
        return cite.contains("(configurable policy: ");
    }

    @Override
    public String toString() {
        return cite();
    }
}
