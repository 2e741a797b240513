package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseSettingsTest {

    private static final String H2 = "jdbc:h2:file:./data/tincay;MODE=MySQL";
    private static final String MYSQL = "jdbc:mysql://db.example:3306/tincay";

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", " yes ", "1"})
    void demoDataIsLoadedWhenAskedForEvenOnMySql(String setting) {
        assertTrue(DatabaseSettings.loadsDemoData(setting, MYSQL));
        assertTrue(DatabaseSettings.loadsDemoData(setting, H2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "no", "0"})
    void demoDataIsNeverLoadedWhenRefusedEvenOnTheEmbeddedDatabase(String setting) {
        assertFalse(DatabaseSettings.loadsDemoData(setting, H2));
        assertFalse(DatabaseSettings.loadsDemoData(setting, MYSQL));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"auto", "AUTO", "maybe"})
    void byDefaultDemoDataIsLoadedOnlyOnTheEmbeddedDatabase(String setting) {
        assertTrue(DatabaseSettings.loadsDemoData(setting, H2));
        assertTrue(DatabaseSettings.loadsDemoData(setting, " JDBC:H2:mem:x"));
        assertFalse(DatabaseSettings.loadsDemoData(setting, MYSQL));
        assertFalse(DatabaseSettings.loadsDemoData(setting, null));
    }

    @Test
    void theUrlTellsEmbeddedFromMySql() {
        assertTrue(DatabaseSettings.isEmbedded(H2));
        assertFalse(DatabaseSettings.isEmbedded(MYSQL));
        assertTrue(DatabaseSettings.isMySql(MYSQL));
        assertTrue(DatabaseSettings.isMySql("JDBC:MYSQL://x/y"));
        assertFalse(DatabaseSettings.isMySql(H2));
        assertFalse(DatabaseSettings.isMySql("jdbc:mariadb://x/y"));
        assertFalse(DatabaseSettings.isEmbedded(null));
        assertFalse(DatabaseSettings.isMySql(null));
    }

    @Test
    void aMySqlUrlWithoutOptionsGetsFullUnicodeAndNoTimeZoneShift() {
        String url = DatabaseSettings.withMySqlDefaults(MYSQL);

        assertTrue(url.startsWith(MYSQL + "?"), url);
        Map<String, List<String>> options = options(url);
        // UTC wall-clock values (UtcInstantConverter) must pass through the driver unchanged.
        assertEquals(null, options.get("connectionTimeZone"));
        assertEquals(List.of("UTF-8"), options.get("characterEncoding"));
        assertEquals(List.of("utf8mb4_unicode_ci"), options.get("connectionCollation"));
    }

    @Test
    void theDefaultsAreAppendedToOptionsTheUrlAlreadyHas() {
        String url = DatabaseSettings.withMySqlDefaults(MYSQL + "?useSSL=true");

        assertTrue(url.startsWith(MYSQL + "?useSSL=true&"), url);
        assertEquals(List.of("UTF-8"), options(url).get("characterEncoding"));
        assertEquals(1, url.chars().filter(c -> c == '?').count(), url);
    }

    @Test
    void aSettingTheUrlMakesItselfIsKeptWhateverItsCase() {
        String url = DatabaseSettings.withMySqlDefaults(
                MYSQL + "?CONNECTIONTIMEZONE=Asia/Ho_Chi_Minh&characterEncoding=utf8");

        Map<String, List<String>> options = options(url);
        assertEquals(List.of("Asia/Ho_Chi_Minh"), options.get("connectiontimezone"));
        assertEquals(List.of("utf8"), options.get("characterencoding"));
        assertEquals(List.of("utf8mb4_unicode_ci"), options.get("connectioncollation"));
    }

    @Test
    void surroundingBlanksAreDropped() {
        assertEquals(DatabaseSettings.withMySqlDefaults(MYSQL), DatabaseSettings.withMySqlDefaults("  " + MYSQL + " "));
    }

    /** The URL's options by name; exact names, and also lower-case names merged across spellings. */
    private static Map<String, List<String>> options(String url) {
        Map<String, List<String>> options = new TreeMap<>();
        for (String option : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] pair = option.split("=", 2);
            options.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
            if (!pair[0].equals(pair[0].toLowerCase(Locale.ROOT))) {
                options.computeIfAbsent(pair[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(pair[1]);
            }
        }
        return options;
    }
}
