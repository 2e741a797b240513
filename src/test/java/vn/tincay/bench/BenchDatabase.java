package vn.tincay.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import vn.tincay.platform.demo.BulkIncidentLoader;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.EncryptedTextConverter;
import vn.tincay.security.crypto.FieldCipher;
import vn.tincay.security.crypto.NameIndex;

/**
 * A MariaDB database of invented cases for the benchmarks ({@code tincay_bench_*}), kept between runs:
 * building a million cases takes minutes, so a run tops it up only when it has fewer than asked.
 * Its data key is derived from its name – this is invented data only – so every run can read what an
 * earlier one wrote. The schema and the demo organisations come from the application's own start-up.
 *
 * <p>{@code main(name, incidents)} tops a database up from the command line (the application must
 * have started on it once).
 */
public final class BenchDatabase {

    static final String DISTRICT = "HDEMO";
    static final String OPTIONS = "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useServerPrepStmts=false";

    private final String name;

    private BenchDatabase(String name) {
        this.name = name;
    }

    /** The database, created empty when missing. */
    public static BenchDatabase named(String name) throws SQLException {
        if (!name.matches("tincay_bench_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Benchmark databases are named tincay_bench_*: " + name);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + server() + "/" + OPTIONS, "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new BenchDatabase(name);
    }

    static String server() {
        return System.getProperty("bench.mysql", "127.0.0.1:3306");
    }

    public String name() {
        return name;
    }

    public String url() {
        return "jdbc:mysql://" + server() + "/" + name;
    }

    /** The data key of this database (invented data only), as TINCAY_DATA_KEY takes it. */
    public String dataKey() {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest(("tincay-benchmark:" + name).getBytes(StandardCharsets.UTF_8));
            return "k1:" + Base64.getEncoder().encodeToString(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url() + OPTIONS, "root", "");
    }

    public long incidents() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM incident")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Adds invented cases until the demo district has {@code wanted}, over {@code years} years and
     * {@code schools} schools, then refreshes the optimizer's statistics.
     *
     * @return the generator's result, or null when nothing was needed
     */
    public BulkIncidentLoader.Result topUp(long wanted, int schools, int years) throws SQLException {
        long existing = incidents();
        BulkIncidentLoader.Result result = null;
        if (existing < wanted) {
            DataKeys keys = DataKeys.parse(dataKey(), null);
            try (Connection c = connect()) {
                result = new BulkIncidentLoader(new FieldCipher(keys), EncryptedTextConverter.PURPOSE,
                        new NameIndex(keys.indexKey()), Instant.now())
                        .load(c, DISTRICT, (int) (wanted - existing), 2026 + existing, years, schools);
            }
        }
        analyze();
        return result;
    }

    public void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE incident, school, survivor_name_word, coordination_entry, referral, "
                    + "incident_status_change, perpetrator");
        }
    }

    /** A signed-in user of the load test: name, role and the school they report for. */
    public record LoadUser(String username, String role, long schoolId) {
    }

    /**
     * Accounts for the load test, created once: a mix of district coordinators, school focal points
     * and school staff spread over the district's schools, all with the demo password (the hash is the
     * demo coordinator's own, made by the application) and the demo coordinator's authenticator secret.
     */
    public List<LoadUser> loadUsers(int count) throws SQLException {
        List<LoadUser> users = new ArrayList<>();
        try (Connection c = connect()) {
            long districtId;
            String hash;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT a.district_id, a.password_hash FROM user_account a "
                         + "WHERE a.username = 'coordinator'")) {
                r.next();
                districtId = r.getLong(1);
                hash = r.getString(2);
            }
            List<Long> schools = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM school WHERE district_id = ? AND active = 1 "
                    + "ORDER BY id")) {
                s.setLong(1, districtId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        schools.add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO user_account (username, display_name, "
                    + "role, district_id, school_id, password_hash, must_change_password, enabled, failed_sign_ins, "
                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0, 1, 0, UTC_TIMESTAMP(3), "
                    + "UTC_TIMESTAMP(3), 0)")) {
                for (int i = 1; i <= count; i++) {
                    String role = i % 2 == 1 ? "DISTRICT_COORDINATOR" : i % 4 == 2 ? "SCHOOL_FOCAL_POINT" : "SCHOOL_STAFF";
                    String username = String.format(Locale.ROOT, "load%03d", i);
                    insert.setString(1, username);
                    insert.setString(2, "Người dùng thử tải Demo " + i);
                    insert.setString(3, role);
                    boolean district = role.equals("DISTRICT_COORDINATOR");
                    insert.setObject(4, district ? districtId : null);
                    long school = schools.get(i % schools.size());
                    insert.setObject(5, district ? null : school);
                    insert.setString(6, hash);
                    insert.addBatch();
                    users.add(new LoadUser(username, role, school));
                }
                insert.executeBatch();
            }
            // Their second factor is the demo coordinator's (the published demo secret), as TestAccount does.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE user_account u JOIN user_account d ON d.username = 'coordinator' "
                        + "SET u.totp_secret_enc = d.totp_secret_enc, u.totp_enrolled_at = d.totp_enrolled_at, "
                        + "u.totp_last_step = NULL WHERE u.username LIKE 'load%'");
            }
        }
        return users;
    }

    public void drop() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + name + "`");
        }
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase database = named(args[0]);
        long wanted = Long.parseLong(args[1]);
        BulkIncidentLoader.Result result = database.topUp(wanted, Integer.getInteger("bench.schools", 60),
                Integer.getInteger("bench.years", 10));
        System.out.println(result == null ? "Nothing to add" : "Added " + result.incidents() + " incidents ("
                + result.rows() + " rows) in " + result.millis() / 1000.0 + " s");
    }
}
