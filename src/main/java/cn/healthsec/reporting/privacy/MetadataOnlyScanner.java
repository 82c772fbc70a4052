package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.rules.Basis;
import cn.healthsec.reporting.rules.Provenance;
import cn.healthsec.reporting.rules.Rule;
import cn.healthsec.reporting.rules.Source;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reports carry metadata about data, never the data (2026 Data Measures art. 6 ¶2: "shall not
 * include the data content itself"; Network Data Regulation art. 33(2): "不包括网络数据内容本身").
 * Scans every text value of a request body; in the designated contact fields a phone number and an
 * e-mail address are expected and allowed, an identity or card number never is.
 */
public final class MetadataOnlyScanner {

    public static final Basis BASIS = Basis.of(Source.DATA_MEASURES_2026, "art. 6 ¶2", Provenance.TRANSLATION);
    public static final Basis REGULATION_BASIS = Basis.of(Source.DATA_REGULATION, "art. 33(2)", Provenance.OFFICIAL_TEXT);

    /** The scanner as a rule of the catalogue: refusals, not findings. */
    public static final Rule RULE = new Rule() {
        public String id() { return "REPORT-METADATA-ONLY"; }
        public String summary() { return "Reports carry metadata only: a resident identity, bank card, mobile number or e-mail address outside the designated contact fields is refused (422)."; }
        public Basis basis() { return BASIS; }
    };

    private static final Set<PersonalDataKind> ALLOWED_IN_CONTACT = Set.of(PersonalDataKind.MOBILE_NUMBER, PersonalDataKind.EMAIL_ADDRESS);

    private final Pattern contactFields;

    /** @param contactFields JSON pointers of the designated contact fields, as a regular expression */
    public MetadataOnlyScanner(Pattern contactFields) {
        this.contactFields = contactFields;
    }

    public List<FieldError> scan(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        walk(body, "", errors);
        return errors;
    }

    private void walk(JsonNode node, String pointer, List<FieldError> errors) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            boolean contact = contactFields.matcher(pointer).matches();
            for (PersonalDataKind kind : PersonalDataDetector.detect(node.textValue())) {
                if (!(contact && ALLOWED_IN_CONTACT.contains(kind))) {
                    errors.add(FieldError.of(pointer, kind.errorCode()));
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), errors);
            }
            // Field names are text too: a map keyed by identity numbers is still personal data.
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                for (PersonalDataKind kind : PersonalDataDetector.detect(name)) {
                    errors.add(FieldError.of(pointer, kind.errorCode()));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, errors);
            }
        }
    }
}
