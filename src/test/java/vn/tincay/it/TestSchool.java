package vn.tincay.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A school of the demo district that only one test uses, copied from a demo school (level, ownership),
 * with a focal point like principal1: a test that checks the exact figures a school's report is
 * pre-filled with owns the school, so no other test's records or earlier opening of the report change them.
 */
public final class TestSchool {

    private final String code;
    private final String name;

    private TestSchool(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** A new active school like the demo school with this code, named after it with a random part. */
    public static TestSchool like(RunningApp app, String demoSchoolCode, String prefix) {
        String suffix = TestDatabase.randomHex(3);
        String code = ("T-" + prefix + "-" + suffix).toUpperCase(Locale.ROOT);
        try (Connection db = app.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO school (district_id, code, name, level, ownership, active, version) "
                        + "SELECT district_id, ?, CONCAT(name, ' ', ?), level, ownership, 1, 0 FROM school WHERE code = ?")) {
            insert.setString(1, code);
            insert.setString(2, suffix);
            insert.setString(3, demoSchoolCode);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("Demo school " + demoSchoolCode + " is missing");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test school", e);
        }
        return new TestSchool(code, nameOf(app, code));
    }

    /** A new focal point of this school (a copy of principal1, password and second factor included). */
    public String focalPoint(RunningApp app, String prefix) {
        String username = TestAccount.in(app).likeDemoAccount(DemoAccount.PRINCIPAL1).named(prefix).create();
        try (Connection db = app.connect(); PreparedStatement move = db.prepareStatement(
                "UPDATE user_account SET school_id = (SELECT id FROM school WHERE code = ?) WHERE username = ?")) {
            move.setString(1, code);
            move.setString(2, username);
            if (move.executeUpdate() != 1) {
                throw new IllegalStateException("Could not move " + username + " to " + code);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return username;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    private static String nameOf(RunningApp app, String code) {
        try (Connection db = app.connect(); PreparedStatement select = db.prepareStatement(
                "SELECT name FROM school WHERE code = ?")) {
            select.setString(1, code);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
