package cn.healthsec.reporting.privacy;

import cn.healthsec.reporting.support.PersonalData;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal data the metadata-only rule (2026 Data Measures art. 6 ¶2) must catch, and ordinary text it must not. */
class PersonalDataDetectorTest {

    @Test
    void shouldFindAResidentIdentityNumberOnlyWithAValidCheckCharacter() {
        assertEquals(Set.of(PersonalDataKind.RESIDENT_ID), PersonalDataDetector.detect("患者 " + PersonalData.RESIDENT_ID + " 的病历"));
        String wrongCheck = PersonalData.RESIDENT_ID.substring(0, 17) + (PersonalData.RESIDENT_ID.endsWith("1") ? "2" : "1");
        assertFalse(PersonalDataDetector.detect(wrongCheck).contains(PersonalDataKind.RESIDENT_ID));
        assertTrue(PersonalDataDetector.isResidentId("11010519491231002X"), "the GB 11643 sample number ends in X");
        assertTrue(PersonalDataDetector.detect("11010519491231002x").contains(PersonalDataKind.RESIDENT_ID), "lower-case x too");
    }

    @Test
    void shouldFindMainlandMobileNumbersInTheirCommonForms() {
        for (String text : new String[] {"联系13800138000", "+86 13800138000", "138-0013-8000", "Tel: 19912345678"}) {
            assertTrue(PersonalDataDetector.detect(text).contains(PersonalDataKind.MOBILE_NUMBER), text);
        }
        for (String text : new String[] {"12800138000", "010-12345678", "1380013800", "A13800138000B"}) {
            assertFalse(PersonalDataDetector.detect(text).contains(PersonalDataKind.MOBILE_NUMBER), text);
        }
    }

    @Test
    void shouldFindEmailAddresses() {
        assertTrue(PersonalDataDetector.detect("发送至 zhang.san@example.com.cn").contains(PersonalDataKind.EMAIL_ADDRESS));
        assertFalse(PersonalDataDetector.detect("ISO@27001 standard").contains(PersonalDataKind.EMAIL_ADDRESS));
    }

    @Test
    void shouldFindLuhnValidCardNumbersWithOrWithoutSeparators() {
        assertTrue(PersonalDataDetector.detect("卡号" + PersonalData.BANK_CARD).contains(PersonalDataKind.BANK_CARD));
        assertTrue(PersonalDataDetector.detect("4111 1111 1111 1111").contains(PersonalDataKind.BANK_CARD));
        assertFalse(PersonalDataDetector.detect("4111 1111 1111 1112").contains(PersonalDataKind.BANK_CARD), "Luhn fails");
    }

    @Test
    void shouldLeaveOrdinaryMetadataAlone() {
        for (String text : new String[] {"电子病历数据", "52000000 条记录", "4400000000000 bytes", "2026-03-20",
                "USCC 91310110666007217T", "备案证明 11010599001", "GB/T 39725-2020", "病历保存不少于30年"}) {
            assertEquals(Set.of(), PersonalDataDetector.detect(text), text);
        }
    }
}
