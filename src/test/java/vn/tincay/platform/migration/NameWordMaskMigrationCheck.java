package vn.tincay.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.tincay.security.crypto.NameIndex;

/**
 * Name words written before V66 get their name's signature from V66, on whatever database the data source
 * is: migrate to V65, write the words of three names the old way (the last one some ranges of cases further
 * on than the migration reads at once), migrate to the end, and read back each entry's signature and one
 * word's entries of the district newest first, as a driven search reads them through the index V66 rebuilds.
 */
final class NameWordMaskMigrationCheck {

    /** Further on than two of the migration's ranges of cases. */
    private static final long FAR_ID = 4321;

    private NameWordMaskMigrationCheck() {
    }

    static void run(DataSource dataSource) throws SQLException {
        MigrationSteps.migrate(dataSource, "65");
        Map<Long, List<String>> names = new TreeMap<>();
        long district;
        try (Connection db = dataSource.getConnection()) {
            MigrationSteps.District place = MigrationSteps.district(db, "W");
            district = place.id();
            long school = place.school();
            long reporter = place.reporter();
            Timestamp now = place.now();
            names.put(MigrationSteps.incident(db, "W-1", district, school, reporter, "2026-11-01", now),
                    List.of("Ahash", "bhash", "Chash"));
            names.put(MigrationSteps.incident(db, "W-2", district, school, reporter, "2026-11-02", now),
                    List.of("Ahash", "-hash"));
            long far = MigrationSteps.incident(db, "W-3", district, school, reporter, "2026-11-03", now);
            MigrationSteps.update(db, "UPDATE incident SET id = ? WHERE id = ?", FAR_ID, far);
            names.put(FAR_ID, List.of("bhash", "_hash"));
            for (Map.Entry<Long, List<String>> name : names.entrySet()) {
                for (String word : name.getValue()) {
                    MigrationSteps.update(db, "INSERT INTO survivor_name_word (incident_id, word_hash, district_id, "
                            + "reported_date) SELECT id, ?, district_id, reported_date FROM incident WHERE id = ?",
                            word, name.getKey());
                }
            }
        }

        MigrationSteps.migrate(dataSource, null);

        List<String> expected = new ArrayList<>();
        names.forEach((id, words) -> words.forEach(word -> expected.add(id + " " + word + " " + NameIndex.mask(words))));
        // Sorted here: MariaDB's collation orders the hashes without regard to case.
        List<String> stored = new ArrayList<>(strings(dataSource, "SELECT incident_id, word_hash, name_mask "
                + "FROM survivor_name_word", List.of()));
        assertEquals(expected.stream().sorted().toList(), stored.stream().sorted().toList());
        assertEquals(List.of(FAR_ID + " b", names.keySet().iterator().next() + " b"), strings(dataSource,
                "SELECT w.incident_id, 'b' FROM survivor_name_word w WHERE w.word_hash = 'bhash' AND w.district_id = ? "
                        + "ORDER BY w.reported_date DESC, w.incident_id DESC", List.of(district)));
    }

    private static List<String> strings(DataSource dataSource, String sql, List<Object> parameters) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        columns.add(result.getString(i));
                    }
                    rows.add(String.join(" ", columns));
                }
            }
            return rows;
        }
    }
}
