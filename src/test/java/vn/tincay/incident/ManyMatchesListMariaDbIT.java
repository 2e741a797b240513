package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.tincay.it.TestDatabase;
import vn.tincay.platform.migration.V21__Encrypt_case_free_text;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.FieldCipher;

/**
 * The case list's statements for many matches – more than {@link IncidentListQuery#COUNT_LIMIT}, which no
 * test through the application builds – and the home page's needs and bell ({@link CaseDashboard}) on MariaDB,
 * in a database of their own: 60,000 cases of one district over ten years, the closed ones first, as a
 * province's years of cases lie. Each page is compared with the
 * same page written plainly (ORDER BY … LIMIT), and the pages that must not read more as the district grows
 * are held to a number of index and row reads that MariaDB itself counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyMatchesListMariaDbIT {

    private static final int CASES = 60_000;
    /** The cases after this one are open, and every fiftieth before it: 11,000 open cases. */
    private static final int CLOSED_UNTIL = 50_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String[] SORTS = {null, "reportedDate", "incidentDate", "caseCode", "status", "type",
        "urgent"};
    private static final Map<String, String> ORDER = Map.of("reportedDate", "i.reported_date",
            "incidentDate", "i.incident_date", "caseCode", "i.case_code", "status", "i.status, i.reported_date",
            "type", "i.gbv_type", "urgent", "i.urgent, i.reported_date");

    private TestDatabase database;
    private Connection db;
    private long district;
    private long school;
    private long open;

    @BeforeAll
    void fillDistrict() throws SQLException {
        database = TestDatabase.create();
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(database.applicationUrl()
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci");
        dataSource.setUser(TestDatabase.adminUser());
        dataSource.setPassword(TestDatabase.adminPassword());
        FieldCipher cipher = new FieldCipher(DataKeys.parse(DataKeys.generateSetting(new SecureRandom()), null));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V21__Encrypt_case_free_text(cipher)).load().migrate();
        db = database.connect();
        long province = insert("INSERT INTO province (code, name, office_name) VALUES ('P', 'P', 'P')");
        district = insert("INSERT INTO district (province_id, code, name, office_name) VALUES (" + province
                + ", 'D', 'D', 'D')");
        school = insert("INSERT INTO school (district_id, code, name, level, ownership) VALUES (" + district
                + ", 'S', 'S', 'PRIMARY', 'PUBLIC')");
        long reporter = insert("INSERT INTO user_account (username, display_name, role, password_hash, created_at, "
                + "updated_at) VALUES ('r', 'R', 'SCHOOL_STAFF', 'x', NOW(), NOW())");
        // Case n is reported on day n * 3650 / 60,000 from 2017-01-01, its code numbered n in its report's year
        // ("D-2019-9999", "D-2019-10000": numbers of four and five digits), of every type, every fifth urgent.
        String number = "IF(n < 10000, LPAD(n, 4, '0'), n)";
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO incident (case_code, case_code_key, case_serial, submission_token, "
                    + "district_id, school_id, reported_by_id, status, gbv_type, urgent, incident_date, reported_date, "
                    + "place_type, survivor_age_group, survivor_sex, survivor_kind, created_at, updated_at, "
                    + "answer_penetration, answer_sexual_contact, answer_physical, answer_forced_marriage, "
                    + "answer_denial, answer_psychological) SELECT CONCAT('D-', YEAR(d), '-', " + number + "), "
                    + "CONCAT('D', YEAR(d), " + number + "), CONCAT(YEAR(d), " + number + "), UUID(), " + district
                    + ", " + school + ", " + reporter + ", CASE WHEN n > " + CLOSED_UNTIL + " OR n % 50 = 0 "
                    + "THEN ELT(n % 3 + 1, 'REPORTED', 'VERIFYING', 'IN_PROGRESS') ELSE 'CLOSED' END, "
                    + "ELT(n % 6 + 1, 'RAPE', 'SEXUAL_ASSAULT', 'PHYSICAL_ASSAULT', 'FORCED_MARRIAGE', "
                    + "'DENIAL_OF_RESOURCES', 'PSYCHOLOGICAL_ABUSE'), "
                    + "n % 5 = 0, d - INTERVAL n % 20 DAY, d, 'SCHOOL_PREMISES', 'UNKNOWN', 'FEMALE', 'STUDENT', "
                    + "NOW(), NOW(), 'NO', 'NO', 'YES', 'NO', 'NO', 'NO' FROM (SELECT seq AS n, DATE '2017-01-01' "
                    + "+ INTERVAL (seq * 3650 DIV " + CASES + ") DAY AS d FROM seq_1_to_" + CASES + ") g");
            // What the home page's needs count besides a status and urgency: a case to report to the authorities, an
            // overdue next step (open cases), a referral waiting for its answer.
            s.executeUpdate("UPDATE incident SET must_report = id % 40 = 0, referral_waiting = id % 97 = 0, "
                    + "next_step_due = IF(id % 30 = 0 AND status <> 'CLOSED', reported_date + INTERVAL 30 DAY, NULL)");
            s.execute("ANALYZE TABLE incident");
        }
        open = ids("SELECT id FROM incident WHERE status <> 'CLOSED'").size();
        assertEquals(CASES - CLOSED_UNTIL + CLOSED_UNTIL / 50, open);
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theOpenCasesArePagedInEveryOrderFromEachOpenStatussIndexAndCountedToTheLimit() throws SQLException {
        IncidentListQuery query = coordinatorsList(openCases(null));
        for (String sort : SORTS) {
            assertTrue(query.walksOpenStatuses(sort), String.valueOf(sort));
            for (boolean ascending : new boolean[] {false, true}) {
                for (int offset : new int[] {0, 4000}) {
                    String page = sort + (ascending ? " ascending" : " descending") + " from " + offset;
                    long limit = (long) offset + IncidentListQuery.COUNT_LIMIT + 1;
                    List<List<Object>> merged = rows(query.openStatusesPageSql(sort, ascending, true, 25, offset),
                            query.openStatusesParameters(limit, 25, offset));
                    assertEquals(plainPage("i.status <> 'CLOSED'", sort, ascending, offset), ids(merged), page);
                    long counted = ((Number) merged.get(0).get(merged.get(0).size() - 1)).longValue();
                    assertEquals(Math.min(open, limit), counted, page);
                }
            }
        }
        long reads = reads(query.openStatusesPageSql("caseCode", true, false, 25, 0),
                query.openStatusesParameters(null, 25, 0));
        assertTrue(reads < 400, "the oldest case codes of 11,000 open cases behind 49,000 closed: " + reads + " reads");
    }

    @Test
    void theOpenCasesOfAPeriodByIncidentDateAreEachOpenStatussRangeOfItsDates() throws SQLException {
        // Open since 2018 or in 2019-2024: oldest first, the district's incident-date index holds every closed case of
        // the period before them; each open status's range of (district, status, incident date) holds only its own.
        IncidentFilter since = period(LocalDate.of(2018, 1, 1), null);
        since.setOpenOnly(true);
        IncidentFilter between = period(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
        between.setOpenOnly(true);
        Object[][] lists = {{since, "i.incident_date >= '2018-01-01'"},
            {between, "i.incident_date BETWEEN '2019-01-01' AND '2024-12-31'"}};
        for (Object[] list : lists) {
            IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
            String condition = list[1] + " AND i.status <> 'CLOSED'";
            assertTrue(query.walksOpenStatuses("incidentDate") && !query.walksOpenStatuses("caseCode"), condition);
            long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition)
                    .size();
            for (boolean ascending : new boolean[] {false, true}) {
                for (int offset : new int[] {0, 100}) {
                    String page = condition + (ascending ? " ascending" : " descending") + " from " + offset;
                    List<List<Object>> merged = rows(query.openStatusesPageSql("incidentDate", ascending, true, 25,
                            offset), query.openStatusesParameters(5001L + offset, 25, offset));
                    assertEquals(plainPage(condition, "incidentDate", ascending, offset), ids(merged), page);
                    assertEquals(Math.min(matches, 5001L + offset),
                            ((Number) merged.get(0).get(merged.get(0).size() - 1)).longValue(), page + ": counted");
                }
            }
            long reads = indexReads(query.openStatusesPageSql("incidentDate", true, false, 25, 0),
                    query.openStatusesParameters(null, 25, 0));
            assertTrue(reads < 400, condition + ": " + reads + " index reads for the oldest page");
        }
    }

    @Test
    void oneStatusIsOneIndexRangeInEveryOrder() throws SQLException {
        IncidentFilter filter = new IncidentFilter();
        filter.setStatus(IncidentStatus.IN_PROGRESS);
        IncidentListQuery query = coordinatorsList(filter);
        long inProgress = ids("SELECT id FROM incident WHERE status = 'IN_PROGRESS'").size();
        for (String sort : SORTS) {
            assertTrue(query.walksInOrder(sort), String.valueOf(sort));
            for (boolean ascending : new boolean[] {false, true}) {
                List<List<Object>> walked = rows(query.walkedCountedPageSql(sort, ascending),
                        query.walkedCountedPageParameters(5001, 25, 100));
                assertEquals(plainPage("i.status = 'IN_PROGRESS'", sort, ascending, 100), ids(walked), sort);
                assertEquals(inProgress, ((Number) walked.get(0).get(walked.get(0).size() - 1)).longValue(),
                        sort + ": counted");
                assertTrue(reads(query.pageSql(sort, ascending, false), query.parametersWith(25, 100)) < 400,
                        sort + ": one range, read to the page");
            }
        }
    }

    @Test
    void everyListWalkedInOrderNamesTheIndexItIsOneRangeOfAndIsCountedThroughANamedIndex() throws SQLException {
        IncidentFilter all = new IncidentFilter();
        IncidentFilter urgent = new IncidentFilter();
        urgent.setUrgent(true);
        IncidentFilter urgentOfType = new IncidentFilter();
        urgentOfType.setUrgent(true);
        urgentOfType.setType(GbvType.RAPE);
        IncidentFilter ofSchool = new IncidentFilter();
        ofSchool.setSchoolId(school);
        // Each list, its condition written plainly, and how many of the sorts (the default among them) it is walked in.
        IncidentFilter closedUrgent = new IncidentFilter();
        closedUrgent.setStatus(IncidentStatus.CLOSED);
        closedUrgent.setUrgent(true);
        IncidentFilter ofType = new IncidentFilter();
        ofType.setType(GbvType.RAPE);
        // A type by type, and by status through each status's range of V79's (district, status, type, report date); a
        // type's urgent cases by report date and by incident date, V61's and V81's.
        Object[][] lists = {{all, "TRUE", 7}, {urgent, "i.urgent = 1", 3}, {ofType, "i.gbv_type = 'RAPE'", 2},
            {urgentOfType, "i.urgent = 1 AND i.gbv_type = 'RAPE'", 3}, {ofSchool, "i.school_id = " + school, 3},
            {closedUrgent, "i.status = 'CLOSED' AND i.urgent = 1", 4}};
        for (Object[] list : lists) {
            IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
            String condition = (String) list[1];
            long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition)
                    .size();
            int walkedOrders = 0;
            for (String sort : SORTS) {
                if (!query.walksInOrder(sort)) {
                    continue;
                }
                walkedOrders++;
                for (boolean ascending : new boolean[] {false, true}) {
                    String page = condition + " by " + sort + (ascending ? " ascending" : " descending");
                    String sql = query.walkedCountedPageSql(sort, ascending);
                    assertTrue(sql.contains("SELECT i.id FROM incident i FORCE INDEX (ix_incident_"), page + ": " + sql);
                    List<List<Object>> walked = rows(sql, query.walkedCountedPageParameters(5001, 25, 100));
                    assertEquals(plainPage(condition, sort, ascending, 100), ids(walked), page);
                    assertEquals(Math.min(matches, 5001), ((Number) walked.get(0).get(walked.get(0).size() - 1))
                            .longValue(), page + ": counted");
                    assertTrue(reads(query.pageSql(sort, ascending, false), query.parametersWith(25, 100)) < 400,
                            page + ": one range, read to the page");
                }
            }
            assertEquals(list[2], walkedOrders, condition + ": orders walked");
            assertCountedThrough(query, "ix_incident_", condition);
        }
        // In the orders no index holds with both, a status's urgent cases are walked a short way in the status's own
        // range of its index in that order (the closed cases lie behind the open ones in the district's).
        IncidentListQuery closedUrgentQuery = coordinatorsList(closedUrgent);
        for (String sort : new String[] {"caseCode", "type", "incidentDate"}) {
            assertTrue(closedUrgentQuery.walksShortly(sort), sort);
            for (boolean ascending : new boolean[] {false, true}) {
                String page = "closed and urgent by " + sort + (ascending ? " ascending" : " descending");
                String sql = closedUrgentQuery.shortWalkPageSql(sort, ascending);
                assertTrue(sql.contains("FORCE INDEX (ix_incident_district_status_"), page + ": " + sql);
                List<List<Object>> walked = rows(sql, closedUrgentQuery.shortWalkParameters(sort, ascending, 25, 100));
                assertEquals(plainPage("i.status = 'CLOSED' AND i.urgent = 1", sort, ascending, 100), ids(walked), page);
                // Filled by the walk: the first 4,000 entries of the district's index are mostly of the open cases.
                assertEquals(25, rows(sql, closedUrgentQuery.shortWalkParameters(sort, ascending, 25, 0)).size(), page);
            }
        }
        // A period's urgent cases of a type by incident date: one range of V81's (district, type, urgency, incident date),
        // named, read to the page.
        IncidentFilter urgentRapesSince = period(LocalDate.of(2018, 1, 1), null);
        urgentRapesSince.setUrgent(true);
        urgentRapesSince.setType(GbvType.RAPE);
        IncidentListQuery sinceQuery = coordinatorsList(urgentRapesSince);
        assertFalse(sinceQuery.walksShortly("incidentDate") || sinceQuery.walksMerged("incidentDate"));
        assertWalkedThrough(sinceQuery, "i.urgent = 1 AND i.gbv_type = 'RAPE' AND i.incident_date >= '2018-01-01'",
                "incidentDate", "ix_incident_type_urgent_date", 400);
        // A period alone, a code's year alone and with a type, a year and number of a status: each counted (and a year's
        // matches picked) from the one index that holds it.
        IncidentFilter period = new IncidentFilter();
        period.setFrom(LocalDate.of(2019, 3, 1));
        period.setTo(LocalDate.of(2019, 10, 31));
        assertCountedThrough(coordinatorsList(period), "ix_incident_district_date",
                "i.incident_date BETWEEN '2019-03-01' AND '2019-10-31'");
        IncidentFilter year = new IncidentFilter();
        year.setCaseCode("2019");
        assertCountedThrough(coordinatorsList(year), "ix_incident_case_year_reported", "i.case_code LIKE 'D-2019-%'");
        year.setType(GbvType.RAPE);
        assertCountedThrough(coordinatorsList(year), "ix_incident_case_year_type",
                "i.case_code LIKE 'D-2019-%' AND i.gbv_type = 'RAPE'");
        assertTrue(coordinatorsList(year).countedPageSql("status", true)
                .contains("FORCE INDEX (ix_incident_case_year_type)"), "the year's cases of a type, picked");
        IncidentFilter yearAndNumber = new IncidentFilter();
        yearAndNumber.setCaseCode("2019-1");
        yearAndNumber.setStatus(IncidentStatus.CLOSED);
        assertCountedThrough(coordinatorsList(yearAndNumber), "ix_incident_district_serial",
                "i.case_code LIKE 'D-2019-1%' AND i.status = 'CLOSED'");
    }

    /** The list's count names {@code index} and counts as many cases as {@code condition}, to its limit. */
    private void assertCountedThrough(IncidentListQuery query, String index, String condition) throws SQLException {
        long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition).size();
        assertTrue(matches > 0, condition);
        assertTrue(query.countSql().contains("FORCE INDEX (" + index), condition + ": " + query.countSql());
        assertEquals(Math.min(matches, 5001), ((Number) rows(query.countSql(), query.matchParametersWith(5001))
                .get(0).get(0)).longValue(), condition + ": the count");
    }

    @Test
    void aCaseCodeYearIsTheSerialsRangeByCaseCodeAndItsOwnIndexsRangeInEveryOtherOrder() throws SQLException {
        IncidentFilter filter = new IncidentFilter();
        filter.setCaseCode("2019");
        IncidentListQuery query = coordinatorsList(filter);
        String ofYear = "i.case_code LIKE 'D-2019-%'";
        int matches = ids("SELECT id FROM incident i WHERE " + ofYear).size();
        assertTrue(matches > IncidentListQuery.COUNT_LIMIT, matches + " codes of 2019");
        for (boolean ascending : new boolean[] {false, true}) {
            assertTrue(query.walksInOrder("caseCode"));
            for (int offset : new int[] {0, 5990}) {
                List<List<Object>> walked = rows(query.walkedCountedPageSql("caseCode", ascending),
                        query.walkedCountedPageParameters(5001, 25, offset));
                assertEquals(plainPage(ofYear, "caseCode", ascending, offset), ids(walked),
                        "by case code, in MariaDB's collation, from " + offset);
            }
            assertTrue(reads(query.pageSql("caseCode", ascending, false), query.parametersWith(25, 0)) < 400);
            for (String sort : new String[] {null, "reportedDate", "incidentDate", "status", "type", "urgent"}) {
                String page = sort + (ascending ? " ascending" : " descending");
                assertTrue(query.walksCodeYear(sort) && !query.walksShortly(sort), page);
                for (int offset : new int[] {0, 5990}) {
                    assertEquals(plainPage(ofYear, sort, ascending, offset), ids(rows(query.mergedPageSql(sort,
                            ascending, false, 25, offset), query.mergedParameters(sort, ascending, null, 25, offset))),
                            page + ": the year's range of V74's index, from " + offset);
                }
                List<List<Object>> counted = rows(query.mergedPageSql(sort, ascending, true, 25, 0),
                        query.mergedParameters(sort, ascending, 5001L, 25, 0));
                assertEquals(plainPage(ofYear, sort, ascending, 0), ids(counted), page + ", counted");
                assertEquals(5001L, ((Number) counted.get(0).get(counted.get(0).size() - 1)).longValue(),
                        page + ": counted to its limit");
                long reads = indexReads(query.mergedPageSql(sort, ascending, false, 25, 0),
                        query.mergedParameters(sort, ascending, null, 25, 0));
                assertTrue(reads < 400, page + ": the first entries of the year's range, " + reads + " index reads");
                // With a further filter (a status, a type) the year is walked shortly or its matches sorted: the same
                // statements, checked here on the year's many matches.
                List<Long> plain = plainPage(ofYear, sort, ascending, 0);
                List<Long> walkedShortly = ids(rows(query.shortWalkPageSql(sort, ascending),
                        query.shortWalkParameters(sort, ascending, 25, 0)));
                assertTrue(walkedShortly.size() < 25 || walkedShortly.equals(plain), page + ": short, or the page");
                assertEquals(plain, ids(rows(query.sortedMatchesPageSql(sort, ascending),
                        query.matchParametersWith(25, 0))), page + ": every match sorted");
            }
        }
        // The year's matches are read from V74's indexes, whose entries hold every column the list filters and sorts
        // by: sorted, each match is one index entry, read once more from the table it is sorted in, and no row but the
        // page's.
        long reads = reads(query.sortedMatchesPageSql("reportedDate", true), query.matchParametersWith(25, 0));
        assertTrue(reads < 2 * matches + 400, "the year's matches from an index of the year alone: " + reads + " reads");
        // With a further filter, a type: the year's own range of V74's index in the page's order is walked, a sixth of
        // its entries matching, each checked from the entry (by the oldest report, not behind 2017 and 2018).
        IncidentFilter ofType = new IncidentFilter();
        ofType.setCaseCode("2019");
        ofType.setType(GbvType.RAPE);
        IncidentListQuery typed = coordinatorsList(ofType);
        String ofYearAndType = ofYear + " AND i.gbv_type = 'RAPE'";
        int ofTheType = ids("SELECT id FROM incident i WHERE " + ofYearAndType).size();
        for (String sort : new String[] {null, "reportedDate", "incidentDate", "status", "urgent"}) {
            for (boolean ascending : new boolean[] {false, true}) {
                String page = "2019, a type, " + sort + (ascending ? " ascending" : " descending");
                assertTrue(typed.walksShortly(sort) && !typed.walksCodeYear(sort), page);
                assertEquals(plainPage(ofYearAndType, sort, ascending, 0), ids(rows(typed.shortWalkPageSql(sort,
                        ascending), typed.shortWalkParameters(sort, ascending, 25, 0))), page + ": walked shortly");
                long walked = reads(typed.shortWalkPageSql(sort, ascending), typed.shortWalkParameters(sort, ascending, 25, 0));
                assertTrue(walked < 2 * (IncidentListQuery.SHORT_WALK + 25) + 400, page + ": the walk's entries, "
                        + "not their rows: " + walked + " reads");
                // Read as the service reads it: the year's range with every filter checked from the entries, to the
                // page's end - a sixth of them match, so some 150 entries and the page's rows.
                assertTrue(typed.readsCodeYearEntries(sort), page);
                String entries = typed.codeYearEntriesPageSql(sort, ascending);
                for (int offset : new int[] {0, 60}) {
                    assertEquals(plainPage(ofYearAndType, sort, ascending, offset),
                            ids(rows(entries, typed.parametersWith(25, offset))), page + ": from the entries, " + offset);
                }
                long read = reads(entries, typed.parametersWith(25, 0));
                assertTrue(read < 400, page + ": " + read + " reads from the year's entries");
                List<List<Object>> counted = rows(typed.countedPageSql(sort, ascending),
                        typed.matchParametersWith(5001, 25, 0));
                assertEquals(plainPage(ofYearAndType, sort, ascending, 0), ids(counted), page + ": picked");
                assertEquals(ofTheType, ((Number) counted.get(0).get(counted.get(0).size() - 1)).longValue(),
                        page + ": counted");
            }
        }
        // A year and the start of a number ("2019-15": a thousand cases) is walked in the year's own range too.
        IncidentFilter ofNumbers = new IncidentFilter();
        ofNumbers.setCaseCode("2019-15");
        IncidentListQuery numbered = coordinatorsList(ofNumbers);
        for (String sort : new String[] {null, "reportedDate", "incidentDate", "status", "type", "urgent"}) {
            for (boolean ascending : new boolean[] {false, true}) {
                String page = "2019-15, " + sort + (ascending ? " ascending" : " descending");
                assertTrue(numbered.walksShortly(sort) && !numbered.walksCodeYear(sort), page);
                List<Long> plain = plainPage("i.case_code LIKE 'D-2019-15%'", sort, ascending, 0);
                assertEquals(25, plain.size(), page);
                assertEquals(plain, ids(rows(numbered.shortWalkPageSql(sort, ascending),
                        numbered.shortWalkParameters(sort, ascending, 25, 0))), page + ": walked shortly in the year's range");
            }
        }
        long picked = reads(typed.countedPageSql("type", true), typed.matchParametersWith(5001, 25, 0));
        assertTrue(picked < 2 * matches + 400, "the year's cases of a type, picked from the year's entries of an index "
                + "of V74 (not the district's 60,000): " + picked + " reads");
    }

    @Test
    void aPeriodIsPagedFromEachOfItsYearsRangeInEveryOrderAndCountedFromItsDates() throws SQLException {
        // A whole year, and three years of which two in part (about 6,000 cases a year).
        for (LocalDate[] period : new LocalDate[][] {{LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)},
                {LocalDate.of(2020, 6, 15), LocalDate.of(2022, 3, 10)}}) {
            IncidentFilter filter = new IncidentFilter();
            filter.setFrom(period[0]);
            filter.setTo(period[1]);
            IncidentListQuery query = coordinatorsList(filter);
            String dated = "i.incident_date BETWEEN '" + period[0] + "' AND '" + period[1] + "'";
            int matches = ids("SELECT i.id FROM incident i WHERE " + dated).size();
            assertTrue(matches > IncidentListQuery.COUNT_LIMIT, matches + " cases from " + period[0]);
            int years = period[1].getYear() - period[0].getYear() + 1;
            for (String sort : new String[] {null, "reportedDate", "caseCode", "status", "type", "urgent"}) {
                assertTrue(query.walksPeriodYears(sort), String.valueOf(sort));
                for (boolean ascending : new boolean[] {false, true}) {
                    String page = period[0] + ", " + sort + (ascending ? " ascending" : " descending");
                    for (int offset : new int[] {0, 3000}) {
                        assertEquals(plainPage(dated, sort, ascending, offset), ids(rows(query.periodYearsPageSql(sort,
                                ascending, false, 25, offset), query.periodYearsParameters(sort, ascending, null, 25, offset))), page + " from " + offset);
                    }
                    List<List<Object>> counted = rows(query.periodYearsPageSql(sort, ascending, true, 25, 0),
                            query.periodYearsParameters(sort, ascending, 5001L, 25, 0));
                    assertEquals(plainPage(dated, sort, ascending, 0), ids(counted), page + ", counted");
                    assertEquals(5001L, ((Number) counted.get(0).get(counted.get(0).size() - 1)).longValue(),
                            page + ": counted to its limit");
                    long reads = indexReads(query.periodYearsPageSql(sort, ascending, false, 25, 0),
                            query.periodYearsParameters(sort, ascending, null, 25, 0));
                    // A whole year: its first entries in the page's order. A year in part: at most the entries of
                    // that year before its part's first match in that order - never the district's 60,000.
                    assertTrue(reads < (years == 1 ? 400 : years * 6_100L), page + ": " + reads + " index reads");
                }
            }
            // The count reads the period's dates from the incident-date index up to its limit, not the district's
            // earlier years through an index of the year (whose entries hold the incident date too).
            long counted = indexReads(query.countSql(), query.matchParametersWith(5001));
            assertTrue(counted < 5001 + 100, period[0] + ": " + counted + " index reads to count to 5,001");
            // At 1,000,000 cases MariaDB chose such an index for the count (100 ms); these 60,000 do not lead it there,
            // so the count is held to name the incident-date index, and the other statements that read every match to
            // leave the year's indexes out.
            assertTrue(query.countSql().contains("FORCE INDEX (ix_incident_district_date)")
                    && query.countedPageSql(null, false).contains("IGNORE INDEX (")
                    && query.countedPageSql(null, false).contains("ix_incident_year_reported"),
                    "the year's indexes are for the walks that name them");
        }
        // A period open at one end: from a day on, its years to this one's end and the later ones together; up to a
        // day, the earlier years together and its ten years before - merged.
        IncidentFilter since = new IncidentFilter();
        since.setFrom(LocalDate.of(2025, 6, 1));
        IncidentFilter until = new IncidentFilter();
        until.setTo(LocalDate.of(2018, 6, 30));
        for (IncidentFilter openEnd : new IncidentFilter[] {since, until}) {
            IncidentListQuery query = coordinatorsList(openEnd);
            String dated = openEnd == since ? "i.incident_date >= '2025-06-01'" : "i.incident_date <= '2018-06-30'";
            long matches = ids("SELECT i.id FROM incident i WHERE " + dated).size();
            for (String sort : new String[] {null, "caseCode", "status", "type", "urgent"}) {
                assertTrue(query.walksPeriodYears(sort), dated + " by " + sort);
                for (boolean ascending : new boolean[] {false, true}) {
                    String page = dated + " by " + sort + (ascending ? " ascending" : " descending");
                    List<List<Object>> counted = rows(query.periodYearsPageSql(sort, ascending, true, 25, 100),
                            query.periodYearsParameters(sort, ascending, 5101L, 25, 100));
                    assertEquals(plainPage(dated, sort, ascending, 100), ids(counted), page);
                    assertEquals(Math.min(matches, 5101), ((Number) counted.get(0).get(counted.get(0).size() - 1))
                            .longValue(), page + ": counted");
                    assertTrue(indexReads(query.periodYearsPageSql(sort, ascending, false, 25, 0),
                            query.periodYearsParameters(sort, ascending, null, 25, 0)) < 2 * 6_100L, page);
                }
            }
        }
        // A year's closed cases (5,000 of its 6,000) by report date and by status, its urgent ones by report date and by
        // urgency, its cases of a type by type: each year's range of V72's index with that equality, merged.
        IncidentFilter filter = new IncidentFilter();
        filter.setFrom(LocalDate.of(2019, 1, 1));
        filter.setTo(LocalDate.of(2019, 12, 31));
        String dated = "i.incident_date BETWEEN '2019-01-01' AND '2019-12-31'";
        for (String[] equality : new String[][] {{"i.status = 'CLOSED'", "reportedDate", "status"},
                {"i.urgent = 1", "reportedDate", "urgent"}, {"i.gbv_type = 'RAPE'", "type"}}) {
            filter.setStatus(equality[0].contains("CLOSED") ? IncidentStatus.CLOSED : null);
            filter.setUrgent(equality[0].contains("urgent") ? Boolean.TRUE : null);
            filter.setType(equality[0].contains("RAPE") ? GbvType.RAPE : null);
            IncidentListQuery query = coordinatorsList(filter);
            String condition = dated + " AND " + equality[0];
            long matches = ids("SELECT i.id FROM incident i WHERE " + condition).size();
            for (int k = 1; k < equality.length; k++) {
                String sort = equality[k];
                assertTrue(query.walksPeriodYears(sort), equality[0] + ", " + sort);
                for (boolean ascending : new boolean[] {false, true}) {
                    String page = equality[0] + ", " + sort + (ascending ? " ascending" : " descending");
                    List<List<Object>> counted = rows(query.periodYearsPageSql(sort, ascending, true, 25, 100),
                            query.periodYearsParameters(sort, ascending, 5001L, 25, 100));
                    assertEquals(plainPage(condition, sort, ascending, 100), ids(counted), page);
                    assertEquals(Math.min(matches, 5001), ((Number) counted.get(0).get(counted.get(0).size() - 1))
                            .longValue(), page + ": counted");
                    long reads = indexReads(query.periodYearsPageSql(sort, ascending, false, 25, 100),
                            query.periodYearsParameters(sort, ascending, null, 25, 100));
                    assertTrue(reads < 400, page + ": the year's range with that equality, " + reads + " index reads");
                }
            }
            long counted = indexReads(query.countSql(), query.matchParametersWith(5001));
            assertTrue(counted < Math.min(matches, 5001) * (equality[0].contains("CLOSED") ? 1.1 : 8) + 100,
                    equality[0] + ": " + counted + " index reads to count " + matches);
        }
        // In the orders V72 holds without the status, the period's closed cases are walked a short way in each year's
        // range of the order's index - found there at once, where the district's index of the order holds 2017 and
        // 2018 first (case code, type by id) and a walk of it stops short.
        filter.setType(null);
        filter.setUrgent(null);
        filter.setStatus(IncidentStatus.CLOSED);
        IncidentListQuery closed = coordinatorsList(filter);
        String closedOf2019 = dated + " AND i.status = 'CLOSED'";
        for (String sort : new String[] {"caseCode", "type", "urgent"}) {
            for (boolean ascending : new boolean[] {false, true}) {
                String page = "2019's closed cases, " + sort + (ascending ? " ascending" : " descending");
                assertTrue(closed.walksShortly(sort) && !closed.walksPeriodYears(sort), page);
                for (int offset : new int[] {0, 1000}) {
                    List<Long> plain = plainPage(closedOf2019, sort, ascending, offset);
                    assertEquals(25, plain.size(), page);
                    assertEquals(plain, ids(rows(closed.shortWalkPageSql(sort, ascending),
                            closed.shortWalkParameters(sort, ascending, 25, offset))), page + " from " + offset);
                }
                // The walk's first step, a few hundred entries, finds the first page by itself (nine cases in ten are
                // closed) and reads a fraction of what the whole walk reads.
                String walk = closed.shortWalkPageSql(sort, ascending);
                List<Object> firstStep = closed.shortWalkParameters(sort, ascending, 25, 0,
                        IncidentListQuery.FIRST_STEP_PER_ROW * 25);
                assertEquals(plainPage(closedOf2019, sort, ascending, 0), ids(rows(walk, firstStep)),
                        page + ": the first step");
                long stepped = reads(walk, firstStep);
                long whole = reads(walk, closed.shortWalkParameters(sort, ascending, 25, 0));
                assertTrue(3 * stepped < whole, page + ": the first step reads " + stepped + ", the walk " + whole);
            }
        }
        // Where one entry in a hundred and fifty matches (the cases of 2019 still being verified), the first step finds
        // part of the page only: the whole walk, or sorting every match, reads it.
        filter.setStatus(IncidentStatus.VERIFYING);
        IncidentListQuery verifying = coordinatorsList(filter);
        assertTrue(verifying.walksShortly("caseCode"));
        List<Object> fewFound = verifying.shortWalkParameters("caseCode", true, 25, 0,
                IncidentListQuery.FIRST_STEP_PER_ROW * 25);
        assertTrue(rows(verifying.shortWalkPageSql("caseCode", true), fewFound).size() < 25, "2019's verified cases");
        // At 1,000,000 cases MariaDB read a period's closed cases by district and status alone, every year's before the
        // period's (300 ms to count 5,001); the statements that read every match name the index whose range they are.
        filter.setType(null);
        filter.setStatus(IncidentStatus.CLOSED);
        assertTrue(coordinatorsList(filter).countSql().contains("FORCE INDEX (ix_incident_district_status_date)"));
        // Its urgent cases: the year's range of V76's index of the year and urgency (the statistics index, which MariaDB
        // had read instead of every year's urgent cases, holds all of the period's cases after the date).
        filter.setStatus(null);
        filter.setUrgent(true);
        String urgentCount = coordinatorsList(filter).countSql();
        assertTrue(urgentCount.contains("FORCE INDEX (ix_incident_year_urgent)")
                && urgentCount.contains("AND i.incident_year IN (2019)"), urgentCount);
        assertEquals(ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + dated
                + " AND i.urgent = 1").size(), ((Number) rows(urgentCount, coordinatorsList(filter)
                .matchParametersWith(5001)).get(0).get(0)).longValue(), "the year's urgent cases counted");
    }

    @Test
    void aSchoolsCasesOfAStatusAndAStatussCasesOfATypeAreWalkedInTheirIndexesAndCountedApart() throws SQLException {
        // Every seventh case moves to a second school for this test: the first school's cases are then spread through
        // the district's indexes, as a school's cases lie among its district's.
        long other = insert("INSERT INTO school (district_id, code, name, level, ownership) VALUES (" + district
                + ", 'S2', 'S2', 'PRIMARY', 'PUBLIC')");
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE incident SET school_id = " + other + " WHERE id % 7 = 0");
        }
        try {
            IncidentFilter schoolClosed = new IncidentFilter();
            schoolClosed.setSchoolId(school);
            schoolClosed.setStatus(IncidentStatus.CLOSED);
            IncidentFilter closedRape = new IncidentFilter();
            closedRape.setStatus(IncidentStatus.CLOSED);
            closedRape.setType(GbvType.RAPE);
            IncidentFilter schoolRape = new IncidentFilter();
            schoolRape.setSchoolId(school);
            schoolRape.setType(GbvType.RAPE);
            Caller coordinator = new Caller(1, "c", Role.DISTRICT_COORDINATOR, null, district, null, null);
            // Each list, written plainly, its index of the count, the orders it is walked in with the index walked, and
            // whether it is counted apart in the others (a school's cases of a type are picked from V75's index's entries
            // with the count). A status's cases of a type by report date or status are one range of V79's index.
            String statusType = "ix_incident_status_type_reported";
            Object[][] lists = {
                {schoolClosed, "i.school_id = " + school + " AND i.status = 'CLOSED'", "ix_incident_school_status",
                    Map.of("null", "ix_incident_school_status", "reportedDate", "ix_incident_school_status",
                        "status", "ix_incident_school_status"), true},
                {closedRape, "i.status = 'CLOSED' AND i.gbv_type = 'RAPE'", "ix_incident_district_status_type",
                    Map.of("type", "ix_incident_district_status_type", "null", statusType, "reportedDate", statusType,
                        "status", statusType), true},
                {schoolRape, "i.school_id = " + school + " AND i.gbv_type = 'RAPE'", "ix_incident_school_status",
                    Map.of(), false}};
            for (Object[] list : lists) {
                IncidentFilter filter = (IncidentFilter) list[0];
                IncidentListQuery query = coordinatorsList(filter);
                String condition = (String) list[1];
                long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND "
                        + condition).size();
                assertCountedThrough(query, (String) list[2], condition);
                for (String sort : SORTS) {
                    String walkedIndex = ((Map<?, ?>) list[3]).containsKey(String.valueOf(sort))
                            ? (String) ((Map<?, ?>) list[3]).get(String.valueOf(sort)) : null;
                    boolean walked = walkedIndex != null;
                    assertEquals(walked, query.walksInOrder(sort), condition + " walked by " + sort);
                    // Counted apart from the page when not walked, from the index entries alone.
                    assertEquals(walked || !(Boolean) list[4], query.countsWithPage(sort, coordinator, filter),
                            condition + " counted with the page by " + sort);
                    for (boolean ascending : new boolean[] {false, true}) {
                        String page = condition + " by " + sort + (ascending ? " ascending" : " descending");
                        List<Long> plain = plainPage(condition, sort, ascending, 100);
                        assertEquals(25, plain.size(), page);
                        if (walked) {
                            String sql = query.walkedCountedPageSql(sort, ascending);
                            assertTrue(sql.contains("FORCE INDEX (" + walkedIndex + ")"), page + ": " + sql);
                            List<List<Object>> rows = rows(sql, query.walkedCountedPageParameters(5001, 25, 100));
                            assertEquals(plain, ids(rows), page);
                            assertEquals(Math.min(matches, 5001), ((Number) rows.get(0).get(rows.get(0).size() - 1))
                                    .longValue(), page + ": counted");
                            continue;
                        }
                        // A status with a school or type besides: walked in the status's own range of the order's
                        // index; a school with a type, in the district's index of the order.
                        boolean ofStatus = filter.getStatus() != null;
                        assertEquals(ofStatus, query.walksShortly(sort), page);
                        List<Long> paged = ids(rows(ofStatus ? query.shortWalkPageSql(sort, ascending)
                                : query.pageSql(sort, ascending, false), ofStatus
                                ? query.shortWalkParameters(sort, ascending, 25, 100) : query.parametersWith(25, 100)));
                        assertEquals(plain, paged, page);
                        // Every match sorted (the walk's fallback, or the page of few): the school's from V75's index,
                        // which holds the district and the sort columns.
                        String sorted = query.sortedMatchesPageSql(sort, ascending);
                        assertEquals(plain, ids(rows(sorted, query.matchParametersWith(25, 100))), page + ": sorted");
                        if (filter.getSchoolId() != null) {
                            assertTrue(sorted.contains("FORCE INDEX (ix_incident_school_status)"), page + ": " + sorted);
                            assertTrue(explained(sorted, query.matchParametersWith(25, 100))
                                    .contains("ix_incident_school_status: Using where; Using index"), page);
                        }
                    }
                }
            }
        } finally {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE incident SET school_id = " + school + " WHERE school_id = " + other);
                s.executeUpdate("DELETE FROM school WHERE id = " + other);
            }
        }
    }

    /** The open cases of an urgency (of either when null). */
    private static IncidentFilter openCases(Boolean urgent) {
        IncidentFilter filter = new IncidentFilter();
        filter.setOpenOnly(true);
        filter.setUrgent(urgent);
        return filter;
    }

    /** A period's list, its closed cases' and its urgent cases', each with its condition ({@code dated}: the period's). */
    private List<Object[]> periodClosedAndUrgent(LocalDate from, LocalDate to, String dated) {
        IncidentFilter closed = period(from, to);
        closed.setStatus(IncidentStatus.CLOSED);
        IncidentFilter urgent = period(from, to);
        urgent.setUrgent(true);
        return List.of(new Object[] {coordinatorsList(period(from, to)), dated},
                new Object[] {coordinatorsList(closed), dated + " AND i.status = 'CLOSED'"},
                new Object[] {coordinatorsList(urgent), dated + " AND i.urgent = 1"});
    }

    /** A filter of incident dates from a day, up to a day, or both. */
    private static IncidentFilter period(LocalDate from, LocalDate to) {
        IncidentFilter filter = new IncidentFilter();
        filter.setFrom(from);
        filter.setTo(to);
        return filter;
    }

    /** EXPLAIN of a statement: each table's index and extra, as "index: extra" lines. */
    private String explained(String sql, List<Object> parameters) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (java.sql.PreparedStatement explain = db.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = explain.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString("key")).append(": ").append(r.getString("Extra")).append('\n');
                }
            }
        }
        return plan.toString();
    }

    @Test
    void aPeriodOfSeveralYearsIsWalkedInEachYearOnlyAsFarAsEveryYearWasReadAndCountedFromTheYearsOfATypeOrUrgency()
            throws SQLException {
        // The open cases lie in the last years (and every fiftieth case before): walked in each year's range of the
        // order's index, the earlier years stop before their few open cases, which come first by case code or type.
        IncidentFilter ofStatus = period(LocalDate.of(2017, 1, 1), LocalDate.of(2026, 12, 31));
        ofStatus.setStatus(IncidentStatus.REPORTED);
        IncidentFilter since = period(LocalDate.of(2018, 3, 1), null);
        since.setStatus(IncidentStatus.VERIFYING);
        IncidentFilter ofType = period(LocalDate.of(2017, 7, 1), LocalDate.of(2020, 6, 30));
        ofType.setType(GbvType.RAPE);
        IncidentFilter untilUrgent = period(null, LocalDate.of(2019, 6, 30));
        untilUrgent.setUrgent(true);
        untilUrgent.setType(GbvType.SEXUAL_ASSAULT);
        Object[][] lists = {
            {ofStatus, "i.incident_date BETWEEN '2017-01-01' AND '2026-12-31' AND i.status = 'REPORTED'"},
            {since, "i.incident_date >= '2018-03-01' AND i.status = 'VERIFYING'"},
            {ofType, "i.incident_date BETWEEN '2017-07-01' AND '2020-06-30' AND i.gbv_type = 'RAPE'"},
            {untilUrgent, "i.incident_date <= '2019-06-30' AND i.urgent = 1 AND i.gbv_type = 'SEXUAL_ASSAULT'"}};
        int[] stoppedShort = {0};
        for (Object[] list : lists) {
            IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
            String condition = (String) list[1];
            everyWalkedPage(query, condition, (sort, ascending, offset, plain, page) -> {
                List<List<Object>> walked = rows(query.shortWalkPageSql(sort, ascending),
                        query.shortWalkParameters(sort, ascending, 25, offset));
                if (walked.size() == 25 && walked.stream().noneMatch(row -> IncidentListQuery.walkedPast(row.toArray()))) {
                    assertEquals(plain, ids(walked), page + ": walked");
                } else {
                    stoppedShort[0] += walked.size() == 25 ? 1 : 0;
                    assertEquals(plain, ids(rows(query.sortedMatchesPageSql(sort, ascending),
                            query.matchParametersWith(25, offset))), page + ": every match sorted");
                }
            });
            long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition)
                    .size();
            assertEquals(Math.min(matches, 5001), ((Number) rows(query.countSql(), query.matchParametersWith(5001))
                    .get(0).get(0)).longValue(), condition + ": counted");
        }
        // Pages filled by a walk whose earlier year had stopped before its own matches: without the check, wrong pages.
        assertTrue(stoppedShort[0] > 0, "walks past a year that stopped short");
        // A period's cases of a type, or of a type and urgency, counted and picked from V81's (district, type, urgency,
        // incident date): one range per urgency (open at one end too), not the period's years' every case of the type.
        for (IncidentFilter filter : new IncidentFilter[] {ofType, untilUrgent}) {
            IncidentListQuery query = coordinatorsList(filter);
            assertTrue(query.countSql().contains("FORCE INDEX (ix_incident_type_urgent_date)") && !query.countSql()
                    .contains("incident_year"), query.countSql());
            assertTrue(query.sortedMatchesPageSql("caseCode", true).contains("FORCE INDEX (ix_incident_type_urgent_date)"));
            long matches = ((Number) rows(query.countSql(), query.matchParametersWith(5001)).get(0).get(0)).longValue();
            long reads = indexReads(query.sortedMatchesPageSql("caseCode", true), query.matchParametersWith(25, 0));
            assertTrue(reads < matches + 100, filter.getType() + ": " + reads + " index reads for " + matches + " matches");
        }
        assertTrue(coordinatorsList(ofType).countSql().contains("AND i.urgent IN (0, 1)"),
                "each urgency's range of the type's dates");
    }

    @Test
    void aPeriodOfManyYearsHoldingTheFirstCasesOfTheOrderIsWalkedInTheDistrictsIndexFirst() throws SQLException {
        // Since 2018, of a type: the newest cases first are the period's, so the district's index of the order holds the
        // page in its first entries; oldest first, 2017's cases come before the period's, except by report date, or by
        // status or urgency and then report date, whose walk starts at the period's first day (in each status's or
        // urgency's range; by urgency in the type's range of (district, type, urgency, report date)).
        IncidentFilter since = period(LocalDate.of(2018, 1, 1), null);
        since.setType(GbvType.RAPE);
        IncidentListQuery ofType = coordinatorsList(since);
        String sinceCondition = "i.incident_date >= '2018-01-01' AND i.gbv_type = 'RAPE'";
        // 2019 to 2021 holds neither the newest nor the oldest cases: its years are walked at once, but for the oldest
        // report first (by itself or after the status or urgency), a walk that starts at its first day.
        IncidentFilter between = period(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        between.setType(GbvType.RAPE);
        IncidentListQuery middle = coordinatorsList(between);
        // An open status's range of its index starts with cases still being worked on, within the period either way.
        IncidentFilter verifying = period(LocalDate.of(2018, 1, 1), LocalDate.of(2026, 12, 31));
        verifying.setStatus(IncidentStatus.VERIFYING);
        IncidentListQuery open = coordinatorsList(verifying);
        String verifyingCondition = "i.incident_date BETWEEN '2018-01-01' AND '2026-12-31' AND i.status = 'VERIFYING'";
        // The open cases since 2018: each open status's range, walked shortly, merged.
        IncidentFilter openSince = period(LocalDate.of(2018, 1, 1), null);
        openSince.setOpenOnly(true);
        IncidentListQuery opened = coordinatorsList(openSince);
        int walked = 0;
        for (String sort : new String[] {"caseCode", "type", "urgent", "status", "reportedDate"}) {
            for (boolean ascending : new boolean[] {false, true}) {
                String page = sort + (ascending ? " ascending" : " descending");
                // (by type, a type's period is merged from its years' ranges of V76's index instead)
                assertEquals(!"type".equals(sort), ofType.walksShortly(sort) && middle.walksShortly(sort), page);
                // (by case code, oldest first, the serial's range from the period's first year)
                boolean fromItsStart = ascending && !"type".equals(sort);
                assertEquals(ofType.walksShortly(sort) && (!ascending || fromItsStart),
                        ofType.walksDistrictFirst(sort, ascending), page);
                // (by urgency, the type's range of (district, type, urgency, report date), its entries checked for the
                // period: newest first past the urgent rapes reported after 2021, oldest first from 2019's first day)
                assertEquals(fromItsStart || "urgent".equals(sort), middle.walksDistrictFirst(sort, ascending),
                        page + ", 2019 to 2021");
                assertEquals(open.walksShortly(sort), open.walksDistrictFirst(sort, ascending), page + ", verifying");
                assertEquals(opened.walksShortly(sort), opened.walksDistrictFirst(sort, ascending), page + ", open");
                Object[][] lists = {{ofType, sinceCondition}, {open, verifyingCondition}, {middle, "i.incident_date "
                    + "BETWEEN '2019-01-01' AND '2021-12-31' AND i.gbv_type = 'RAPE'"},
                    {opened, "i.incident_date >= '2018-01-01' AND i.status <> 'CLOSED'"}};
                for (Object[] list : lists) {
                    IncidentListQuery query = (IncidentListQuery) list[0];
                    if (!query.walksDistrictFirst(sort, ascending)) {
                        continue;
                    }
                    String sql = query.districtWalkPageSql(sort, ascending);
                    assertTrue(sql.contains(query == open || query == opened || !"urgent".equals(sort)
                            ? "FORCE INDEX (ix_incident_district_" : "FORCE INDEX (ix_incident_type_urgent) WHERE "
                            + "i.district_id = ? AND i.gbv_type = 'RAPE'") && !sql.contains("incident_year"), page + ": " + sql);
                    assertTrue(!ascending || Set.of("caseCode", "type").contains(sort) || query == opened
                            || sql.contains("i.reported_date >= ?"), page + ": from the period's first day");
                    assertEquals((query == middle || query == ofType) && "urgent".equals(sort),
                            query.walksTypeByUrgencyEntries(sort), page + ": entries checked for every filter");
                    if (query == middle && "urgent".equals(sort)) {
                        assertTrue(sql.contains("i.incident_date >= DATE '2019-01-01' AND i.incident_date <= "
                                + "DATE '2021-12-31'" + (ascending ? " ORDER BY" : " AND i.urgent = 1 ORDER BY")), sql);
                    }
                    for (int offset : new int[] {0, 60}) {
                        List<Long> plain = plainPage((String) list[1], sort, ascending, offset);
                        assertEquals(25, plain.size(), page);
                        List<List<Object>> rows = rows(sql, query.districtWalkParameters(sort, ascending, 25, offset));
                        if (rows.stream().anyMatch(row -> IncidentListQuery.walkedPast(row.toArray()))) {
                            continue; // a part stopped short: the years' walk or sorting reads the page
                        }
                        assertEquals(plain, ids(rows), list[1] + " by " + page + " from " + offset);
                        walked++;
                    }
                }
            }
        }
        assertTrue(walked >= 20, walked + " pages walked in the district's index");
    }

    @Test
    void aPeriodsCasesOfTwoFiltersAreWalkedInTheRangeOfTheFilterTheOrderStartsWith() throws SQLException {
        // The urgent rapes since 2018 (one case in thirty), by type or urgency: each year's walk is the type's (or the
        // urgency's) range of V76's index, and the district's walk the type's range of its index.
        IncidentFilter urgentRapes = period(LocalDate.of(2018, 1, 1), null);
        urgentRapes.setType(GbvType.RAPE);
        urgentRapes.setUrgent(true);
        IncidentListQuery urgent = coordinatorsList(urgentRapes);
        // The closed rapes of 2019 to 2021, by status too: each year's closed range of its status index.
        IncidentFilter closedRapes = period(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        closedRapes.setStatus(IncidentStatus.CLOSED);
        closedRapes.setType(GbvType.RAPE);
        IncidentListQuery closed = coordinatorsList(closedRapes);
        // The closed urgent cases since 2018, oldest report first: the closed range of the district's status index from
        // the period's first day, not from the district's first closed case.
        IncidentFilter closedUrgentCases = period(LocalDate.of(2018, 1, 1), null);
        closedUrgentCases.setStatus(IncidentStatus.CLOSED);
        closedUrgentCases.setUrgent(true);
        IncidentListQuery closedUrgent = coordinatorsList(closedUrgentCases);
        Object[][] lists = {
            {urgent, "i.incident_date >= '2018-01-01' AND i.gbv_type = 'RAPE' AND i.urgent = 1"},
            {closed, "i.incident_date BETWEEN '2019-01-01' AND '2021-12-31' AND i.status = 'CLOSED' "
                + "AND i.gbv_type = 'RAPE'"},
            {closedUrgent, "i.incident_date >= '2018-01-01' AND i.status = 'CLOSED' AND i.urgent = 1"}};
        assertTrue(closed.walksShortly("status"), "a period's closed rapes by status");
        for (boolean ascending : new boolean[] {false, true}) {
            String byType = urgent.shortWalkPageSql("type", ascending);
            assertTrue(byType.contains("FORCE INDEX (ix_incident_year_type) WHERE i.district_id = ? "
                    + "AND i.incident_year = 2018 AND i.gbv_type = ?"), byType);
            assertTrue(urgent.shortWalkPageSql("urgent", ascending).contains("FORCE INDEX (ix_incident_year_urgent) "
                    + "WHERE i.district_id = ? AND i.incident_year = 2018 AND i.urgent = ?"));
            assertTrue(closed.shortWalkPageSql("status", ascending).contains("FORCE INDEX (ix_incident_year_status) "
                    + "WHERE i.district_id = ? AND i.incident_year = 2019 AND i.status = ?"));
            // The first step of each year's walk (eight entries a row) holds the page: the type's range, one in five.
            List<List<Object>> firstStep = rows(byType, urgent.shortWalkParameters("type", ascending, 25, 0,
                    IncidentListQuery.FIRST_STEP_PER_ROW * 25));
            assertEquals(25, firstStep.size());
            assertTrue(firstStep.stream().noneMatch(row -> IncidentListQuery.walkedPast(row.toArray())));
        }
        assertTrue(urgent.walksDistrictFirst("type", false));
        assertTrue(urgent.districtWalkPageSql("type", false).contains("WHERE i.district_id = ? AND i.gbv_type = 'RAPE'"));
        assertTrue(closedUrgent.walksDistrictFirst("reportedDate", true));
        // By case code from the oldest, a period's closed cases are the serial's range from its first year.
        assertTrue(closed.walksDistrictFirst("caseCode", true) && !closed.walksDistrictFirst("caseCode", false));
        assertTrue(closed.districtWalkPageSql("caseCode", true).contains("FORCE INDEX (ix_incident_district_serial) "
                + "WHERE i.district_id = ? AND i.case_serial >= '2019'"), closed.districtWalkPageSql("caseCode", true));
        // From 1 July the year's serials start with half a year filed before the period: the years are walked instead.
        IncidentFilter fromJuly = period(LocalDate.of(2019, 7, 1), LocalDate.of(2021, 12, 31));
        fromJuly.setStatus(IncidentStatus.CLOSED);
        fromJuly.setType(GbvType.RAPE);
        assertFalse(coordinatorsList(fromJuly).walksDistrictFirst("caseCode", true), "from 1 July, by case code");
        assertTrue(closedUrgent.districtWalkPageSql("reportedDate", true).contains("FORCE INDEX "
                + "(ix_incident_district_status) WHERE i.district_id = ? AND i.status = ? AND i.reported_date >= ?"));
        int[] walked = {0};
        for (Object[] list : lists) {
            IncidentListQuery query = (IncidentListQuery) list[0];
            everyWalkedPage(query, (String) list[1], (sort, ascending, offset, plain, page) -> {
                if (query.walksDistrictFirst(sort, ascending)) {
                    List<List<Object>> rows = rows(query.districtWalkPageSql(sort, ascending),
                            query.districtWalkParameters(sort, ascending, 25, offset));
                    if (rows.size() == 25 && rows.stream().noneMatch(r -> IncidentListQuery.walkedPast(r.toArray()))) {
                        assertEquals(plain, ids(rows), page + ": the district's walk");
                        walked[0]++;
                    }
                }
                List<List<Object>> rows = rows(query.shortWalkPageSql(sort, ascending),
                        query.shortWalkParameters(sort, ascending, 25, offset));
                if (rows.size() == 25 && rows.stream().noneMatch(r -> IncidentListQuery.walkedPast(r.toArray()))) {
                    assertEquals(plain, ids(rows), page + ": walked");
                    walked[0]++;
                }
                assertEquals(plain, ids(rows(query.sortedMatchesPageSql(sort, ascending),
                        query.matchParametersWith(25, offset))), page + ": every match sorted");
            });
        }
        assertTrue(walked[0] >= 30, walked[0] + " pages walked");
        // A period's closed cases of a type or urgency are counted from the ranges of that type or urgency, whose entries
        // hold the status (the closed cases are most of the period).
        assertTrue(closed.countSql().contains("FORCE INDEX (ix_incident_type_urgent_date)"), closed.countSql());
        assertTrue(closedUrgent.countSql().contains("FORCE INDEX (ix_incident_year_urgent)"), closedUrgent.countSql());
        // A period's cases of a type and an urgency: the range of V81's (district, type, urgency, incident date), whose
        // entries hold every sort column - not each year's cases of the type, read for their urgency.
        String ofTypeAndUrgency = "i.incident_date >= '2018-01-01' AND i.gbv_type = 'RAPE' AND i.urgent = 1";
        long urgentRapeCount = ids("SELECT i.id FROM incident i WHERE " + ofTypeAndUrgency).size();
        assertTrue(urgent.countSql().contains("FORCE INDEX (ix_incident_type_urgent_date)")
                && !urgent.countSql().contains("i.urgent IN"), urgent.countSql());
        long countReads = indexReads(urgent.countSql(), urgent.matchParametersWith(5001));
        assertTrue(countReads < urgentRapeCount + 100, countReads + " index reads to count " + urgentRapeCount);
        for (String sort : new String[] {"caseCode", "status", "incidentDate"}) {
            for (boolean ascending : new boolean[] {false, true}) {
                String picked = urgent.countedPageSql(sort, ascending);
                assertTrue(picked.contains("FORCE INDEX (ix_incident_type_urgent_date)"), picked);
                List<List<Object>> rows = rows(picked, urgent.matchParametersWith(5001, 25, 40));
                assertEquals(plainPage(ofTypeAndUrgency, sort, ascending, 40), ids(rows), "urgent rapes by " + sort);
                assertEquals(urgentRapeCount, ((Number) rows.get(0).get(rows.get(0).size() - 1)).longValue());
                long reads = indexReads(picked, urgent.matchParametersWith(5001, 25, 40));
                assertTrue(reads < urgentRapeCount + 200, "urgent rapes by " + sort + ": " + reads + " index reads");
            }
        }
        for (Object[] list : lists) {
            IncidentListQuery query = (IncidentListQuery) list[0];
            long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + list[1])
                    .size();
            assertEquals(Math.min(matches, 5001), ((Number) rows(query.countSql(), query.matchParametersWith(5001))
                    .get(0).get(0)).longValue(), list[1] + ": counted");
        }
    }

    @Test
    void aPeriodEnteredAfterItsYearsFirstDayIsWalkedThereFromThatDayInReportDateOrder() throws SQLException {
        // From 1 July 2020: 2020's first half lies before the period in every order that goes by report date (alone, or
        // after the status or urgency). A report never precedes its incident, so that year's walk starts at 1 July.
        LocalDate from = LocalDate.of(2020, 7, 1);
        String dated = "i.incident_date BETWEEN '2020-07-01' AND '2022-06-30'";
        List<Object[]> lists = periodClosedAndUrgent(from, LocalDate.of(2022, 6, 30), dated);
        int merged = 0;
        int walked = 0;
        for (Object[] list : lists) {
            IncidentListQuery query = (IncidentListQuery) list[0];
            String condition = (String) list[1];
            for (String sort : new String[] {"reportedDate", "status", "urgent"}) {
                String page = condition + " by " + sort;
                if (query.walksPeriodYears(sort)) {
                    // The period's years merged: each year's range of V72's index in the page's order.
                    String sql = query.periodYearsPageSql(sort, true, false, 25, 0);
                    assertEquals(1, sql.split("AND i.reported_date >= DATE '2020-07-01'", -1).length - 1,
                            page + ": the first year's walk alone starts at the period's first day");
                    for (int offset : new int[] {0, 100}) {
                        for (boolean ascending : new boolean[] {true, false}) {
                            assertEquals(plainPage(condition, sort, ascending, offset), ids(rows(query.periodYearsPageSql(
                                    sort, ascending, false, 25, offset), query.periodYearsParameters(sort, ascending, null, 25, offset))),
                                    page + (ascending ? " ascending" : " descending") + " from " + offset);
                        }
                    }
                    // 2020's first half has 700 to 3,000 entries in each such range (3,028 read without the bound);
                    // from 1 July the walk reads the first page's and those of the cases of June reported in July.
                    long reads = indexReads(sql, query.periodYearsParameters(sort, true, null, 25, 0));
                    assertTrue(reads < 400, page + ": " + reads + " index reads for the first page");
                    merged++;
                } else {
                    // A period's closed cases by urgency, its urgent cases by status: a short walk of each year's range
                    // of the order's index, its filter checked from the entries. Its first step finds the first page.
                    assertTrue(query.walksShortly(sort), page);
                    assertTrue(query.shortWalkPageSql(sort, true).contains("AND i.reported_date >= DATE '2020-07-01'"),
                            page);
                    List<List<Object>> firstStep = rows(query.shortWalkPageSql(sort, true), query.shortWalkParameters(
                            sort, true, 25, 0, IncidentListQuery.FIRST_STEP_PER_ROW * 25));
                    assertEquals(plainPage(condition, sort, true, 0), ids(firstStep), page + ": the first step");
                    assertTrue(firstStep.stream().noneMatch(row -> IncidentListQuery.walkedPast(row.toArray())), page);
                    long reads = indexReads(query.shortWalkPageSql(sort, true), query.shortWalkParameters(sort, true, 25, 0,
                            IncidentListQuery.FIRST_STEP_PER_ROW * 25));
                    // Each year's first 225 entries, read twice (the walk, and its last entry again for walkedPast), and
                    // the page's rows; 2020's first half would add some 2,500 entries to each of the two reads.
                    assertTrue(reads < 2_500, page + ": " + reads + " index reads for the first step");
                    for (boolean ascending : new boolean[] {true, false}) {
                        List<List<Object>> rows = rows(query.shortWalkPageSql(sort, ascending),
                                query.shortWalkParameters(sort, ascending, 25, 100));
                        if (rows.size() == 25 && rows.stream().noneMatch(r -> IncidentListQuery.walkedPast(r.toArray()))) {
                            assertEquals(plainPage(condition, sort, ascending, 100), ids(rows), page + " from 100");
                        }
                    }
                    walked++;
                }
            }
        }
        assertEquals(List.of(7, 2), List.of(merged, walked), "lists merged from their years, and walked shortly");
    }

    @Test
    void aPeriodThatEndsBeforeItsYearDoesIsWalkedNewestFirstMonthByMonthInItsLastYear() throws SQLException {
        // 1/7/2020 to 30/6/2022, newest first by report date or by status: 2022's range of V72's index starts with the
        // reports of July to December 2022 (3,000 entries), which the period leaves out. Its first half is walked as
        // each month's range of V80's index instead, merged with the other years' walks.
        LocalDate from = LocalDate.of(2020, 7, 1);
        LocalDate to = LocalDate.of(2022, 6, 30);
        String dated = "i.incident_date BETWEEN '2020-07-01' AND '2022-06-30'";
        IncidentFilter rapes = period(from, to);
        rapes.setType(GbvType.RAPE);
        IncidentFilter closedRapes = period(from, to);
        closedRapes.setType(GbvType.RAPE);
        closedRapes.setStatus(IncidentStatus.CLOSED);
        List<Object[]> lists = new java.util.ArrayList<>(periodClosedAndUrgent(from, to, dated));
        lists.add(new Object[] {coordinatorsList(rapes), dated + " AND i.gbv_type = 'RAPE'"});
        lists.add(new Object[] {coordinatorsList(closedRapes), dated + " AND i.gbv_type = 'RAPE' AND i.status = 'CLOSED'"});
        int merged = 0;
        int walked = 0;
        for (Object[] list : lists) {
            IncidentListQuery query = (IncidentListQuery) list[0];
            String condition = (String) list[1];
            for (String asked : new String[] {"reportedDate", "status"}) {
                String sort = query.orderOf(asked);
                String page = condition + " by " + sort;
                boolean whole = query.walksPeriodYears(sort);
                assertTrue(whole || query.walksShortly(sort), page);
                String newest = whole ? query.periodYearsPageSql(sort, false, false, 25, 0)
                        : query.shortWalkPageSql(sort, false);
                String oldest = whole ? query.periodYearsPageSql(sort, true, false, 25, 0)
                        : query.shortWalkPageSql(sort, true);
                for (int month = 1; month <= 6; month++) {
                    assertTrue(newest.contains("AND i.incident_month = 20220" + month + " "), page + ", month " + month);
                }
                assertTrue(newest.contains("FORCE INDEX (ix_incident_month_") && !newest.contains("= 202207")
                        && !newest.contains("i.incident_year = 2022") && newest.contains("i.incident_year = 2021"),
                        page + ": " + newest);
                assertFalse(oldest.contains("incident_month"), page + ": oldest first, 2022's part is one walk");
                for (int offset : new int[] {0, 100}) {
                    List<List<Object>> rows = whole ? rows(query.periodYearsPageSql(sort, false, false, 25, offset),
                            query.periodYearsParameters(sort, false, null, 25, offset))
                            : rows(newest, query.shortWalkParameters(sort, false, 25, offset));
                    assertTrue(rows.stream().noneMatch(row -> IncidentListQuery.walkedPast(row.toArray())), page);
                    assertEquals(plainPage(condition, sort, false, offset), ids(rows), page + " from " + offset);
                }
                if (whole) {
                    // Each part's first 25 entries and the page's rows; 2022's walk by year passed 3,000 entries first.
                    // The urgent cases' months are ranges of the report-date index, the urgency checked in its entries:
                    // 125 entries a month for its first 25 urgent cases (by year, 2022's urgent range passed 600 later
                    // ones: a fifth of those the months leave out, where the months' reads do not grow with the year).
                    long reads = indexReads(newest, query.periodYearsParameters(sort, false, null, 25, 0));
                    assertTrue(reads < (condition.contains("urgent") ? 1_200 : 400),
                            page + ": " + reads + " index reads for the first page");
                    merged++;
                } else {
                    // Each month checks every filter as it walks, to the page's end, and needs no walked-past check:
                    // only the two years' walks are read again at their last entry.
                    assertEquals(2, newest.split("LIMIT 1 OFFSET \\?", -1).length - 1, page + ": " + newest);
                    // The first step fills the page: each month's entries to its first 25 matches, and each year's
                    // first 225 entries, read twice (the walk, and its last entry again for walkedPast) - about 1,900.
                    // Limited as the years are, the months were read twice as well (3,650); 2022's walk by year read
                    // its 3,000 later entries twice besides.
                    List<Object> step = query.shortWalkParameters(sort, false, 25, 0,
                            IncidentListQuery.FIRST_STEP_PER_ROW * 25);
                    List<List<Object>> firstStep = rows(newest, step);
                    assertTrue(firstStep.size() == 25 && firstStep.stream()
                            .noneMatch(row -> IncidentListQuery.walkedPast(row.toArray())), page + ": the first step");
                    long reads = indexReads(newest, step);
                    assertTrue(reads < 2_500, page + ": " + reads + " index reads for the first step");
                    walked++;
                }
            }
        }
        assertEquals(List.of(5, 5), List.of(merged, walked), "lists merged from their parts, and walked shortly");
        // A period that ends less than a month before today, or at its year's end, is walked by year.
        for (LocalDate end : new LocalDate[] {TODAY.minusDays(10), LocalDate.of(2021, 12, 31)}) {
            IncidentListQuery query = coordinatorsList(period(LocalDate.of(2020, 3, 1), end));
            assertTrue(query.walksPeriodYears("reportedDate"), end.toString());
            assertFalse(query.periodYearsPageSql("reportedDate", false, false, 25, 0).contains("incident_month"),
                    end + ": by year");
        }
    }

    @Test
    void aPeriodsCasesOfATypeByCaseCodeAreSortedFromTheTypesEntriesWhereThePeriodCutsOneOfItsOneOrTwoYears()
            throws SQLException {
        IncidentFilter schoolYear = period(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30));
        schoolYear.setType(GbvType.RAPE);
        IncidentListQuery query = coordinatorsList(schoolYear);
        assertTrue(query.sortsWhenTheFirstStepFails("caseCode"));
        String condition = "i.gbv_type = 'RAPE' AND i.incident_date BETWEEN '2024-07-01' AND '2025-06-30'";
        long matches = ids("SELECT i.id FROM incident i WHERE " + condition).size();
        assertSortedFrom(query, condition, "caseCode", "ix_incident_type_urgent_date", matches + 100);
        // In other orders, over whole years, over three years or more, and without a type: walked on as before.
        IncidentFilter wholeYears = period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        wholeYears.setType(GbvType.RAPE);
        IncidentFilter threeYears = period(LocalDate.of(2023, 7, 1), LocalDate.of(2025, 6, 30));
        threeYears.setType(GbvType.RAPE);
        IncidentFilter untyped = period(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30));
        untyped.setStatus(IncidentStatus.CLOSED);
        IncidentFilter undated = new IncidentFilter();
        undated.setStatus(IncidentStatus.CLOSED);
        undated.setType(GbvType.RAPE);
        undated.setUrgent(true);
        assertFalse(query.sortsWhenTheFirstStepFails("type") || query.sortsWhenTheFirstStepFails("reportedDate"));
        for (IncidentFilter other : new IncidentFilter[] {wholeYears, threeYears, untyped, undated}) {
            assertFalse(coordinatorsList(other).sortsWhenTheFirstStepFails("caseCode"), other.toString());
        }
    }

    @Test
    void theOpenUrgentCasesOfAPeriodAreCountedFromEachOpenStatussRangeFromThePeriodsFirstReportDay()
            throws SQLException {
        IncidentFilter since = period(LocalDate.of(2025, 12, 1), null);
        since.setOpenOnly(true);
        since.setUrgent(true);
        IncidentListQuery query = coordinatorsList(since);
        String condition = "i.urgent = 1 AND i.status <> 'CLOSED' AND i.incident_date >= '2025-12-01'";
        long matches = ids("SELECT i.id FROM incident i WHERE " + condition).size();
        assertTrue(matches > 100 && matches < 5000, matches + " matches");
        String counted = query.countSql();
        assertTrue(counted.contains("FORCE INDEX (ix_incident_urgent)")
                && counted.contains("AND i.reported_date >= DATE '2025-12-01'"), counted);
        assertEquals(matches, ((Number) rows(counted, query.matchParametersWith(5001)).get(0).get(0)).longValue());
        // The period's open urgent cases' entries (and those reported in it of a few days before), not every open case of
        // the period read for its urgency (here 6,500 open cases since 1/12/2025, a fifth of them urgent).
        long reads = indexReads(counted, query.matchParametersWith(5001));
        assertTrue(reads < matches * 3 / 2 + 100, reads + " index reads for " + matches + " matches");
        for (String sort : SORTS) {
            eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
                List<List<Object>> picked = rows(query.countedPageSql(order, ascending),
                        query.matchParametersWith(5001, 25, offset));
                assertEquals(plain, ids(picked), page);
                assertEquals(matches, ((Number) picked.get(0).get(picked.get(0).size() - 1)).longValue(), page);
            });
        }
    }

    @Test
    void theOpenUrgentCasesAreReadOneOpenStatusAfterTheOther() throws SQLException {
        IncidentListQuery query = coordinatorsList(openCases(true));
        String openUrgent = "i.urgent = 1 AND i.status <> 'CLOSED'";
        long matches = ids("SELECT i.id FROM incident i WHERE " + openUrgent).size();
        assertEquals(List.of(matches), List.of(((Number) rows(query.countSql(), query.matchParametersWith(5001)).get(0)
                .get(0)).longValue()), "counted");
        for (String sort : SORTS) {
            assertTrue(query.walksOpenStatuses(sort), String.valueOf(sort));
            for (boolean ascending : new boolean[] {false, true}) {
                String page = sort + (ascending ? " ascending" : " descending");
                List<List<Object>> picked = rows(query.countedPageSql(sort, ascending),
                        query.matchParametersWith(5001, 25, 100));
                assertEquals(plainPage(openUrgent, sort, ascending, 100), ids(picked), page);
                assertEquals(matches, ((Number) picked.get(0).get(picked.get(0).size() - 1)).longValue(), page);
                List<List<Object>> merged = rows(query.openStatusesPageSql(sort, ascending, true, 25, 100),
                        query.openStatusesParameters(5001L, 25, 100));
                assertEquals(plainPage(openUrgent, sort, ascending, 100), ids(merged), page + ": merged");
                assertEquals(matches, ((Number) merged.get(0).get(merged.get(0).size() - 1)).longValue(), page);
            }
        }
        // By status, oldest first: each open status's own range, not the closed urgent cases (whose status sorts first).
        long walked = reads(query.openStatusesPageSql("status", true, false, 25, 0),
                query.openStatusesParameters(null, 25, 0));
        assertTrue(walked < 400, walked + " reads for the first page by status");
        // The open urgent cases' entries, not the 9,800 closed urgent cases before them in (district, urgent, status).
        // (These 60,000 cases do not lead MariaDB's statistics to that read, as the benchmark's 1,000,000 did.)
        long reads = indexReads(query.countedPageSql("caseCode", true), query.matchParametersWith(5001, 25, 0));
        assertTrue(reads < matches + 100, reads + " index reads for " + matches + " open urgent cases");
        assertTrue(indexReads(query.countSql(), query.matchParametersWith(5001)) < matches + 100, "the count");
        // Named, so that MariaDB weighs no other index of the district first.
        assertTrue(query.countSql().contains("STRAIGHT_JOIN incident i FORCE INDEX (ix_incident_urgent)"),
                query.countSql());
    }

    @Test
    void theOverdueCasesAndThePeriodsOfAStatusCodeYearOrSchoolAreReadFromTheIndexesThatHoldThemNamed() throws SQLException {
        IncidentFilter overdue = new IncidentFilter();
        overdue.setOverdueOnly(true);
        IncidentFilter openOfPeriod = period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        openOfPeriod.setOpenOnly(true);
        // A code's year with a period, alone and with the open cases or a status.
        IncidentFilter codeYear = period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        codeYear.setCaseCode("2024");
        IncidentFilter openOfCodeYear = period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        openOfCodeYear.setCaseCode("2025");
        openOfCodeYear.setOpenOnly(true);
        IncidentFilter reportedOfCodeYear = period(LocalDate.of(2025, 10, 1), null);
        reportedOfCodeYear.setCaseCode("2025");
        reportedOfCodeYear.setStatus(IncidentStatus.REPORTED);
        // A school's cases of a period to today, alone and with the open cases or a status.
        IncidentFilter schoolSince = period(LocalDate.of(2026, 6, 1), null);
        schoolSince.setSchoolId(school);
        IncidentFilter openOfSchool = period(LocalDate.of(2026, 6, 1), null);
        openOfSchool.setOpenOnly(true);
        IncidentFilter reportedOfSchool = period(LocalDate.of(2026, 6, 1), null);
        reportedOfSchool.setSchoolId(school);
        reportedOfSchool.setStatus(IncidentStatus.REPORTED);
        // Without a period: a code's year's open cases, a school's open cases, the closed urgent cases of a type.
        IncidentFilter openOfYear = new IncidentFilter();
        openOfYear.setCaseCode("2025");
        openOfYear.setOpenOnly(true);
        IncidentFilter openOfASchool = new IncidentFilter();
        openOfASchool.setSchoolId(school);
        openOfASchool.setOpenOnly(true);
        IncidentFilter closedUrgentOfType = new IncidentFilter();
        closedUrgentOfType.setStatus(IncidentStatus.CLOSED);
        closedUrgentOfType.setType(GbvType.FORCED_MARRIAGE);
        closedUrgentOfType.setUrgent(true);
        Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, school, district, null, null);
        String isOverdue = "i.next_step_due < '" + TODAY + "'";
        String open = "i.status <> 'CLOSED'";
        String sinceJune = "i.incident_date >= '2026-06-01'";
        Object[][] lists = {
            {coordinatorsList(overdue), isOverdue, "ix_incident_district_next_step"},
            {focalPointsList(focalPoint, overdue), isOverdue, "ix_incident_school_next_step"},
            {coordinatorsList(openOfPeriod), open + " AND i.incident_date BETWEEN '2025-01-01' AND '2025-12-31'",
                "ix_incident_district_status_date"},
            {coordinatorsList(codeYear), "i.case_serial LIKE '2024%' AND i.incident_date BETWEEN '2024-01-01' AND "
                + "'2024-03-31'", "ix_incident_case_year_date"},
            {coordinatorsList(openOfCodeYear), "i.case_serial LIKE '2025%' AND " + open + " AND i.incident_date "
                + "BETWEEN '2025-10-01' AND '2025-12-31'", "ix_incident_case_year_status"},
            {coordinatorsList(reportedOfCodeYear), "i.case_serial LIKE '2025%' AND i.status = 'REPORTED' AND "
                + "i.incident_date >= '2025-10-01'", "ix_incident_case_year_status"},
            {coordinatorsList(schoolSince), "i.school_id = " + school + " AND " + sinceJune, "ix_incident_school_status"},
            {focalPointsList(focalPoint, openOfSchool), open + " AND " + sinceJune, "ix_incident_school_status"},
            {coordinatorsList(openOfYear), "i.case_serial LIKE '2025%' AND " + open, "ix_incident_case_year_status"},
            {coordinatorsList(closedUrgentOfType), "i.status = 'CLOSED' AND i.gbv_type = 'FORCED_MARRIAGE' AND "
                + "i.urgent = 1", "ix_incident_type_urgent_date"},
            {coordinatorsList(reportedOfSchool), "i.school_id = " + school + " AND i.status = 'REPORTED' AND "
                + sinceJune, "ix_incident_school_status"}};
        for (Object[] list : lists) {
            IncidentListQuery query = (IncidentListQuery) list[0];
            String condition = (String) list[1];
            String named = "FORCE INDEX (" + list[2] + ")";
            long matches = ids("SELECT i.id FROM incident i WHERE " + condition).size();
            assertTrue(matches >= 85 && matches < IncidentListQuery.COUNT_LIMIT, condition + ": " + matches);
            assertTrue(query.countSql().contains(named), query.countSql());
            assertEquals(matches, ((Number) rows(query.countSql(), query.matchParametersWith(5001)).get(0).get(0))
                    .longValue(), condition + ": the count");
            for (String sort : SORTS) {
                for (boolean ascending : new boolean[] {false, true}) {
                    String page = condition + " by " + sort + (ascending ? " ascending" : " descending");
                    String sql = query.countedPageSql(sort, ascending);
                    assertTrue(sql.contains(named), page + ": " + sql);
                    List<List<Object>> picked = rows(sql, query.matchParametersWith(5001, 25, 60));
                    assertEquals(plainPage(condition, sort, ascending, 60), ids(picked), page);
                    assertEquals(matches, ((Number) picked.get(0).get(picked.get(0).size() - 1)).longValue(), page);
                }
            }
            // The matches' index entries, not the district's or the whole year's: little read but them and the page's
            // rows by key (a status's range from the period's first day holds the reports of a few days before its
            // incidents as well).
            long reads = indexReads(query.countedPageSql("caseCode", true), query.matchParametersWith(5001, 25, 0));
            assertTrue(reads < matches * 3 / 2 + 100, condition + ": " + reads + " index reads for " + matches
                    + " matches");
        }
        // A school's 11,000 open cases, counted to the limit from their three ranges of the school's status index.
        IncidentListQuery openOfTheSchool = coordinatorsList(openOfASchool);
        assertTrue(openOfTheSchool.countSql().contains("FORCE INDEX (ix_incident_school_status)"),
                openOfTheSchool.countSql());
        assertEquals(5001L, ((Number) rows(openOfTheSchool.countSql(), openOfTheSchool.matchParametersWith(5001))
                .get(0).get(0)).longValue());
        assertTrue(indexReads(openOfTheSchool.countSql(), openOfTheSchool.matchParametersWith(5001)) < 5101,
                "the school's open cases, counted");
        // The closed cases of a code's year up to a day before that year: the period's part of the year, which is
        // empty, not the year's 6,000 closed cases.
        IncidentFilter closedBefore = period(null, LocalDate.of(2021, 12, 31));
        closedBefore.setCaseCode("2024");
        closedBefore.setStatus(IncidentStatus.CLOSED);
        IncidentListQuery none = coordinatorsList(closedBefore);
        assertTrue(none.countSql().contains("FORCE INDEX (ix_incident_case_year_date)"), none.countSql());
        assertEquals(0L, ((Number) rows(none.countSql(), none.matchParametersWith(5001)).get(0).get(0)).longValue());
        long reads = indexReads(none.countedPageSql("caseCode", true), none.matchParametersWith(5001, 25, 0));
        assertTrue(reads < 10, reads + " index reads for no match");
    }

    @Test
    void aSortByTheStatusOrUrgencyAFilterFixesIsReadInReportDateOrder() throws SQLException {
        IncidentFilter notUrgent = new IncidentFilter();
        notUrgent.setUrgent(false);
        IncidentFilter closed = new IncidentFilter();
        closed.setStatus(IncidentStatus.CLOSED);
        IncidentFilter closedAssaults = period(LocalDate.of(2024, 7, 1), null);
        closedAssaults.setStatus(IncidentStatus.CLOSED);
        closedAssaults.setType(GbvType.PHYSICAL_ASSAULT);
        closedAssaults.setUrgent(false);
        Object[][] lists = {{notUrgent, "i.urgent = 0", List.of("urgent")},
            {closed, "i.status = 'CLOSED'", List.of("status")},
            {closedAssaults, "i.status = 'CLOSED' AND i.gbv_type = 'PHYSICAL_ASSAULT' AND i.urgent = 0 "
                + "AND i.incident_date >= '2024-07-01'", List.of("status", "urgent")}};
        for (Object[] list : lists) {
            IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
            String condition = (String) list[1];
            for (String sort : SORTS) {
                boolean fixed = sort != null && ((List<?>) list[2]).contains(sort);
                assertEquals(fixed ? "reportedDate" : sort, query.orderOf(sort), condition + " by " + sort);
                if (fixed) {
                    eachPage(condition, sort, (order, ascending, offset, plain, page) -> assertEquals(plain,
                            plainPage(condition, "reportedDate", ascending, offset), page));
                }
            }
        }
        // The cases that are not urgent, by urgency: one range of (district, urgent, report date), walked and counted.
        IncidentListQuery query = coordinatorsList(notUrgent);
        assertFalse(query.walksInOrder("urgent"), "by urgency as asked");
        assertTrue(query.walksInOrder(query.orderOf("urgent")), "by urgency read by report date");
        // Where the filter leaves the sort's column free, the sort is the one asked for.
        IncidentFilter open = new IncidentFilter();
        open.setOpenOnly(true);
        open.setUrgent(true);
        assertEquals(List.of("status", "urgent"), List.of(coordinatorsList(open).orderOf("status"),
                coordinatorsList(closed).orderOf("urgent")));
    }

    @Test
    void aSchoolsPageByReportDateIsItsOwnRangeOfTheIndexThatHoldsItsMatches() throws SQLException {
        // By school name the list is read school by school; each school's page is that school's range of the index
        // that holds its matches, never the district's report-date index read for the school's cases.
        IncidentFilter rapes = period(LocalDate.of(2018, 1, 1), null);
        rapes.setType(GbvType.RAPE);
        IncidentFilter closedRapes = period(LocalDate.of(2018, 1, 1), null);
        closedRapes.setType(GbvType.RAPE);
        closedRapes.setStatus(IncidentStatus.CLOSED);
        IncidentFilter openRapes = new IncidentFilter();
        openRapes.setOpenOnly(true);
        openRapes.setType(GbvType.RAPE);
        IncidentFilter overdue = new IncidentFilter();
        overdue.setOverdueOnly(true);
        IncidentFilter rapesOfTwoYears = period(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
        rapesOfTwoYears.setType(GbvType.RAPE);
        String statusIndex = "ix_incident_school_status";
        // Each list, its index, and whether its page reads a few hundred entries at most. The open cases of a type, and a
        // period that ends before today, read each status's range (from the period's first day), the other filters
        // checked in its entries: the school's open cases (here all 11,000 of the district's), but no row but the page's.
        Object[][] lists = {
            {rapes, "i.gbv_type = 'RAPE' AND i.incident_date >= '2018-01-01'", "ix_incident_school_reported", true},
            {closedRapes, "i.gbv_type = 'RAPE' AND i.status = 'CLOSED' AND i.incident_date >= '2018-01-01'",
                statusIndex, true},
            {openRapes, "i.gbv_type = 'RAPE' AND i.status <> 'CLOSED'", statusIndex, false},
            {overdue, "i.next_step_due < '" + TODAY + "'", "ix_incident_school_next_step", true},
            {rapesOfTwoYears, "i.gbv_type = 'RAPE' AND i.incident_date BETWEEN '2019-01-01' AND '2020-12-31'",
                statusIndex, false}};
        for (Object[] list : lists) {
            IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
            String condition = list[1] + " AND i.school_id = " + school;
            eachPage(condition, "reportedDate", (sort, ascending, offset, plain, page) -> {
                String sql = query.pageSqlOfSchool(ascending);
                assertTrue(sql.contains("FORCE INDEX (" + list[2] + ")"), sql);
                assertEquals(plain, ids(rows(sql, query.parametersWith(school, 25, offset))), page);
                if ((Boolean) list[3]) {
                    long reads = reads(sql, query.parametersWith(school, 25, offset));
                    assertTrue(reads < 1000, page + ": " + reads + " reads");
                } else {
                    assertTrue(explained(sql, query.parametersWith(school, 25, offset))
                            .contains(statusIndex + ": Using where; Using index"), page);
                }
            });
        }
        // A school's cases of a status and a period by incident date, more than a few thousand: the school's range of
        // (school, incident date), each row read for the other filters - not the district's incident-date index.
        IncidentFilter closedOfSchool = period(LocalDate.of(2017, 1, 1), null);
        closedOfSchool.setStatus(IncidentStatus.CLOSED);
        closedOfSchool.setSchoolId(school);
        IncidentListQuery query = coordinatorsList(closedOfSchool);
        assertFalse(query.walksShortly("incidentDate") || query.walksMerged("incidentDate"));
        eachPage("i.status = 'CLOSED' AND i.incident_date >= '2017-01-01' AND i.school_id = " + school, "incidentDate",
                (sort, ascending, offset, plain, page) -> {
                    String sql = query.pageSql(sort, ascending, false);
                    assertTrue(sql.contains("FORCE INDEX (ix_incident_school_date)"), page + ": " + sql);
                    assertEquals(plain, ids(rows(sql, query.parametersWith(25, offset))), page);
                    // Oldest first, its first closed cases; newest first, past the school's open cases too, which are
                    // the newest (here the 11,000 after the 50,000th case: a school's open cases are a few dozen).
                    long reads = reads(sql, query.parametersWith(25, offset));
                    assertTrue(reads < (ascending ? 1000 : open + 1000), page + ": " + reads + " reads");
                });
    }

    @Test
    void theOpenCasesOfAnUrgencyAndACodesYearByIncidentDateAreReadFromTheIndexesThatHoldThem() throws SQLException {
        // The open cases that are not urgent, by case code, type or incident date: each open status's range of its index
        // in that order, named (unnamed, MariaDB sorted each status's cases that are not urgent).
        IncidentListQuery query = coordinatorsList(openCases(false));
        String condition = "i.status <> 'CLOSED' AND i.urgent = 0";
        for (String sort : new String[] {"caseCode", "type", "incidentDate"}) {
            assertTrue(query.walksOpenStatuses(sort), sort);
            eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
                String sql = query.openStatusesPageSql(order, ascending, false, 25, offset);
                assertTrue(sql.contains("FORCE INDEX (ix_incident_district_status_"), page + ": " + sql);
                assertEquals(plain, ids(rows(sql, query.openStatusesParameters(null, 25, offset))), page);
            });
        }
        // The open urgent cases of a period by incident date: each open status's range of its dates, the urgency checked
        // in its entries.
        IncidentFilter urgentSince = period(LocalDate.of(2018, 1, 1), null);
        urgentSince.setOpenOnly(true);
        urgentSince.setUrgent(true);
        IncidentListQuery urgentQuery = coordinatorsList(urgentSince);
        assertTrue(urgentQuery.walksOpenStatuses("incidentDate"));
        eachPage("i.status <> 'CLOSED' AND i.urgent = 1 AND i.incident_date >= '2018-01-01'", "incidentDate",
                (order, ascending, offset, plain, page) -> {
                    String sql = urgentQuery.openStatusesPageSql(order, ascending, false, 25, offset);
                    assertTrue(sql.contains("FORCE INDEX (ix_incident_district_status_date)"), page + ": " + sql);
                    List<Object> parameters = urgentQuery.openStatusesParameters(null, 25, offset);
                    assertEquals(plain, ids(rows(sql, parameters)), page);
                    assertTrue(indexReads(sql, parameters) < 2000, page);
                });
        // The open cases not urgent since 2017, by report date or by status: each open status's range of V71's (district,
        // urgency, status, report date) from the period's first day, its dates checked in the entries. Unnamed, MariaDB
        // read that index by the district and urgency alone, every closed case that is not urgent before the open ones.
        IncidentFilter notUrgentSince = period(LocalDate.of(2017, 1, 1), null);
        notUrgentSince.setOpenOnly(true);
        notUrgentSince.setUrgent(false);
        IncidentListQuery notUrgentQuery = coordinatorsList(notUrgentSince);
        for (String sort : new String[] {"reportedDate", "status"}) {
            assertTrue(notUrgentQuery.walksOpenStatuses(sort), sort);
            eachPage("i.status <> 'CLOSED' AND i.urgent = 0 AND i.incident_date >= '2017-01-01'", sort,
                    (order, ascending, offset, plain, page) -> {
                        String sql = notUrgentQuery.openStatusesPageSql(order, ascending, false, 25, offset);
                        assertEquals(3, sql.split("FORCE INDEX \\(ix_incident_urgent\\)", -1).length - 1, page + ": " + sql);
                        assertTrue(sql.contains("AND i.reported_date >= DATE '2017-01-01'"), page + ": " + sql);
                        List<Object> parameters = notUrgentQuery.openStatusesParameters(null, 25, offset);
                        assertEquals(plain, ids(rows(sql, parameters)), page);
                        // each open status's first entries to the page's end: 3 x 125 at most, and the page's rows
                        assertTrue(indexReads(sql, parameters) < 600, page + ": " + indexReads(sql, parameters));
                    });
        }
        // A code's year in a period, by incident date: one range of V74's (district, year, incident date).
        IncidentFilter year = period(LocalDate.of(2017, 1, 1), null);
        year.setCaseCode("2024");
        IncidentListQuery yearQuery = coordinatorsList(year);
        assertWalkedThrough(yearQuery, "i.case_code LIKE 'D-2024-%' AND i.incident_date >= '2017-01-01'",
                "incidentDate", "ix_incident_case_year_date", 1000);
    }

    @Test
    void aSchoolsCasesOfAPeriodAreCountedAndSortedFromTheSchoolsIndexEntriesAndWalkedByTheirDates() throws SQLException {
        IncidentFilter upTo2020 = period(null, LocalDate.of(2020, 12, 31));
        upTo2020.setSchoolId(school);
        IncidentListQuery query = coordinatorsList(upTo2020);
        String condition = "i.school_id = " + school + " AND i.incident_date <= '2020-12-31'";
        for (String sort : new String[] {"reportedDate", "caseCode", "type", "urgent"}) {
            assertTrue(query.sortsMatchEntries(sort), sort);
            eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
                String sql = query.sortedMatchesPageSql(order, ascending);
                assertEquals(plain, ids(rows(sql, query.matchParametersWith(25, offset))), page);
                assertTrue(explained(sql, query.matchParametersWith(25, offset))
                        .contains("ix_incident_school_status: Using where; Using index"), page);
            });
        }
        // A period to today: its 18,000 matches counted to the limit, and sorted in the orders no school index has, from
        // each status's range of V75's index from the period's first report day (entries, not rows: through (school,
        // incident date) each match's row was read for the district and the sort column); by its dates, the school's
        // own ranges, named, read from their first entries.
        IncidentFilter since2024 = period(LocalDate.of(2024, 1, 1), null);
        since2024.setSchoolId(school);
        IncidentListQuery recent = coordinatorsList(since2024);
        String since = "i.school_id = " + school + " AND i.incident_date >= '2024-01-01'";
        long matches = ids("SELECT i.id FROM incident i WHERE " + since).size();
        assertTrue(matches > 15_000 && matches < CASES / 2, matches + " matches");
        String counted = recent.countSql();
        assertTrue(counted.contains("FORCE INDEX (ix_incident_school_status)") && counted.contains(
                "i.status IN ('REPORTED', 'VERIFYING', 'IN_PROGRESS', 'CLOSED') AND i.reported_date >= DATE '2024-01-01'"),
                counted);
        assertEquals(5001L, ((Number) rows(counted, recent.matchParametersWith(5001)).get(0).get(0)).longValue());
        assertTrue(explained(counted, recent.matchParametersWith(5001))
                .contains("ix_incident_school_status: Using where; Using index"), counted);
        assertTrue(indexReads(counted, recent.matchParametersWith(5001)) < 5200, "counted to the limit");
        for (String sort : new String[] {"caseCode", "type", "urgent", "status"}) {
            assertTrue(recent.sortsMatchEntries(sort), sort);
            // the period's entries (a report a few days before its incident's period among them), not the school's
            assertSortedFrom(recent, since, sort, "ix_incident_school_status", matches + 200);
        }
        Map<String, String> dateIndexes = Map.of("reportedDate", "ix_incident_school_reported",
                "incidentDate", "ix_incident_school_date");
        for (Map.Entry<String, String> byDate : dateIndexes.entrySet()) {
            assertFalse(recent.sortsMatchEntries(byDate.getKey()), byDate.getKey());
            assertFalse(recent.walksShortly(byDate.getKey()) || recent.walksMerged(byDate.getKey()), byDate.getKey());
            assertWalkedThrough(recent, since, byDate.getKey(), byDate.getValue(), 1000);
        }
    }

    @Test
    void aFocalPointsSchoolIsWalkedAndCountedAsADistrictsListOfThatSchool() throws SQLException {
        Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, school, district, null, null);
        IncidentFilter closed = new IncidentFilter();
        closed.setStatus(IncidentStatus.CLOSED);
        String schoolIndex = "ix_incident_school_status";
        // Each list, written plainly, and the orders it is one range of an index in, with that index.
        Object[][] lists = {
            {new IncidentFilter(), "i.school_id = " + school, Map.of("null", "ix_incident_school_reported",
                "reportedDate", "ix_incident_school_reported", "schoolName", "ix_incident_school_reported",
                "incidentDate", "ix_incident_school_date")},
            {closed, "i.school_id = " + school + " AND i.status = 'CLOSED'", Map.of("null", schoolIndex,
                "reportedDate", schoolIndex, "status", schoolIndex)}};
        for (Object[] list : lists) {
            IncidentListQuery query = new IncidentListQuery(focalPoint, (IncidentFilter) list[0], Set.of(),
                    IncidentListQuery.Words.NONE.on(true), TODAY);
            String condition = (String) list[1];
            long matches = ids("SELECT i.id FROM incident i WHERE " + condition).size();
            // Counted from the school's index entries alone.
            assertTrue(query.countSql().contains("FORCE INDEX (" + schoolIndex + ")"), query.countSql());
            assertEquals(Math.min(matches, 5001), ((Number) rows(query.countSql(), query.matchParametersWith(5001))
                    .get(0).get(0)).longValue(), condition + ": the count");
            for (Map.Entry<?, ?> walked : ((Map<?, ?>) list[2]).entrySet()) {
                String sort = "null".equals(walked.getKey()) ? null : (String) walked.getKey();
                assertTrue(query.walksInOrder(sort), condition + " by " + sort);
                eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
                    String sql = query.walkedCountedPageSql(order, ascending);
                    assertTrue(sql.contains("FORCE INDEX (" + walked.getValue() + ")"), page + ": " + sql);
                    List<List<Object>> rows = rows(sql, query.walkedCountedPageParameters(5001, 25, offset));
                    assertEquals(plain, ids(rows), page);
                    assertEquals(Math.min(matches, 5001), ((Number) rows.get(0).get(rows.get(0).size() - 1))
                            .longValue(), page + ": counted");
                });
            }
        }
    }

    @Test
    void theOpenCasesOfATypeAreMergedFromEachOpenStatussRangeOfTheTypeOrSortedFromItsEntries() throws SQLException {
        IncidentFilter rapes = new IncidentFilter();
        rapes.setOpenOnly(true);
        rapes.setType(GbvType.RAPE);
        IncidentFilter rapesSince = period(LocalDate.of(2018, 1, 1), null);
        rapesSince.setOpenOnly(true);
        rapesSince.setType(GbvType.RAPE);
        Object[][] lists = {{rapes, "i.status <> 'CLOSED' AND i.gbv_type = 'RAPE'"},
            {rapesSince, "i.status <> 'CLOSED' AND i.gbv_type = 'RAPE' AND i.incident_date >= '2018-01-01'"}};
        String statusType = "ix_incident_status_type_reported";
        // The orders each open status's range of V79's index gives with the type.
        Map<String, String> merged = Map.of("reportedDate", statusType, "status", statusType);
        for (Object[] list : lists) {
            IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
            String condition = (String) list[1];
            assertCountedThrough(query, statusType, condition);
            long matches = ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition)
                    .size();
            for (String sort : SORTS) {
                String index = merged.get(sort == null ? "reportedDate" : sort);
                assertEquals(index != null, query.walksOpenStatuses(sort), condition + " merged by " + sort);
                assertEquals(index == null, query.sortsMatchEntries(sort), condition + " sorted by " + sort);
                eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
                    if (index == null) {
                        // Every match sorted from V79's entries: no row read but the page's.
                        String sql = query.sortedMatchesPageSql(order, ascending);
                        assertEquals(plain, ids(rows(sql, query.matchParametersWith(25, offset))), page);
                        assertTrue(explained(sql, query.matchParametersWith(25, offset))
                                .contains(statusType + ": Using where; Using index"), page);
                        return;
                    }
                    String sql = query.openStatusesPageSql(order, ascending, true, 25, offset);
                    assertTrue(sql.contains("FORCE INDEX (" + index + ")"), page + ": " + sql);
                    List<List<Object>> rows = rows(sql, query.openStatusesParameters(5001L + offset, 25, offset));
                    assertEquals(plain, ids(rows), page);
                    assertEquals(Math.min(matches, 5001L + offset),
                            ((Number) rows.get(0).get(rows.get(0).size() - 1)).longValue(), page + ": counted");
                    // Each open status's first matches of the type, not the district's 11,000 open cases.
                    long reads = indexReads(query.openStatusesPageSql(order, ascending, false, 25, offset),
                            query.openStatusesParameters(null, 25, offset));
                    assertTrue(reads < 300, page + ": " + reads + " index reads");
                });
            }
        }
    }

    @Test
    void fewMatchesByTheSchoolsNameAreSortedByItAtOnceOrReadFromEachSchoolsOwnEntries()
            throws SQLException {
        // A second school, named before the first, holds every seventh case.
        long other = insert("INSERT INTO school (district_id, code, name, level, ownership) VALUES (" + district
                + ", 'S0', 'A', 'PRIMARY', 'PUBLIC')");
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE incident SET school_id = " + other + " WHERE id % 7 = 0");
        }
        try {
            IncidentFilter urgentRapes = period(LocalDate.of(2024, 1, 1), null);
            urgentRapes.setType(GbvType.RAPE);
            urgentRapes.setUrgent(true);
            IncidentFilter marriages = period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
            marriages.setType(GbvType.FORCED_MARRIAGE);
            Object[][] lists = {{urgentRapes, "i.gbv_type = 'RAPE' AND i.urgent = 1 AND i.incident_date >= '2024-01-01'"},
                {marriages, "i.gbv_type = 'FORCED_MARRIAGE' AND i.incident_date BETWEEN '2019-01-01' AND '2019-12-31'"}};
            for (Object[] list : lists) {
                IncidentListQuery query = coordinatorsList((IncidentFilter) list[0]);
                String condition = (String) list[1];
                assertTrue(ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition)
                        .size() <= IncidentListQuery.COUNT_LIMIT, condition);
                for (boolean ascending : new boolean[] {true, false}) {
                    String direction = ascending ? " ASC" : " DESC";
                    for (int offset : new int[] {0, 60}) {
                        String page = condition + " by school name" + direction + " from " + offset;
                        List<Long> plain = ids("SELECT i.id FROM incident i JOIN school s ON s.id = i.school_id "
                                + "WHERE i.district_id = " + district + " AND " + condition + " ORDER BY s.name"
                                + direction + ", s.id" + direction + ", i.reported_date" + direction + ", i.id"
                                + direction + " LIMIT 25 OFFSET " + offset);
                        assertEquals(25, plain.size(), page);
                        String sql = query.schoolNamePickedPageSql(ascending);
                        assertEquals(plain, ids(rows(sql, query.matchParametersWith(25, offset))), page);
                        // A period's cases of a type are picked from V81's entries, which hold the school: no row read
                        // for it, but the page's rows.
                        assertTrue(query.matchesHoldTheirSchool() && sql.contains("FORCE INDEX (ix_incident_type_urgent"
                                + "_date)") && !sql.contains("incident r"), page + ": " + sql);
                    }
                }
            }
            // More than a thousand of them are read school by school where each school's are read from index entries
            // that hold every filter: a status's or the open cases, a period's that ends before today (with filters V75's
            // entries hold), the overdue cases; not a type's of a period to today, read from (school, report date).
            assertFalse(coordinatorsList(urgentRapes).schoolPagesReadTheirMatches());
            assertTrue(coordinatorsList(marriages).schoolPagesReadTheirMatches());
            IncidentFilter openRapes = new IncidentFilter();
            openRapes.setOpenOnly(true);
            openRapes.setType(GbvType.RAPE);
            IncidentFilter reported = period(LocalDate.of(2025, 1, 1), null);
            reported.setStatus(IncidentStatus.REPORTED);
            IncidentFilter overdue = new IncidentFilter();
            overdue.setOverdueOnly(true);
            IncidentFilter openOverdue = new IncidentFilter();
            openOverdue.setOverdueOnly(true);
            openOverdue.setOpenOnly(true);
            for (IncidentFilter filter : List.of(openRapes, reported, overdue, openOverdue)) {
                assertTrue(coordinatorsList(filter).schoolPagesReadTheirMatches());
            }
        } finally {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE incident SET school_id = " + school + " WHERE school_id = " + other);
                s.executeUpdate("DELETE FROM school WHERE id = " + other);
            }
        }
    }

    @Test
    void theHomePagesNeedsAndBellReadEachOpenStatusOfTheirCasesFromItsOwnRange() throws SQLException {
        java.sql.Date today = java.sql.Date.valueOf(TODAY);
        long partsRead = NeedsWrittenPlainly.assertAsWrittenPlainly(db, "i.district_id", district, TODAY, true);
        assertTrue(partsRead > 3000, "the needs' parts hold thousands of cases: " + partsRead);
        // A focal point's home page: the same parts through the school's indexes (here every case is of one school).
        assertEquals(partsRead, NeedsWrittenPlainly.assertAsWrittenPlainly(db, "i.school_id", school, TODAY, true));
        CaseDashboard.Statement needs = CaseDashboard.needsStatement("i.district_id", district, today, true);
        CaseDashboard.Statement bell = CaseDashboard.bellStatement("i.district_id", district, today, true);
        // Each part read from its index to its stop and no further (the tables of the union and the counts are read
        // besides). At 1,000,000 cases, the open urgent ones written as one "status IN (...)" were read behind the
        // district's 115,000 closed urgent ones, by the first two columns of (district, urgent, status): a plan of
        // MariaDB's statistics, which these 60,000 cases do not bring about; an equality per status leaves no such plan.
        // The bell: the new cases alone reach its stop (3,600 here), so it reads no other part.
        long bellReads = indexReads(bell.sql(), bell.parameters());
        assertTrue(bellReads < CaseDashboard.COUNT_LIMIT + 100, "the bell: " + bellReads + " index reads");
        long needsReads = indexReads(needs.sql(), needs.parameters());
        assertTrue(needsReads < partsRead + 200, "the needs: " + needsReads + " index reads for " + partsRead);
    }

    /**
     * Each page of {@link #eachPage} of the list's walk in {@code sort} ({@link IncidentListQuery#pageSql}) names
     * {@code index}, gives the plain SQL's page of {@code condition}, and reads fewer than {@code maxReads} entries and
     * rows.
     */
    private void assertWalkedThrough(IncidentListQuery query, String condition, String sort, String index, long maxReads)
            throws SQLException {
        eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
            String sql = query.pageSql(order, ascending, false);
            assertTrue(sql.contains("FORCE INDEX (" + index + ")"), page + ": " + sql);
            assertEquals(plain, ids(rows(sql, query.parametersWith(25, offset))), page);
            long reads = reads(sql, query.parametersWith(25, offset));
            assertTrue(reads < maxReads, page + ": " + reads + " reads");
        });
    }

    /**
     * Each page of {@link #eachPage} of every match sorted ({@link IncidentListQuery#sortedMatchesPageSql}) gives the
     * plain SQL's page of {@code condition}, from {@code index}'s entries alone, reading fewer than {@code maxIndexReads}.
     */
    private void assertSortedFrom(IncidentListQuery query, String condition, String sort, String index,
                                  long maxIndexReads) throws SQLException {
        eachPage(condition, sort, (order, ascending, offset, plain, page) -> {
            String sql = query.sortedMatchesPageSql(order, ascending);
            List<Object> parameters = query.matchParametersWith(25, offset);
            assertEquals(plain, ids(rows(sql, parameters)), page);
            assertTrue(explained(sql, parameters).contains(index + ": Using where; Using index"), page);
            long reads = indexReads(sql, parameters);
            assertTrue(reads < maxIndexReads, page + ": " + reads + " index reads");
        });
    }

    /** A check of one page of a list, given its order, direction, offset, the plain SQL's page and a label. */
    private interface PageCheck {
        void check(String sort, boolean ascending, int offset, List<Long> plain, String page) throws SQLException;
    }

    /**
     * Runs {@code check} on the first page and a later one of the list, both ways, in each order that it walks shortly
     * ({@link IncidentListQuery#walksShortly}), with the plain SQL's page of {@code condition} (which must be full).
     */
    private void everyWalkedPage(IncidentListQuery query, String condition, PageCheck check) throws SQLException {
        for (String sort : new String[] {"caseCode", "type", "urgent", "status", "reportedDate"}) {
            if (query.walksShortly(sort)) {
                eachPage(condition, sort, check);
            }
        }
    }

    /** Runs {@code check} on the first page and a later one of the list in that order, both ways (each must be full). */
    private void eachPage(String condition, String sort, PageCheck check) throws SQLException {
        for (boolean ascending : new boolean[] {false, true}) {
            for (int offset : new int[] {0, 60}) {
                String page = condition + " by " + sort + (ascending ? " ascending" : " descending") + " from " + offset;
                List<Long> plain = plainPage(condition, sort, ascending, offset);
                assertEquals(25, plain.size(), page);
                check.check(sort, ascending, offset, plain, page);
            }
        }
    }

    private List<Long> plainPage(String condition, String sort, boolean ascending, int offset) throws SQLException {
        String direction = sort != null && ascending ? " ASC" : " DESC";
        StringBuilder order = new StringBuilder();
        for (String column : ORDER.getOrDefault(sort == null ? "" : sort, "i.reported_date").split(", ")) {
            order.append(column).append(direction).append(", ");
        }
        return ids("SELECT i.id FROM incident i WHERE i.district_id = " + district + " AND " + condition
                + " ORDER BY " + order + "i.id" + direction + " LIMIT 25 OFFSET " + offset);
    }

    private IncidentListQuery focalPointsList(Caller focalPoint, IncidentFilter filter) {
        return new IncidentListQuery(focalPoint, filter, Set.of(), IncidentListQuery.Words.NONE.on(true), TODAY);
    }

    private IncidentListQuery coordinatorsList(IncidentFilter filter) {
        Caller coordinator = new Caller(1, "c", Role.DISTRICT_COORDINATOR, null, district, null, null);
        return new IncidentListQuery(coordinator, filter, Set.of(), IncidentListQuery.Words.NONE.on(true), TODAY);
    }

    /**
     * How many index entries and rows MariaDB read for the statement: its session's Handler_read counters, less
     * what reading them costs (measured as the difference of two readings in a row).
     */
    private long reads(String sql, List<Object> parameters) throws SQLException {
        return reads(sql, parameters, "LIKE 'Handler_read%'");
    }

    /** As {@link #reads}, of index entries alone (not the rows of the statement's own temporary tables). */
    private long indexReads(String sql, List<Object> parameters) throws SQLException {
        return reads(sql, parameters, "WHERE Variable_name IN ('Handler_read_key', 'Handler_read_next', "
                + "'Handler_read_prev', 'Handler_read_first', 'Handler_read_last')");
    }

    /** The reads of the statement counted by the session's status variables that {@code counters} selects. */
    private long reads(String sql, List<Object> parameters, String counters) throws SQLException {
        long first = handlerReads(counters);
        long ownCost = handlerReads(counters) - first;
        long before = handlerReads(counters);
        rows(sql, parameters);
        return handlerReads(counters) - before - ownCost;
    }

    private long handlerReads(String counters) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SHOW SESSION STATUS " + counters)) {
            long reads = 0;
            while (r.next()) {
                reads += r.getLong(2);
            }
            return reads;
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        return ids(rows(sql, List.of()));
    }

    private static List<Long> ids(List<List<Object>> rows) {
        return SqlRows.ids(rows);
    }

    private List<List<Object>> rows(String sql, List<Object> parameters) throws SQLException {
        return SqlRows.rows(db, sql, parameters);
    }

    private long insert(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
