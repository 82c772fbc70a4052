package cn.healthsec.reporting.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Basis} cited as the law is cited: the instrument by title and document number, the
 * article in Chinese (第六条第（二）项) and in English (art. 6(2)), both rendered in full, with how sure
 * the service is of the text and, where there is one, the id of the rule that applied it. Built from
 * a basis whenever it is shown, so a better title or number reaches every stored submission.
 *
 * @param ruleId             the rule that applied this basis, or {@code null} where none is recorded
 * @param instrumentId       the instrument, as a code an SDK can switch on
 * @param instrument         its title as promulgated
 * @param instrumentEn       its English title
 * @param shortName          its English short form, e.g. {@code 2022 Measures}
 * @param documentNumber     发文字号 or standard number, {@code null} where none was read
 * @param article            the provision in Chinese, {@code null} where the basis names no numbered provision
 * @param articleEn          the provision in English, {@code null} likewise
 * @param note               what the basis adds to the provision (a quoted phrase, the configuration key of a policy…)
 * @param textZh             the whole citation in Chinese
 * @param textEn             the whole citation in English
 * @param provenance         how sure the service is of the text (RULEBOOK §0)
 * @param configurablePolicy whether this is configurable policy rather than law
 */
public record Citation(String ruleId, Source instrumentId, String instrument, String instrumentEn, String shortName,
                       String documentNumber, String article, String articleEn, String note, String textZh, String textEn,
                       Provenance provenance, boolean configurablePolicy) {

    /** art. 6(2), art. 11 ¶3(3), art. 6 ¶1 — then whatever the basis adds. */
    private static final Pattern ARTICLE = Pattern.compile("^art\\. (\\d+)(?: ¶(\\d+))?(?:\\((\\d+)\\))?(.*)$", Pattern.DOTALL);
    /** §4 of a standard. */
    private static final Pattern CLAUSE = Pattern.compile("^§(\\d+(?:\\.\\d+)*)(.*)$", Pattern.DOTALL);
    private static final Pattern ANNEX = Pattern.compile("^annex(.*)$", Pattern.DOTALL);

    static Citation of(Source source, String article, Provenance provenance, String ruleId) {
        Provision provision = provision(source, article.strip());
        // The service's own policy is no instrument: it gets no 书名号.
        StringBuilder zh = source == Source.SERVICE_POLICY ? new StringBuilder(source.titleZh())
                : new StringBuilder("《").append(source.titleZh()).append("》");
        StringBuilder en = new StringBuilder(source.titleEn());
        if (source.documentNumber() != null) {
            zh.append("（").append(source.documentNumber()).append("）");
            en.append(" (").append(source.documentNumber()).append(")");
        }
        if (provision.zh() != null) {
            zh.append(provision.zh());
            en.append(", ").append(provision.en());
        }
        return new Citation(ruleId, source, source.titleZh(), source.titleEn(), source.shortName(), source.documentNumber(),
                provision.zh(), provision.en(), provision.note(), zh.toString(), en.toString(),
                provenance, provenance.isPolicy());
    }

    private record Provision(String zh, String en, String note) {
    }

    private static Provision provision(Source source, String article) {
        if (source.numbering() == Source.Numbering.ARTICLES) {
            Matcher m = ARTICLE.matcher(article);
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                StringBuilder zh = new StringBuilder("第").append(ChineseNumerals.of(number)).append("条");
                StringBuilder en = new StringBuilder("art. ").append(number);
                if (m.group(2) != null) {
                    zh.append("第").append(ChineseNumerals.of(Integer.parseInt(m.group(2)))).append("款");
                    en.append(" ¶").append(m.group(2));
                }
                if (m.group(3) != null) {
                    zh.append("第（").append(ChineseNumerals.of(Integer.parseInt(m.group(3)))).append("）项");
                    en.append("(").append(m.group(3)).append(")");
                }
                return new Provision(zh.toString(), en.toString(), note(m.group(4)));
            }
            Matcher annex = ANNEX.matcher(article);
            if (annex.matches()) {
                return new Provision("附件", "annex", note(annex.group(1)));
            }
        }
        if (source.numbering() == Source.Numbering.CLAUSES) {
            Matcher m = CLAUSE.matcher(article);
            if (m.matches()) {
                String clause = m.group(1);
                String zh = clause.contains(".") ? clause + "条" : "第" + clause + "章";
                return new Provision(zh, "§" + clause, note(m.group(2)));
            }
        }
        return new Provision(null, null, note(article));
    }

    /** What follows the provision, without the parentheses or separator that set it off. */
    private static String note(String rest) {
        String note = rest.strip();
        if (note.startsWith(";") || note.startsWith(",")) {
            note = note.substring(1).strip();
        }
        if (note.startsWith("(") && note.endsWith(")") && balancedInside(note)) {
            note = note.substring(1, note.length() - 1).strip();
        }
        return note.isEmpty() ? null : note;
    }

    /** Whether the opening parenthesis at 0 is the one closed at the end. */
    private static boolean balancedInside(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
