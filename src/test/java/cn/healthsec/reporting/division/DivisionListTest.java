package cn.healthsec.reporting.division;

import cn.healthsec.reporting.support.Bundled;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled GB/T 2260 list (shared/data/gbt2260-divisions.csv) and its parser. */
class DivisionListTest {

    @Test
    void shouldLoadTheBundledListWithItsCounts() {
        DivisionList list = Bundled.DIVISIONS;
        assertEquals(34, list.all().stream().filter(d -> d.level() == DivisionLevel.PROVINCE).count());
        assertEquals(337, list.all().stream().filter(d -> d.level() == DivisionLevel.PREFECTURE).count());
        assertEquals(2846, list.all().stream().filter(d -> d.level() == DivisionLevel.COUNTY).count());
        assertEquals("朝阳区", list.find("110105").orElseThrow().name());
    }

    @Test
    void shouldKnowWhatContainsWhat() {
        DivisionList list = Bundled.DIVISIONS;
        assertTrue(list.contains("110000", "110105"));
        assertTrue(list.contains("440100", "440103"));
        assertTrue(!list.contains("440000", "110105"));
    }

    @Test
    void shouldRefuseMalformedCsv() {
        assertThrows(IllegalArgumentException.class, () -> DivisionList.parseCsv(new StringReader("code,name\n110000,北京市\n")));
        assertThrows(IllegalArgumentException.class, () -> DivisionList.parseCsv(new StringReader("code,name,level\n11000,北京市,province\n")));
        assertThrows(IllegalArgumentException.class, () -> DivisionList.parseCsv(new StringReader("code,name,level\n110000,北京市,city\n")));
        assertThrows(IllegalArgumentException.class, () -> DivisionList.parseCsv(new StringReader("code,name,level\n110000,北京市,province\n110000,北京,province\n")));
    }
}
