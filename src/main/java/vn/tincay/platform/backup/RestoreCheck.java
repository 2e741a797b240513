package vn.tincay.platform.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.tincay.audit.AuditHeadCheck;
import vn.tincay.platform.DatabaseSettings;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.FieldCipher;
import vn.tincay.security.crypto.NameIndex;

/**
 * The restore drill's check of the keys against a restored database (src/main/scripts/restore-drill.sh):
 * decrypts the identity of a random sample of cases with TINCAY_DATA_KEY, recomputes their name
 * index with TINCAY_INDEX_KEY, and verifies the audit chain's signed end with TINCAY_AUDIT_KEY.
 * Prints counts only, never a name. Run from the unpacked WAR:
 * {@code java -cp 'WEB-INF/classes:WEB-INF/lib/*' vn.tincay.platform.backup.RestoreCheck <jdbc-url> <user> <sample>}
 * with the password in TINCAY_DB_PASSWORD. Exit status 0 when every sampled identity opened and matched.
 */
public final class RestoreCheck {

    private static final String[] IDENTITY = {"survivor_name_enc", "survivor_birth_date_enc", "survivor_class_enc",
        "survivor_address_enc", "guardian_name_enc", "guardian_phone_enc"};

    private RestoreCheck() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("usage: RestoreCheck <jdbc-url> <user> [sample size, default 50]");
            System.exit(2);
        }
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        DataKeys keys = DataKeys.parse(System.getenv("TINCAY_DATA_KEY"), System.getenv("TINCAY_INDEX_KEY"));
        String password = System.getenv().getOrDefault("TINCAY_DB_PASSWORD", "");
        String url = DatabaseSettings.withMySqlDefaults(args[0]);
        Result result = check(DriverManager.getConnection(url, args[1], password), keys, sample);
        System.out.println("identities sampled: " + result.sampled() + ", decrypted: " + result.decrypted()
                + ", name index matches: " + result.indexMatches() + ", cases with an identity: " + result.withIdentity());
        java.util.Optional<Boolean> audit;
        try (Connection connection = DriverManager.getConnection(url, args[1], password)) {
            audit = AuditHeadCheck.verifies(connection, System.getenv("TINCAY_AUDIT_KEY"));
        }
        System.out.println("audit chain end: " + audit.map(ok -> ok ? "verified with the audit key"
                : "DOES NOT VERIFY with the audit key").orElse("nothing sealed yet"));
        System.exit(result.passed() && audit.orElse(true) ? 0 : 1);
    }

    /** What the check found. */
    public record Result(long withIdentity, int sampled, int decrypted, int indexMatches) {

        public boolean passed() {
            return sampled == Math.min(withIdentity, sampled) && decrypted == sampled && indexMatches == sampled
                    && (withIdentity == 0 || sampled > 0);
        }
    }

    static Result check(Connection connection, DataKeys keys, int sample) throws SQLException {
        FieldCipher cipher = new FieldCipher(keys);
        NameIndex index = new NameIndex(keys.indexKey());
        try (connection; Statement sql = connection.createStatement()) {
            long withIdentity;
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM incident WHERE survivor_name_enc IS NOT NULL")) {
                count.next();
                withIdentity = count.getLong(1);
            }
            int sampled = 0;
            int decrypted = 0;
            int matches = 0;
            try (ResultSet rows = sql.executeQuery("SELECT " + String.join(", ", IDENTITY) + ", survivor_name_hash "
                    + "FROM incident WHERE survivor_name_enc IS NOT NULL ORDER BY RAND() LIMIT " + Math.max(0, sample))) {
                while (rows.next()) {
                    sampled++;
                    String name = null;
                    boolean opened = true;
                    for (int i = 0; i < IDENTITY.length; i++) {
                        String stored = rows.getString(i + 1);
                        try {
                            String plain = stored == null ? null
                                    : FieldCipher.isEncrypted(stored) ? cipher.decryptField(stored) : null;
                            if (stored != null && plain == null) {
                                opened = false;
                            }
                            if (i == 0) {
                                name = plain;
                            }
                        } catch (RuntimeException wrongKey) {
                            opened = false;
                        }
                    }
                    if (opened) {
                        decrypted++;
                    }
                    String storedHash = rows.getString(IDENTITY.length + 1);
                    if (name != null && (storedHash == null || storedHash.equals(index.fullNameHash(name)))) {
                        matches++;
                    }
                }
            }
            return new Result(withIdentity, sampled, decrypted, matches);
        }
    }
}
