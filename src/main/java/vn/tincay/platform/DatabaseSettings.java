package vn.tincay.platform;

import java.util.Locale;

/**
 * What the configured JDBC URL says about the database: embedded H2 for the demo,
 * MySQL/MariaDB through Connector/J for production.
 */
public final class DatabaseSettings {

    private DatabaseSettings() {
    }

    public static boolean isEmbedded(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.trim().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    public static boolean isMySql(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.trim().toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:");
    }

    /** Connection settings every MySQL connection needs, unless the URL already sets them. */
    static final String[][] MYSQL_DEFAULTS = {
        // Full Unicode (Vietnamese diacritics, and more).
        {"characterEncoding", "UTF-8"},
        {"connectionCollation", "utf8mb4_unicode_ci"},
        // A database that stops answering mid-query (network, host down) is given up after 30 s of silence.
        {"socketTimeout", "30000"},
    };

    /** Adds the {@link #MYSQL_DEFAULTS} the URL does not set itself. */
    public static String withMySqlDefaults(String jdbcUrl) {
        StringBuilder url = new StringBuilder(jdbcUrl.trim());
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        char separator = jdbcUrl.indexOf('?') < 0 ? '?' : '&';
        for (String[] setting : MYSQL_DEFAULTS) {
            if (!lower.contains(setting[0].toLowerCase(Locale.ROOT) + "=")) {
                url.append(separator).append(setting[0]).append('=').append(setting[1]);
                separator = '&';
            }
        }
        return url.toString();
    }

    /**
     * Demo data is loaded when asked ("true"), never when refused ("false"), and by default
     * ("auto" or empty) only on the embedded database, so production never gets it by accident.
     */
    public static boolean loadsDemoData(String demoDataSetting, String jdbcUrl) {
        String setting = demoDataSetting == null ? "auto" : demoDataSetting.trim().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> isEmbedded(jdbcUrl);
        };
    }
}
