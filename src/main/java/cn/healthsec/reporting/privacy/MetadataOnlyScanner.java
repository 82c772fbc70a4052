package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.CitedRule;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.rules.Source;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reports carry metadata about data, never the data (2026 Data Measures art. 6 ¶2: "shall not
 * include the data content itself"; Network Data Regulation art. 33 ¶2(2), 第三十三条第二款第（二）项: "不包括网络数据内容本身").
 * Scans every text value and field name of a request body; in the designated contact fields a
 * phone number and an e-mail address are expected and allowed, an identity or card number never is.
 * The scan is linear in the size of the body, which the HTTP layer bounds (2 MiB).
 */
public final class MetadataOnlyScanner {

    public static final Basis BASIS = Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶2", Provenance.TRANSLATION);
    public static final Basis REGULATION_BASIS = Basis.of(Source.DATA_REGULATION, "art. 33 ¶2(2)", Provenance.OFFICIAL_TEXT);

    /** The scanner as a rule of the catalogue: refusals, not findings. */
    public static final Rule RULE = new CitedRule("REPORT-METADATA-ONLY", BASIS, "Reports carry metadata only: a resident identity, bank card, mobile number or e-mail address outside the designated contact fields is refused (422).") {
        @Override
        public java.util.List<Basis> alsoRestsOn() {
            return java.util.List.of(REGULATION_BASIS);
        }
    };

    /** Personal data of {@code kind} found in the field at JSON pointer {@code field} (or in a field name of that object). */
    public record Found(String field, PersonalDataKind kind) {
    }

    private static final Set<PersonalDataKind> ALLOWED_IN_CONTACT = Set.of(PersonalDataKind.MOBILE_NUMBER, PersonalDataKind.EMAIL_ADDRESS);

    /** Fields (JSON pointers, as a regular expression) and the kinds of personal data expected in them. */
    private record Allowance(Pattern fields, Set<PersonalDataKind> kinds) {
    }

    private final List<Allowance> allowances;

    /** @param contactFields JSON pointers of the designated contact fields, as a regular expression */
    public MetadataOnlyScanner(Pattern contactFields) {
        this(List.of(new Allowance(contactFields, ALLOWED_IN_CONTACT)));
    }

    private MetadataOnlyScanner(List<Allowance> allowances) {
        this.allowances = allowances;
    }

    /**
     * A scanner that also lets {@code kinds} pass in {@code fields}: for identifiers whose own format
     * is indistinguishable from a kind of personal data (an 11-digit MLPS certificate number issued in
     * Hebei starts with 13, like a mobile number). Never for resident identity or card numbers.
     */
    public MetadataOnlyScanner allowing(Pattern fields, PersonalDataKind... kinds) {
        Set<PersonalDataKind> set = EnumSet.noneOf(PersonalDataKind.class);
        set.addAll(List.of(kinds));
        if (set.contains(PersonalDataKind.RESIDENT_ID) || set.contains(PersonalDataKind.BANK_CARD)) {
            throw new IllegalArgumentException("identity and card numbers are never allowed in a report");
        }
        List<Allowance> all = new ArrayList<>(allowances);
        all.add(new Allowance(fields, Set.copyOf(set)));
        return new MetadataOnlyScanner(List.copyOf(all));
    }

    public List<Found> scan(JsonNode body) {
        return scan(body, Set.of());
    }

    /**
     * @param skip pointers of fields already refused for their size or type: they are not stored,
     *             and scanning them would only spend time on what the schema's limits refused
     */
    public List<Found> scan(JsonNode body, Set<String> skip) {
        Set<Found> found = new LinkedHashSet<>();
        if (body != null && body.isTextual() && !skip.contains("")) {
            for (PersonalDataKind kind : PersonalDataDetector.detect(body.textValue())) {
                if (!allowed("", kind)) {
                    found.add(new Found("", kind));
                }
            }
        } else {
            walk(body, "", skip, found);
        }
        return List.copyOf(found);
    }

    /**
     * The string values directly inside an object or array are read together, in order, as one
     * text ({@link PersonalDataDetector#detectAcross}): what lies within one value is reported at
     * that value; what a value's end and the next one's start make together is reported at the
     * object or array that holds them, unless every value it spans is a field where that kind is
     * expected. Objects and arrays inside are walked in turn; a value refused for its size or type
     * is not read and joins nothing.
     */
    private void walk(JsonNode node, String pointer, Set<String> skip, Set<Found> found) {
        if (node == null || skip.contains(pointer) || !node.isContainerNode()) {
            return;
        }
        List<String> pointers = new ArrayList<>(node.size());
        List<String> texts = new ArrayList<>(node.size());
        List<JsonNode> children = new ArrayList<>(node.size());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                add(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), skip, pointers, texts, children);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                add(pointer + "/" + i, node.get(i), skip, pointers, texts, children);
            }
        }
        // By the value each begins in, so that reporting them stays linear in the number of values and hits.
        List<PersonalDataDetector.Hit> hits = new ArrayList<>(PersonalDataDetector.detectAcross(texts));
        hits.sort(java.util.Comparator.comparingInt(PersonalDataDetector.Hit::first));
        int next = 0;
        for (int i = 0; i < children.size(); i++) {
            for (; next < hits.size() && hits.get(next).first() == i; next++) {
                PersonalDataDetector.Hit hit = hits.get(next);
                if (!hit.spansValues()) {
                    if (!allowed(pointers.get(i), hit.kind())) {
                        found.add(new Found(pointers.get(i), hit.kind()));
                    }
                } else if (!allowedThroughout(pointers.subList(hit.first(), hit.last() + 1), hit.kind())) {
                    found.add(new Found(pointer, hit.kind()));
                }
            }
            if (texts.get(i) == null) {
                walk(children.get(i), pointers.get(i), skip, found);
            }
        }
        if (node.isObject()) {
            // Field names are text too: a map keyed by identity numbers is still personal data.
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                for (PersonalDataKind kind : PersonalDataDetector.detect(names.next())) {
                    found.add(new Found(pointer, kind));
                }
            }
        }
    }

    private static void add(String pointer, JsonNode child, Set<String> skip, List<String> pointers, List<String> texts,
                            List<JsonNode> children) {
        pointers.add(pointer);
        children.add(child);
        texts.add(child != null && child.isTextual() && !skip.contains(pointer) ? child.textValue() : null);
    }

    private boolean allowedThroughout(List<String> pointers, PersonalDataKind kind) {
        for (String p : pointers) {
            if (!allowed(p, kind)) {
                return false;
            }
        }
        return true;
    }

    private boolean allowed(String pointer, PersonalDataKind kind) {
        for (Allowance a : allowances) {
            if (a.kinds().contains(kind) && a.fields().matcher(pointer).matches()) {
                return true;
            }
        }
        return false;
    }
}
