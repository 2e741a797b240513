package vn.tincay.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows of a list statement run by hand, for the tests that compare its ways of reading a page. */
final class SqlRows {

    private SqlRows() {
    }

    /** Every row of the statement with the given parameters, each as its columns' values. */
    static List<List<Object>> rows(Connection db, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The first column of each row: the case ids of a page. */
    static List<Long> ids(List<List<Object>> rows) {
        return rows.stream().map(row -> ((Number) row.get(0)).longValue()).toList();
    }
}
