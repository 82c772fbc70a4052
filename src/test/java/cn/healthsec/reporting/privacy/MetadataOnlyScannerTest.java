package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.problem.FieldError;
import cn.healthsec.reporting.support.PersonalData;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MetadataOnlyScannerTest {

    final MetadataOnlyScanner scanner = new MetadataOnlyScanner(Pattern.compile("/items/\\d+/responsibleParty/contact/(name|phone|email)"));

    /** As the request reader reports them: the field and the kind's error code. */
    List<FieldError> scan(String json) throws Exception {
        return scanner.scan(new ObjectMapper().readTree(json)).stream()
                .map(found -> FieldError.of(found.field(), found.kind().errorCode())).toList();
    }

    @Test
    void shouldNameTheFieldAndKindButNeverTheValue() throws Exception {
        List<FieldError> errors = scan("{\"items\": [{\"purpose\": \"病人 " + PersonalData.RESIDENT_ID + "\"}]}");
        assertEquals(List.of(FieldError.of("/items/0/purpose", "personal_data_resident_id")), errors);
        assertFalse(errors.toString().contains(PersonalData.RESIDENT_ID));
    }

    @Test
    void shouldAllowPhoneAndEmailOnlyInTheDesignatedContact() throws Exception {
        assertEquals(List.of(), scan("{\"items\": [{\"responsibleParty\": {\"contact\": {\"phone\": \"13800138000\", \"email\": \"a@b.cn\"}}}]}"));
        assertEquals(List.of(FieldError.of("/items/0/responsibleParty/department", "personal_data_mobile")),
                scan("{\"items\": [{\"responsibleParty\": {\"department\": \"信息科 13800138000\"}}]}"));
        assertEquals(List.of(FieldError.of("/items/0/responsibleParty/contact/name", "personal_data_resident_id")),
                scan("{\"items\": [{\"responsibleParty\": {\"contact\": {\"name\": \"" + PersonalData.RESIDENT_ID + "\"}}}]}"),
                "an identity number is never allowed, not even in the contact");
    }

    @Test
    void shouldScanArraysAndFieldNamesWithoutQuotingThem() throws Exception {
        assertEquals(List.of(FieldError.of("/items/0/protectionMeasures/1", "personal_data_bank_card")),
                scan("{\"items\": [{\"protectionMeasures\": [\"加密\", \"" + PersonalData.BANK_CARD + "\"]}]}"));
        List<FieldError> keyed = scan("{\"other\": {\"" + PersonalData.RESIDENT_ID + "\": 1}}");
        assertEquals(List.of(FieldError.of("/other", "personal_data_resident_id")), keyed);
    }
}
