package vn.tincay.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A MariaDB/MySQL database of its own for one test run, with its own user that may touch nothing
 * else, dropped (with the user) at the end. The server address and the administrative account come
 * from the system properties {@code tincay.it.mysql} (default {@code 127.0.0.1:3306}),
 * {@code tincay.it.mysqlUser} (default root) and {@code tincay.it.mysqlPassword} (default empty).
 */
public final class TestDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** UTC and full Unicode for the tests' own connections, like the application's. */
    private static final String CONNECTION_OPTIONS =
            "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
                    + "&connectionCollation=utf8mb4_unicode_ci";

    private final String name;
    private final String user;
    private final String password;
    private final List<String> extraUsers = new ArrayList<>();

    private TestDatabase(String name, String user, String password) {
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates database {@code tincay_it_<random>} (utf8mb4, utf8mb4_unicode_ci) and a user for it. */
    public static TestDatabase create() {
        String suffix = randomHex(6);
        TestDatabase database = new TestDatabase("tincay_it_" + suffix, "tincay_it_" + suffix, randomHex(16));
        try (Connection admin = adminConnection(""); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE `" + database.name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                sql.execute("CREATE USER '" + database.user + "'@'" + host + "' IDENTIFIED BY '" + database.password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + database.name + "`.* TO '" + database.user + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("Could not create the test database on " + serverAddress()
                    + " (is MariaDB running there?)", e);
        }
        return database;
    }

    /** A connection as the administrative account to the given database ("" for none). */
    public static Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + serverAddress() + "/" + database + CONNECTION_OPTIONS,
                System.getProperty("tincay.it.mysqlUser", "root"), System.getProperty("tincay.it.mysqlPassword", ""));
    }

    public static String serverAddress() {
        return System.getProperty("tincay.it.mysql", "127.0.0.1:3306");
    }

    public static String adminUser() {
        return System.getProperty("tincay.it.mysqlUser", "root");
    }

    public static String adminPassword() {
        return System.getProperty("tincay.it.mysqlPassword", "");
    }

    /** The JDBC URL the application gets, without options: it adds its own. */
    public String applicationUrl() {
        return "jdbc:mysql://" + serverAddress() + "/" + name;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Adds a user of this database that has no password at all, and returns its name. */
    public String addUserWithoutPassword() {
        String extra = user + "_np" + extraUsers.size();
        try (Connection admin = adminConnection(""); Statement sql = admin.createStatement()) {
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                sql.execute("CREATE USER '" + extra + "'@'" + host + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + extra + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create user " + extra, e);
        }
        extraUsers.add(extra);
        return extra;
    }

    /** Adds a user of this database that may only read it, and returns its name (its password is this database's). */
    public String addReadOnlyUser() {
        String extra = user + "_ro" + extraUsers.size();
        try (Connection admin = adminConnection(""); Statement sql = admin.createStatement()) {
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                sql.execute("CREATE USER '" + extra + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT SELECT ON `" + name + "`.* TO '" + extra + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create user " + extra, e);
        }
        extraUsers.add(extra);
        return extra;
    }

    /** A new connection to this database, with rights to read and change everything in it. */
    public Connection connect() throws SQLException {
        return adminConnection(name);
    }

    @Override
    public void close() {
        try (Connection admin = adminConnection(""); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
            List<String> users = new ArrayList<>(extraUsers);
            users.add(user);
            for (String dropped : users) {
                for (String host : new String[] {"127.0.0.1", "localhost"}) {
                    sql.execute("DROP USER IF EXISTS '" + dropped + "'@'" + host + "'");
                }
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e);
        }
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
