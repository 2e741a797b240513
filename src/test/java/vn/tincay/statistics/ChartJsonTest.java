package vn.tincay.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.tincay.statistics.StatTable.ChartSpec;
import vn.tincay.statistics.StatTable.ChartType;

class ChartJsonTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.tincay.i18n.text", VI);

    @Test
    void aChartNeverDrawsASuppressedCount() {
        StatTable table = new StatTable("byDistrict", "stats.byDistrict.title", "stats.col.district",
                List.of("stats.col.incidents"),
                List.of(StatRow.of(Label.text("A"), Cell.count(12)), StatRow.of(Label.text("B"), Cell.small()),
                        StatRow.of(Label.text("C"), Cell.hidden()), StatRow.of(Label.text("D"), Cell.count(0))),
                null, List.of(), ChartSpec.of(ChartType.HORIZONTAL_BAR, 0));
        String json = ChartJson.of(table, BUNDLE, VI);
        assertTrue(json.contains("\"data\":[12,null,null,0]"), json);
        assertTrue(json.contains("\"indexAxis\":\"y\""), json);
        assertTrue(json.contains("\"locale\":\"vi-VN\""), json);
    }

    @Test
    void labelsCannotCloseTheScriptTheConfigurationIsPutIn() {
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"",
                ChartJson.string("</script><script>alert(1)</script>"));
        assertEquals("\"a\\\"b\\\\c\\u0027\"", ChartJson.string("a\"b\\c'"));
        assertFalse(ChartJson.string("Huyện \u2028 Demo").contains("\u2028"));
    }

    @Test
    void numbersAreWrittenWithADecimalPoint() {
        assertEquals("12.50", ChartJson.number(12.5));
        assertEquals("7", ChartJson.number(7.0));
        assertEquals("null", ChartJson.number(null));
    }

    @Test
    void aTargetIsDrawnAsALineAcrossTheWholeChartOverTheBars() {
        StatTable table = new StatTable("womenShare", "stats.womenShare.title", "register.staff.group",
                List.of("register.staff.share", "stats.col.targetMin"),
                List.of(StatRow.of(Label.text("staff"), Cell.percent(81.6), Cell.NONE),
                        StatRow.of(Label.text("leaders"), Cell.percent(23.5), Cell.percent(20.0))),
                null, List.of(), ChartSpec.of(ChartType.BAR, 0, 1).withLines(1));
        String json = ChartJson.of(table, BUNDLE, VI);
        assertTrue(json.contains("\"data\":[81.60,23.50]"), json);
        assertTrue(json.contains("\"data\":[20,20],\"backgroundColor\":\"#c2185b\",\"borderColor\":\"#c2185b\","
                + "\"type\":\"line\""), json);
        assertFalse(json.contains("\"precision\":0"), "percentages are not whole numbers");
    }

    @Test
    void longLabelsAreWrappedIntoLinesThatFitAPhone() {
        assertEquals("\"Hiếp dâm\"", ChartJson.label("Hiếp dâm"));
        assertEquals("[\"Từ 2 tuần đến 1\",\"tháng (15–30\",\"ngày)\"]", ChartJson.label("Từ 2 tuần đến 1 tháng (15–30 ngày)"));
    }
}
