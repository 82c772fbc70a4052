package cn.healthsec.reporting.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 §7: a basis is cited as the law is cited — title, document number, article — in both languages. */
class CitationTest {

    /** The issue's own example: 2022 Measures art. 6(2) is 国卫规划发〔2022〕29号 第六条第（二）项. */
    @Test
    void shouldCiteTheTwentyTwentyTwoMeasuresByTitleDocumentNumberAndItem() {
        Citation c = Basis.of(Source.MEASURES_2022, "art. 6(2)", Provenance.OFFICIAL_TEXT).citation("MLPS-PSB-FILING-10WD");

        assertEquals("MLPS-PSB-FILING-10WD", c.ruleId());
        assertEquals(Source.MEASURES_2022, c.instrumentId());
        assertEquals("医疗卫生机构网络安全管理办法", c.instrument());
        assertEquals("国卫规划发〔2022〕29号", c.documentNumber());
        assertEquals("第六条第（二）项", c.article());
        assertEquals("art. 6(2)", c.articleEn());
        assertNull(c.note());
        assertEquals("《医疗卫生机构网络安全管理办法》（国卫规划发〔2022〕29号）第六条第（二）项", c.textZh());
        assertEquals("Measures for the Cybersecurity Management of Healthcare Institutions (国卫规划发〔2022〕29号), art. 6(2)", c.textEn());
        assertEquals("2022 Measures", c.shortName());
        assertEquals(Provenance.OFFICIAL_TEXT, c.provenance());
        assertFalse(c.configurablePolicy());
    }

    /**
     * Network Data Regulation 第三十三条第二款第（二）项: the report states the important data processed,
     * "不包括网络数据内容本身" — item (2) of the article's second paragraph, which the metadata-only
     * rule cites beside 2026 art. 6 ¶2.
     */
    @Test
    void shouldCiteTheRegulationsMetadataOnlyItemByItsParagraph() {
        Citation c = cn.healthsec.reporting.privacy.MetadataOnlyScanner.REGULATION_BASIS.citation();
        assertEquals("第三十三条第二款第（二）项", c.article());
        assertEquals("art. 33 ¶2(2)", c.articleEn());
        assertTrue(c.textZh().endsWith("第三十三条第二款第（二）项"), c.textZh());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DATA_MEASURES_2026 | art. 11 ¶3(3)        | 第十一条第三款第（三）项 | art. 11 ¶3(3) |
            DATA_MEASURES_2026 | art. 6 ¶1            | 第六条第一款           | art. 6 ¶1     |
            MEASURES_2022      | art. 27              | 第二十七条             | art. 27       |
            DATA_REGULATION    | art. 33 ¶2(2)        | 第三十三条第二款第（二）项 | art. 33 ¶2(2) |
            CAC_INCIDENT_MEASURES | art. 8 (30日内)    | 第八条                | art. 8        | 30日内
            CAC_INCIDENT_MEASURES | annex (grading guide) 特别重大 | 附件      | annex         | (grading guide) 特别重大
            GB_32100_2015      | §4 (check character) | 第4章                 | §4            | check character
            MEASURES_2022      | art. 9; art. 24      | 第九条                | art. 9        | art. 24
            """)
    void shouldWriteTheProvisionAsChineseLawCitesIt(Source source, String article, String zh, String en, String note) {
        Citation c = Basis.of(source, article, Provenance.OFFICIAL_TEXT).citation();

        assertEquals(zh, c.article());
        assertEquals(en, c.articleEn());
        assertEquals(note, c.note());
        assertTrue(c.textZh().endsWith(zh), c.textZh());
        assertTrue(c.textEn().endsWith(", " + en), c.textEn());
    }

    /** A document number nobody read is not invented: the CAC order's number is absent, and so is it from the text. */
    @Test
    void shouldNotInventADocumentNumber() {
        Citation c = Basis.of(Source.CAC_INCIDENT_MEASURES, "art. 4", Provenance.OFFICIAL_REPRINT).citation();

        assertNull(c.documentNumber());
        assertEquals("《国家网络安全事件报告管理办法》第四条", c.textZh());
        assertEquals("Measures for the Administration of National Cybersecurity Incident Reporting, art. 4", c.textEn());
    }

    /** Policy is never dressed as law: no 书名号, no article, flagged configurable, the reason kept as the note. */
    @Test
    void shouldCiteServicePolicyAsPolicy() {
        Citation c = Basis.of(Source.SERVICE_POLICY, "a correction reaches whoever holds what it corrects", Provenance.INFERENCE)
                .citation("ROUTE-AMENDMENT-TO-EARLIER-RECIPIENTS");

        assertEquals("本服务策略（非法律规定）", c.textZh());
        assertNull(c.article());
        assertNull(c.articleEn());
        assertEquals("a correction reaches whoever holds what it corrects", c.note());
        assertTrue(c.configurablePolicy());
    }

    /** A quoted phrase that closes its own parenthesis stays whole. */
    @Test
    void shouldStripOnlyTheParenthesesThatEncloseTheWholeNote() {
        assertEquals("\"及时\"; working days: healthsec.policy.correction-working-days",
                Basis.of(Source.MEASURES_2022, "art. 24 (\"及时\"; working days: healthsec.policy.correction-working-days)",
                        Provenance.INFERENCE).citation().note());
        assertEquals("(a) and (b)", Basis.of(Source.MEASURES_2022, "art. 24 (a) and (b)", Provenance.INFERENCE).citation().note());
    }

    @ParameterizedTest
    @CsvSource({"1,一", "6,六", "10,十", "11,十一", "20,二十", "27,二十七", "99,九十九", "100,一百", "103,一百零三", "110,一百一十"})
    void shouldWriteArticleNumbersInChinese(int n, String zh) {
        assertEquals(zh, ChineseNumerals.of(n));
    }

    @Test
    void shouldReadBackTheKeyItStores() {
        Basis b = Basis.of(Source.DATA_MEASURES_2026, "art. 9(3) (\"regularly\"; interval: x|y)", Provenance.INFERENCE);

        assertEquals(b, Basis.fromKey(b.key()));
        assertNull(Basis.fromKey(null));
    }
}
