package vn.tincay.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Builds extra accounts straight into the test database, for tests that would otherwise spoil a
 * demo account (locking it, changing its language). The new account copies a demo account's role,
 * organisation, password hash and authenticator secret, so it signs in with the demo password and
 * (for roles that require it) a code from the demo account's secret.
 */
public final class TestAccount {

    private final RunningApp app;
    private String template = "staff1";
    private String usernamePrefix = "test";

    private TestAccount(RunningApp app) {
        this.app = app;
    }

    public static TestAccount in(RunningApp app) {
        return new TestAccount(app);
    }

    /** Copy this demo account (default staff1). */
    public TestAccount likeDemoAccount(DemoAccount account) {
        this.template = account.username();
        return this;
    }

    /** The new username starts with this (default "test"), followed by a random part. */
    public TestAccount named(String prefix) {
        this.usernamePrefix = prefix.toLowerCase(Locale.ROOT);
        return this;
    }

    /** A username nobody has yet: the prefix, a dash and a random part. */
    public static String uniqueName(String prefix) {
        return prefix.toLowerCase(Locale.ROOT) + "-" + TestDatabase.randomHex(4);
    }

    /** Inserts the account and returns its username. */
    public String create() {
        String username = uniqueName(usernamePrefix);
        String copy = "INSERT INTO user_account (username, display_name, email, role, province_id, district_id, "
                + "school_id, service_organisation_id, password_hash, must_change_password, enabled, failed_sign_ins, "
                + "created_at, updated_at, version, totp_secret_enc, totp_enrolled_at) "
                + "SELECT ?, CONCAT('Test ', ?), NULL, role, province_id, district_id, school_id, "
                + "service_organisation_id, password_hash, 0, 1, 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0, "
                + "totp_secret_enc, totp_enrolled_at FROM user_account WHERE username = ?";
        try (Connection db = app.connect(); PreparedStatement insert = db.prepareStatement(copy)) {
            insert.setString(1, username);
            insert.setString(2, username);
            insert.setString(3, template);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("Demo account " + template + " is missing: was the demo data loaded?");
            }
            // Same authenticator secret as the demo account it copies, with a replay memory of its own.
            SecondFactor.secretOf(template).ifPresent(secret -> SecondFactor.register(username, secret));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test account " + username, e);
        }
        return username;
    }

    /**
     * Several people of the same role and organisation as a demo account, each an account of its own
     * (with its own one-time codes when the role signs in with a second factor).
     */
    public static java.util.List<String> colleaguesOf(RunningApp app, DemoAccount account, int count) {
        java.util.List<String> usernames = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            usernames.add(in(app).likeDemoAccount(account).named(account.username()).create());
        }
        return usernames;
    }

    /**
     * Disables an account made here, once its test is done: an enabled copy of a coordinator would also receive
     * the district's urgent alerts, which other tests count.
     */
    public static void disable(RunningApp app, String username) {
        try (Connection db = app.connect();
             PreparedStatement update = db.prepareStatement("UPDATE user_account SET enabled = 0 WHERE username = ?")) {
            update.setString(1, username);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not disable test account " + username, e);
        }
    }

    /** A column of an account's row, read straight from the database. */
    public static String column(RunningApp app, String username, String column) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        try (Connection db = app.connect();
             PreparedStatement select = db.prepareStatement(
                     "SELECT " + column + " FROM user_account WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("No account " + username);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
