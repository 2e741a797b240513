package vn.tincay.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.tincay.platform.migration.V21__Encrypt_case_free_text;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.DataKeys;
import vn.tincay.security.crypto.FieldCipher;
import vn.tincay.security.crypto.NameIndex;

/**
 * The statements of a name search driven by a common word run on the embedded database (H2 in MySQL
 * mode, as the demo runs it) and answer as on MariaDB: the word's sampled date, the page in date
 * order with the other words probed, and the bounded count; and a date range's count and pages, and the
 * pages of many matches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommonWordSearchH2Test {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String[] ALL_SORTS = {null, "reportedDate", "incidentDate", "caseCode", "status", "type",
        "urgent"};

    private Connection db;
    private long district;
    private final List<Long> both = new ArrayList<>();

    @BeforeAll
    void createDatabase() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:words" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH");
        db = dataSource.getConnection();
        FieldCipher cipher = new FieldCipher(DataKeys.parse(DataKeys.generateSetting(new SecureRandom()), null));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V21__Encrypt_case_free_text(cipher)).load().migrate();
        long province = insert("INSERT INTO province (code, name, office_name) VALUES ('P', 'P', 'P')");
        district = insert("INSERT INTO district (province_id, code, name, office_name) VALUES (?, 'D', 'D', 'D')", province);
        long school = insert("INSERT INTO school (district_id, code, name, level, ownership) "
                + "VALUES (?, 'S', 'S', 'PRIMARY', 'PUBLIC')", district);
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0));
        long reporter = insert("INSERT INTO user_account (username, display_name, role, password_hash, "
                + "created_at, updated_at) VALUES ('r', 'R', 'SCHOOL_STAFF', 'x', ?, ?)", now, now);
        // 30 cases over 15 days (two a day): all named "a"; every other one also "b"; of the others, every
        // other one also "bz", a word whose signature bit is that of "b" (V66): a name that only looks right.
        for (int k = 0; k < 30; k++) {
            Date reported = Date.valueOf(TODAY.minusDays(k / 2));
            // Codes of two years, their numbers past four digits: "D-2026-0001", "D-2027-0398", …, "D-2027-11514"
            // (a case is numbered in the year it is filed, which may follow the year it was received in).
            String code = CaseCodes.format("D", k % 2 == 0 ? 2026 : 2027, 1 + k * 397);
            long id = insert("INSERT INTO incident (case_code, case_code_key, case_serial, submission_token, district_id, "
                    + "school_id, reported_by_id, "
                    + "status, gbv_type, incident_date, reported_date, place_type, survivor_age_group, survivor_sex, "
                    + "survivor_kind, created_at, updated_at, answer_penetration, answer_sexual_contact, answer_physical, "
                    + "answer_forced_marriage, answer_denial, answer_psychological) VALUES (?, ?, ?, ?, ?, ?, ?, 'REPORTED', "
                    + "'PHYSICAL_ASSAULT', ?, ?, 'SCHOOL_PREMISES', 'UNKNOWN', 'FEMALE', 'STUDENT', ?, ?, "
                    + "'NO', 'NO', 'YES', 'NO', 'NO', 'NO')", code, CaseCodes.searchKey(code), CaseCodes.serial(code, "D"),
                    UUID.randomUUID().toString(),
                    district, school, reporter, reported, reported, now, now);
            List<String> words = k % 2 == 0 ? List.of("a", "b") : k % 4 == 1 ? List.of("a", "bz") : List.of("a");
            for (String word : words) {
                insert("INSERT INTO survivor_name_word (incident_id, word_hash, district_id, reported_date, name_mask) "
                        + "VALUES (?, ?, ?, ?, ?)", id, word, district, reported, NameIndex.mask(words));
            }
            if (k % 2 == 0) {
                both.add(id);
            }
        }
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    private IncidentListQuery query(String drivingWord) {
        IncidentFilter filter = new IncidentFilter();
        filter.setSurvivorName("a b");
        Caller coordinator = new Caller(1, "c", Role.DISTRICT_COORDINATOR, null, district, null, null);
        return new IncidentListQuery(coordinator, filter, new LinkedHashSet<>(List.of("a", "b")),
                new IncidentListQuery.Words(null, drivingWord), TODAY);
    }

    @Test
    void theSampledDateOfEachWordIsReadFromItsEntriesOfTheDistrict() throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of("a", "b", "a", district, "b", district));
        List<Object> row = rows(IncidentListQuery.wordCountsSql(2, true), parameters).get(0);
        assertEquals(30L, ((Number) row.get(0)).longValue());
        assertEquals(15L, ((Number) row.get(1)).longValue());
        // Fewer entries than the sample: no date, so the word counts as the least frequent.
        assertNull(row.get(2));
        assertNull(row.get(3));
    }

    @Test
    void aDrivenPageListsTheNamesWithEveryWordNewestFirst() throws SQLException {
        IncidentListQuery query = query("b");
        assertTrue(query.drivesPage(null) && query.drivesPage("reportedDate") && !query.drivesPage("caseCode"));

        List<Long> first = ids(rows(query.drivenPageSql(null, false), query.drivenPageParameters(4, 0)));
        List<Long> second = ids(rows(query.drivenPageSql(null, false), query.drivenPageParameters(4, 4)));
        List<Long> oldest = ids(rows(query.drivenPageSql("reportedDate", true), query.drivenPageParameters(2, 0)));

        assertTrue(query.drivenPageSql(null, false).contains("BITAND(w.name_mask, "),
                "names without the other word are passed over in the index");
        assertEquals(both.subList(0, 4), first);
        assertEquals(both.subList(4, 8), second);
        assertEquals(List.of(both.get(14), both.get(13)), oldest);
        // Driven by the other word, the same rows.
        assertEquals(first, ids(rows(query("a").drivenPageSql(null, false), query("a").drivenPageParameters(4, 0))));
    }

    @Test
    void theCountStopsAtTheCutoffDate() throws SQLException {
        IncidentListQuery query = query("a");
        List<List<Object>> all = rows(query.drivenCountSql(null), query.drivenCountParameters(null, 5001));
        assertEquals(15L, ((Number) all.get(0).get(0)).longValue());
        Date cutoff = Date.valueOf(TODAY.minusDays(4));
        List<List<Object>> recent = rows(query.drivenCountSql(cutoff), query.drivenCountParameters(cutoff, 5001));
        assertEquals(5L, ((Number) recent.get(0).get(0)).longValue(), "the five days from the cutoff on");
        assertTrue(rows(IncidentListQuery.countCutoffSql(0), query.countCutoffParameters()).isEmpty(),
                "fewer entries than a count walks: no cutoff, the count is exact");
    }

    @Test
    void aDateRangeIsCountedAndPagedAlikeWhetherThePageWalksTheListsIndexOrSortsTheFewMatches() throws SQLException {
        IncidentFilter filter = new IncidentFilter();
        filter.setFrom(TODAY.minusDays(4));
        filter.setOpenOnly(true);
        Caller coordinator = new Caller(1, "c", Role.DISTRICT_COORDINATOR, null, district, null, null);
        IncidentListQuery query = new IncidentListQuery(coordinator, filter, Set.of(), IncidentListQuery.Words.NONE,
                TODAY);

        List<List<Object>> counted = rows(query.countSql(), query.matchParametersWith(5001));
        List<Long> walked = ids(rows(query.pageSql("caseCode", true, false), query.pageParametersWith(false, 25, 0)));
        List<Long> sorted = ids(rows(query.pageSql("caseCode", true, true), query.pageParametersWith(true, 25, 0)));

        assertEquals(10L, ((Number) counted.get(0).get(0)).longValue(), "two cases a day over the five days");
        assertEquals(10, walked.size());
        assertEquals(walked, sorted);
        // The page with its count in one statement: the same rows, each carrying the number of matches.
        List<List<Object>> together = rows(query.countedPageSql("caseCode", true), query.matchParametersWith(5001, 4, 4));
        assertEquals(walked.subList(4, 8), ids(together));
        assertTrue(together.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue() == 10));
        // Counted at most to its limit: reaching it says "more".
        List<List<Object>> bounded = rows(query.countedPageSql("caseCode", true), query.matchParametersWith(6, 25, 0));
        assertEquals(6L, ((Number) bounded.get(0).get(bounded.get(0).size() - 1)).longValue());
        // The report-date bound only serves a walk in report-date order; what reads every match goes without it.
        assertTrue(query.pageSql("caseCode", true, false).contains("i.reported_date >= ?"));
        assertTrue(!query.countSql().contains("i.reported_date >= ?")
                && !query.pageSql("caseCode", true, true).contains("i.reported_date >= ?"));
    }

    @Test
    void aListWhoseIndexHoldsItsFiltersInThePagesOrderIsWalkedAndCountedInOneStatement() throws SQLException {
        IncidentFilter filter = ofStatus(IncidentStatus.REPORTED);
        IncidentListQuery query = coordinatorsList(filter);
        IncidentFilter since = new IncidentFilter();
        since.setStatus(IncidentStatus.REPORTED);
        since.setFrom(TODAY.minusDays(4));
        assertTrue(query.walksInOrder("incidentDate") && query.walksInOrder(null) && query.walksInOrder("reportedDate"));
        assertTrue(query.walksInOrder("caseCode") && query.walksInOrder("type") && query.walksInOrder("urgent"),
                "V70: a status in each of those orders");
        assertTrue(!coordinatorsList(since).walksInOrder("caseCode"),
                "no index gives a status and a period in that order");
        assertTrue(!coordinatorsList(since).walksInOrder("incidentDate"), "a date range is not an equality");
        Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, 1L, district, null, null);
        assertTrue(!new IncidentListQuery(focalPoint, filter, Set.of(), IncidentListQuery.Words.NONE, TODAY)
                .walksInOrder("incidentDate"), "only the district's indexes are listed");

        List<List<Object>> together = rows(query.walkedCountedPageSql("incidentDate", false),
                query.walkedCountedPageParameters(5001, 4, 4));
        List<Long> sorted = ids(rows(query.pageSql("incidentDate", false, true), query.pageParametersWith(true, 4, 4)));

        assertEquals(sorted, ids(together), "the same page as the few matches sorted");
        assertTrue(together.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue() == 30));
        List<List<Object>> counted = rows(query.walkedCountedPageSql("incidentDate", false),
                query.walkedCountedPageParameters(6, 25, 0));
        assertEquals(25, counted.size(), "the page is walked, whatever the count");
        assertEquals(6L, ((Number) counted.get(0).get(counted.get(0).size() - 1)).longValue(), "counted to its limit");
    }

    @Test
    void theDistrictsWholeListIsWalkedAndCountedInOneStatementInEveryOrderButTheSchoolsName() throws SQLException {
        Caller coordinator = new Caller(1, "c", Role.DISTRICT_COORDINATOR, null, district, null, null);
        IncidentListQuery query = new IncidentListQuery(coordinator, null, Set.of(), IncidentListQuery.Words.NONE,
                TODAY);
        long all = ((Number) rows(query.countSql(), query.matchParametersWith(5001)).get(0).get(0)).longValue();

        for (String sort : ALL_SORTS) {
            assertTrue(query.walksInOrder(sort) && query.countsWithPage(sort, coordinator, null), sort);
            for (boolean ascending : new boolean[] {false, true}) {
                List<List<Object>> together = rows(query.walkedCountedPageSql(sort, ascending),
                        query.walkedCountedPageParameters(5001, 5, 3));
                List<Long> sorted = ids(rows(query.pageSql(sort, ascending, true), query.pageParametersWith(true, 5, 3)));
                assertEquals(5, sorted.size());
                assertEquals(sorted, ids(together), sort + " the same page as all the cases sorted");
                assertTrue(together.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue() == all),
                        sort + " every row carries the number of the district's cases");
            }
        }
        assertTrue(!query.walksInOrder("schoolName"), "the schools' names come from another table");
        IncidentFilter ofOneSchool = new IncidentFilter();
        ofOneSchool.setSchoolId(1L);
        assertTrue(new IncidentListQuery(coordinator, ofOneSchool, Set.of(), IncidentListQuery.Words.NONE, TODAY)
                .walksInOrder("schoolName"), "one school's list in report-date order");
    }

    @Test
    void aPageOfManyMatchesIsTheSameWhetherWalkedShortlyOrAllSortedAndAShortWalkStopsAtItsLimit() throws SQLException {
        IncidentListQuery query = coordinatorsList(ofStatus(IncidentStatus.REPORTED));

        IncidentFilter dated = new IncidentFilter();
        dated.setFrom(TODAY.minusDays(10));
        dated.setTo(TODAY.minusDays(3));
        // A period alone is merged from its years (V72), and a period of one type so by type.
        dated.setType(GbvType.PHYSICAL_ASSAULT);
        IncidentListQuery ofDates = coordinatorsList(dated);
        IncidentFilter ofYearAndType = ofCode("2027");
        ofYearAndType.setType(GbvType.PHYSICAL_ASSAULT); // a year alone is one range of its own index (V74)
        IncidentListQuery ofYear = coordinatorsList(ofYearAndType);
        IncidentFilter ofStatusAndType = ofStatus(IncidentStatus.REPORTED);
        ofStatusAndType.setType(GbvType.PHYSICAL_ASSAULT);
        IncidentListQuery ofBoth = coordinatorsList(ofStatusAndType);
        assertTrue(ofBoth.walksInOrder("type"), "a status's cases of one type are one range of (district, status, type)");
        assertTrue(ofBoth.walksInOrder("reportedDate") && ofBoth.walksInOrder("status"),
                "and of (district, status, type, report date)");
        for (IncidentListQuery list : List.of(ofBoth, ofDates, ofYear)) {
            int matches = list == ofBoth ? 30 : list == ofDates ? 16 : 15;
            for (String sort : list == ofBoth ? new String[] {"caseCode", "incidentDate", "urgent"}
                    : list == ofDates ? new String[] {"caseCode", "urgent", "status"}
                    : new String[] {null, "reportedDate", "incidentDate", "type", "urgent", "status"}) {
                assertTrue(list.walksShortly(sort), sort + ": no index holds the filter in that order");
                for (boolean ascending : new boolean[] {false, true}) {
                    for (int offset : new int[] {0, 5, matches - 3}) {
                        List<Long> walkedToTheEnd = ids(rows(list.pageSql(sort, ascending, false),
                                list.parametersWith(5, offset)));
                        List<Long> walkedShortly = ids(rows(list.shortWalkPageSql(sort, ascending),
                                list.shortWalkParameters(sort, ascending, 5, offset)));
                        List<Long> allSorted = ids(rows(list.sortedMatchesPageSql(sort, ascending),
                                list.matchParametersWith(5, offset)));
                        String page = sort + (ascending ? " ascending" : " descending") + " from " + offset;
                        assertEquals(offset == matches - 3 ? 3 : 5, walkedToTheEnd.size(), page);
                        assertEquals(walkedToTheEnd, walkedShortly, page);
                        assertEquals(walkedToTheEnd, allSorted, page);
                    }
                }
            }
        }
        // A walk of the first three index entries cannot fill a page of five: it stops there, short.
        List<Object> shortWalk = new ArrayList<>(query.shortWalkParameters("caseCode", true, 5, 0));
        shortWalk.set(1, 3L);
        assertEquals(3, rows(query.shortWalkPageSql("caseCode", true), shortWalk).size());

        assertTrue(!coordinatorsList(null)
                .walksShortly("caseCode"), "the district's whole list walks its own index to the page");
        assertTrue(!query.walksShortly("reportedDate") && !query.walksShortly(null) && !query.walksShortly("status"),
                "(district, status, report date) gives a status by report date, and by status and report date");
        IncidentFilter lastMonths = new IncidentFilter();
        lastMonths.setFrom(TODAY.minusDays(60));
        lastMonths.setTo(TODAY.minusDays(30));
        assertTrue(!coordinatorsList(lastMonths).walksShortly("caseCode")
                && coordinatorsList(lastMonths).walksPeriodYears("caseCode"),
                "a period alone: each of its years is one range of an index in each order (V72)");
        lastMonths.setType(GbvType.PHYSICAL_ASSAULT);
        assertTrue(coordinatorsList(lastMonths).walksShortly("caseCode")
                && coordinatorsList(lastMonths).walksShortly("status"),
                "a period and a type are in the incident-date index with every sort column");
        assertTrue(!coordinatorsList(lastMonths)
                .walksShortly("incidentDate"), "a period by incident date is one range of its index");
        IncidentFilter since = new IncidentFilter();
        since.setFrom(TODAY.minusDays(60));
        assertTrue(!coordinatorsList(since)
                .walksShortly("caseCode"), "a period open at one end may hold most of the district: walked");
        IncidentFilter ofCode = ofCode("2026");
        ofCode.setStatus(IncidentStatus.REPORTED);
        assertTrue(!coordinatorsList(ofCode)
                .walksShortly("caseCode"), "a year's codes by case code: the serial's range, in its order");
        assertTrue(coordinatorsList(ofCode).walksShortly("status") && coordinatorsList(ofCode).walksShortly("urgent"),
                "a year's codes of a status: in the serial's index with every sort column");
        assertTrue(!coordinatorsList(ofCode("D-2026")).walksShortly("urgent"), "a code's district letters: walked");
        IncidentFilter ofType = new IncidentFilter();
        ofType.setType(GbvType.PHYSICAL_ASSAULT);
        assertTrue(!coordinatorsList(ofType)
                .walksShortly("caseCode"), "without a status the matches are not in the status index");
        IncidentFilter openOfTheYear = new IncidentFilter();
        openOfTheYear.setOpenOnly(true);
        openOfTheYear.setFrom(TODAY.minusDays(300));
        openOfTheYear.setUrgent(true);
        assertTrue(coordinatorsList(openOfTheYear)
                .walksShortly("caseCode"), "open, urgent and dated: all in the status index");
        assertTrue(!coordinatorsList(openOfTheYear)
                .walksShortly("status"), "the status index gives the open cases in status order");
        assertTrue(!query.walksShortly("schoolName"), "sorted school by school");
        Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, 1L, district, null, null);
        assertTrue(!new IncidentListQuery(focalPoint, ofStatus(IncidentStatus.REPORTED), Set.of(),
                IncidentListQuery.Words.NONE, TODAY).walksShortly("caseCode"), "a school's list is short anyway");
    }

    @Test
    void aCaseCodeYearIsOneRangeOfTheSerialsIndexInCaseCodeOrderWalkedAndCountedInOneStatement() throws SQLException {
        IncidentListQuery ofYear = coordinatorsList(ofCode("2027-"));
        assertTrue(ofYear.walksInOrder("caseCode") && !ofYear.walksInOrder("reportedDate")
                && !ofYear.walksInOrder(null), "the serial's index holds the code's order, not the dates'");
        for (boolean ascending : new boolean[] {false, true}) {
            List<Long> byCode = ids(rows("SELECT id FROM incident WHERE case_code LIKE 'D-2027-%' ORDER BY case_code"
                    + (ascending ? "" : " DESC"), List.of()));
            assertEquals(15, byCode.size());
            for (int offset : new int[] {0, 5, 12}) {
                List<List<Object>> together = rows(ofYear.walkedCountedPageSql("caseCode", ascending),
                        ofYear.walkedCountedPageParameters(5001, 5, offset));
                assertEquals(byCode.subList(offset, Math.min(15, offset + 5)), ids(together),
                        "case-code order, the numbers of five digits among those of four");
                assertTrue(together.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue() == 15));
                assertEquals(ids(together), ids(rows(ofYear.pageSql("caseCode", ascending, true),
                        ofYear.pageParametersWith(true, 5, offset))), "the same page as the matches picked and sorted");
            }
        }
        assertTrue(ofYear.pageSql("caseCode", true, false).contains("ORDER BY i.case_serial ASC, i.id ASC"),
                "sorted by the serial");
        assertTrue(!coordinatorsList(ofCode("D-2027")).walksInOrder("caseCode"), "the district letters: another index");
        // Only four digits name a year that bounds the walk; anything else typed is searched as it is.
        assertEquals(2027, IncidentListQuery.codeYear("20270042"));
        assertEquals(0, IncidentListQuery.codeYear("20A7"));
        assertEquals(0, IncidentListQuery.codeYear("202"));
        assertEquals(0, IncidentListQuery.codeYear("9999"));
        IncidentListQuery typo = coordinatorsList(ofCode("20A7"));
        assertTrue(rows(typo.shortWalkPageSql("reportedDate", false), typo.shortWalkParameters("reportedDate", false, 5, 0))
                .isEmpty(), "no code starts so, and no error");
    }

    @Test
    void aPageOfTheOpenCasesIsMergedFromEachOpenStatussWalkInEveryOrderWithTheirCount() throws SQLException {
        // For this test only: the cases of every status, type and urgency (all are reported, physical, not urgent).
        db.createStatement().executeUpdate("UPDATE incident SET status = CASE MOD(id, 8) WHEN 0 THEN 'VERIFYING' "
                + "WHEN 1 THEN 'IN_PROGRESS' WHEN 5 THEN 'IN_PROGRESS' WHEN 3 THEN 'CLOSED' ELSE 'REPORTED' END, "
                + "urgent = MOD(id, 3) = 0, gbv_type = CASE MOD(id, 5) WHEN 0 THEN 'SEXUAL_ASSAULT' ELSE gbv_type END");
        try {
            IncidentFilter open = new IncidentFilter();
            open.setOpenOnly(true);
            IncidentFilter openAndUrgent = new IncidentFilter();
            openAndUrgent.setOpenOnly(true);
            openAndUrgent.setUrgent(true);
            IncidentListQuery query = coordinatorsList(open);
            long matches = assertMergedFromEachOpenStatus(open);
            assertTrue(matches > 20 && matches < 30, "some cases are closed: " + matches);
            long openUrgent = assertMergedFromEachOpenStatus(openAndUrgent);
            assertTrue(openUrgent > 5 && openUrgent < matches, "a third of them urgent: " + openUrgent);
            // One status in every order: one range of an index (V70), walked and counted in one statement.
            IncidentListQuery inProgress = coordinatorsList(ofStatus(IncidentStatus.IN_PROGRESS));
            for (String sort : ALL_SORTS) {
                assertTrue(inProgress.walksInOrder(sort), String.valueOf(sort));
                for (boolean ascending : new boolean[] {false, true}) {
                    List<List<Object>> walked = rows(inProgress.walkedCountedPageSql(sort, ascending),
                            inProgress.walkedCountedPageParameters(5001, 4, 2));
                    assertEquals(ids(rows(inProgress.pageSql(sort, ascending, true),
                            inProgress.pageParametersWith(true, 4, 2))), ids(walked), sort + " " + ascending);
                    assertEquals(8L, ((Number) walked.get(0).get(walked.get(0).size() - 1)).longValue());
                }
            }
            // The urgent cases by status: one range of V71's index.
            IncidentFilter urgentOnly = new IncidentFilter();
            urgentOnly.setUrgent(true);
            IncidentListQuery urgent = coordinatorsList(urgentOnly);
            assertTrue(urgent.walksInOrder("status") && !urgent.walksInOrder("caseCode"));
            for (boolean ascending : new boolean[] {false, true}) {
                List<Long> sorted = ids(rows(urgent.pageSql("status", ascending, true),
                        urgent.pageParametersWith(true, 4, 2)));
                assertEquals(sorted, ids(rows(urgent.walkedCountedPageSql("status", ascending),
                                urgent.walkedCountedPageParameters(5001, 4, 2))), "urgent by status " + ascending);
            }
            assertTrue(!query.walksOpenStatuses("schoolName"), "sorted school by school");
            Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, 1L, district, null, null);
            assertTrue(!new IncidentListQuery(focalPoint, open, Set.of(), IncidentListQuery.Words.NONE, TODAY)
                    .walksOpenStatuses("caseCode"), "a school's list is short anyway");
        } finally {
            db.createStatement().executeUpdate("UPDATE incident SET status = 'REPORTED', urgent = FALSE, "
                    + "gbv_type = 'PHYSICAL_ASSAULT'");
        }
    }

    /**
     * Pages the list of {@code filter} (the open cases, perhaps of one urgency) in every order, both directions and at
     * three offsets, merged from each open status's walk, counted and not, against the same page of its matches
     * sorted; returns how many match.
     */
    private long assertMergedFromEachOpenStatus(IncidentFilter filter) throws SQLException {
        IncidentListQuery query = coordinatorsList(filter);
        long matches = ((Number) rows(query.countSql(), query.matchParametersWith(5001)).get(0).get(0)).longValue();
        for (String sort : ALL_SORTS) {
            assertTrue(query.walksOpenStatuses(sort) && !query.walksShortly(sort), String.valueOf(sort));
            for (boolean ascending : new boolean[] {false, true}) {
                for (int offset : new int[] {0, 5, (int) matches - 3}) {
                    String page = (filter.getUrgent() == null ? "open, " : "open and urgent, ") + sort
                            + (ascending ? " ascending" : " descending") + " from " + offset;
                    List<Long> sorted = ids(rows(query.pageSql(sort, ascending, true),
                            query.pageParametersWith(true, 5, offset)));
                    List<List<Object>> merged = rows(query.openStatusesPageSql(sort, ascending, true, 5, offset),
                            query.openStatusesParameters(5001L, 5, offset));
                    assertEquals(Math.min(5, matches - offset), sorted.size(), page);
                    assertEquals(sorted, ids(merged), page + ": the same page as the matches sorted");
                    assertTrue(merged.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue()
                            == matches), page + ": every row carries the number of matches");
                    assertEquals(sorted, ids(rows(query.openStatusesPageSql(sort, ascending, false, 5, offset),
                            query.openStatusesParameters(null, 5, offset))), page + ": uncounted");
                }
            }
        }
        return matches;
    }

    @Test
    void aPeriodIsMergedFromEachOfItsYearsInEveryOrderItsIndexesHold() throws SQLException {
        // For this test only: 48 cases of 2024 and 2025, one every 15 days, reported up to four days later, of
        // every status, two types and both urgencies (the other cases are of November and December 2026).
        for (int k = 0; k < 48; k++) {
            LocalDate incident = LocalDate.of(2024, 1, 3).plusDays(15L * k);
            // Filed in the year received; numbered out of date order, as codes of several schools are.
            insertCase(CaseCodes.format("D", incident.plusDays(k % 5).getYear(), 5000 + (k * 7) % 48), k, incident,
                    incident.plusDays(k % 5));
        }
        try {
            // A whole year; two years in part; a year and twelve days of the year before (read by their dates).
            assertEquals(25L, assertMergedFromEachYear(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
            assertEquals(29L, assertMergedFromEachYear(LocalDate.of(2024, 6, 10), LocalDate.of(2025, 8, 20)));
            assertEquals(24L, assertMergedFromEachYear(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 12, 31)));

            IncidentFilter edge = new IncidentFilter();
            edge.setFrom(LocalDate.of(2024, 12, 20));
            edge.setTo(LocalDate.of(2025, 12, 31));
            String edgeSql = coordinatorsList(edge).periodYearsPageSql("caseCode", true, false, 5, 0);
            assertTrue(edgeSql.contains("i.incident_year = 2025") && !edgeSql.contains("i.incident_year = 2024"),
                    "the twelve days of 2024 are read by their dates, not by walking 2024: " + edgeSql);
            IncidentFilter year = new IncidentFilter();
            year.setFrom(LocalDate.of(2024, 1, 1));
            year.setTo(LocalDate.of(2024, 12, 31));
            IncidentListQuery ofYear = coordinatorsList(year);
            assertTrue(!ofYear.walksPeriodYears("incidentDate") && !ofYear.walksShortly("incidentDate"),
                    "by incident date a period is one range of its own index");
            assertTrue(!ofYear.walksPeriodYears("schoolName"), "sorted school by school");
            year.setStatus(IncidentStatus.CLOSED);
            assertTrue(!coordinatorsList(year).walksPeriodYears("caseCode") && !coordinatorsList(year)
                    .walksPeriodYears("type"), "no year index holds a status in these orders");
            year.setType(GbvType.RAPE);
            assertTrue(!coordinatorsList(year).walksPeriodYears("status"), "nor a status and a type");
            // A period from a day on, without an end: each year to this one's end, then the later years together,
            // here holding one case given a later incident date.
            insertCase(CaseCodes.format("D", 2027, 5100), 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2));
            assertEquals(24L, assertMergedFromEachYear(LocalDate.of(2025, 1, 1), null) - casesOf2026());
            // One up to a day, without a start: its ten years before, after the earlier years together, here holding
            // one case of 2013.
            insertCase(CaseCodes.format("D", 2013, 5101), 2, LocalDate.of(2013, 5, 1), LocalDate.of(2013, 5, 3));
            assertEquals(((Number) rows("SELECT COUNT(*) FROM incident WHERE incident_date <= DATE '2025-06-30'",
                    List.of()).get(0).get(0)).longValue(), assertMergedFromEachYear(null, LocalDate.of(2025, 6, 30)));
            String untilSql = periodPageSql(null, LocalDate.of(2025, 6, 30));
            assertTrue(untilSql.contains("i.incident_year <= 2014") && untilSql.contains("i.incident_year = 2015"),
                    untilSql);
            IncidentFilter untilYearFive = new IncidentFilter();
            untilYearFive.setTo(LocalDate.of(5, 1, 1));
            assertTrue(!coordinatorsList(untilYearFive).walksPeriodYears("caseCode"), "no years before a DATE's first");
            assertEquals(0L, ((Number) rows(coordinatorsList(untilYearFive).countSql(), coordinatorsList(untilYearFive)
                    .matchParametersWith(5001)).get(0).get(0)).longValue());
            String sinceSql = periodPageSql(LocalDate.of(2024, 1, 1), null);
            assertTrue(sinceSql.contains("i.incident_year = 2026") && sinceSql.contains("i.incident_year >= 2027"),
                    sinceSql);
            IncidentFilter decades = new IncidentFilter();
            decades.setFrom(LocalDate.of(2000, 1, 1));
            decades.setTo(LocalDate.of(2026, 12, 31));
            assertTrue(!coordinatorsList(decades).walksPeriodYears("caseCode"), "more years than are merged");
            IncidentFilter backwards = new IncidentFilter();
            backwards.setFrom(LocalDate.of(2025, 1, 1));
            backwards.setTo(LocalDate.of(2024, 1, 1));
            assertTrue(!coordinatorsList(backwards).walksPeriodYears("caseCode"), "an empty period has no years");
            Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, 1L, district, null, null);
            IncidentFilter since = new IncidentFilter();
            since.setFrom(LocalDate.of(2024, 1, 1));
            assertTrue(!new IncidentListQuery(focalPoint, since, Set.of(), IncidentListQuery.Words.NONE, TODAY)
                    .walksPeriodYears("caseCode"), "a school's list is short anyway");
        } finally {
            db.createStatement().executeUpdate("DELETE FROM incident WHERE incident_date < '2026-01-01' "
                    + "OR incident_date > '2026-12-31'");
        }
    }

    /** The first page by case code of the period from {@code from} to {@code to}, either open, merged from its years. */
    private String periodPageSql(LocalDate from, LocalDate to) {
        IncidentFilter period = new IncidentFilter();
        period.setFrom(from);
        period.setTo(to);
        return coordinatorsList(period).periodYearsPageSql("caseCode", true, false, 5, 0);
    }

    /** How many cases the district holds of 2026 (those of every test but the period's). */
    private long casesOf2026() throws SQLException {
        return ((Number) rows("SELECT COUNT(*) FROM incident WHERE incident_date BETWEEN DATE '2026-01-01' AND "
                + "DATE '2026-12-31'", List.of()).get(0).get(0)).longValue();
    }

    /**
     * A case for the tests of a period and of a code's year: of status, type and urgency varied with {@code k} (every
     * status, two types, both urgencies).
     */
    private void insertCase(String code, int k, LocalDate incident, LocalDate reported) throws SQLException {
        long school = ((Number) rows("SELECT id FROM school", List.of()).get(0).get(0)).longValue();
        long reporter = ((Number) rows("SELECT id FROM user_account", List.of()).get(0).get(0)).longValue();
        String[] statuses = {"REPORTED", "VERIFYING", "IN_PROGRESS", "CLOSED"};
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0));
        insert("INSERT INTO incident (case_code, case_code_key, case_serial, submission_token, district_id, "
                + "school_id, reported_by_id, status, gbv_type, urgent, incident_date, reported_date, place_type, "
                + "survivor_age_group, survivor_sex, survivor_kind, created_at, updated_at, answer_penetration, "
                + "answer_sexual_contact, answer_physical, answer_forced_marriage, answer_denial, "
                + "answer_psychological) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHOOL_PREMISES', 'UNKNOWN', "
                + "'FEMALE', 'STUDENT', ?, ?, 'NO', 'NO', 'YES', 'NO', 'NO', 'NO')", code,
                CaseCodes.searchKey(code), CaseCodes.serial(code, "D"), UUID.randomUUID().toString(), district,
                school, reporter, statuses[k % 4], k % 3 == 0 ? "SEXUAL_ASSAULT" : "PHYSICAL_ASSAULT", k % 5 < 2,
                Date.valueOf(incident), Date.valueOf(reported), now, now);
    }

    @Test
    void aCodesYearAloneIsOneRangeOfItsIndexInEveryOrderButTheCodesAndCountedInTheSameStatement() throws SQLException {
        // For this test only: 40 cases received in 2024 and 2025, one every 18 days; those received in the last
        // quarter of a year filed in the next one (a paper register entered late), numbered out of date order.
        for (int k = 0; k < 40; k++) {
            LocalDate incident = LocalDate.of(2024, 1, 5).plusDays(18L * k);
            LocalDate reported = incident.plusDays(k % 6);
            int filed = reported.getMonthValue() > 9 ? reported.getYear() + 1 : reported.getYear();
            insertCase(CaseCodes.format("D", filed, 7000 + (k * 11) % 40), k, incident, reported);
        }
        try {
            long matches = ((Number) rows("SELECT COUNT(*) FROM incident WHERE case_code LIKE 'D-2025-%'", List.of())
                    .get(0).get(0)).longValue();
            assertTrue(matches > 15 && ((Number) rows("SELECT COUNT(*) FROM incident WHERE case_code LIKE 'D-2025-%' "
                    + "AND reported_date < '2025-01-01'", List.of()).get(0).get(0)).longValue() > 0,
                    "the year holds cases received the year before");
            for (String typed : new String[] {"2025", "2025-"}) {
                IncidentListQuery query = coordinatorsList(ofCode(typed));
                for (String sort : new String[] {null, "reportedDate", "incidentDate", "status", "type", "urgent"}) {
                    assertTrue(query.walksCodeYear(sort) && query.walksMerged(sort) && !query.walksShortly(sort)
                            && !query.walksInOrder(sort), String.valueOf(sort));
                    for (boolean ascending : new boolean[] {false, true}) {
                        for (int offset : new int[] {0, 5, (int) matches - 3}) {
                            String page = typed + ", " + sort + (ascending ? " ascending" : " descending") + " from "
                                    + offset;
                            List<Long> sorted = ids(rows(query.pageSql(sort, ascending, true),
                                    query.pageParametersWith(true, 5, offset)));
                            assertEquals(Math.min(5, matches - offset), sorted.size(), page);
                            assertEquals(sorted, ids(rows(query.mergedPageSql(sort, ascending, false, 5, offset),
                                    query.mergedParameters(sort, ascending, null, 5, offset))),
                                    page + ": the same page as the matches sorted");
                            List<List<Object>> counted = rows(query.mergedPageSql(sort, ascending, true, 5, offset),
                                    query.mergedParameters(sort, ascending, 5001L, 5, offset));
                            assertEquals(sorted, ids(counted), page + ": counted");
                            assertTrue(counted.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue()
                                    == matches), page + ": every row carries the number of matches");
                        }
                    }
                }
                assertTrue(query.mergedPageSql("type", true, false, 5, 0).contains("i.case_year = '2025'"));
                assertTrue(!query.walksCodeYear("caseCode") && query.walksInOrder("caseCode"),
                        "by case code the year is the serial's range");
                assertTrue(!query.walksCodeYear("schoolName"), "sorted school by school");
            }
            assertTrue(!coordinatorsList(ofCode("2025-70")).walksCodeYear("type"), "a year and number: the serial's");
            assertTrue(!coordinatorsList(ofCode("D-2025")).walksCodeYear("type"), "the district letters: the code key's");
            IncidentFilter ofStatus = ofCode("2025");
            ofStatus.setStatus(IncidentStatus.CLOSED);
            assertTrue(!coordinatorsList(ofStatus).walksCodeYear("type"), "a year and a status: picked or walked");
            Caller focalPoint = new Caller(2, "f", Role.SCHOOL_FOCAL_POINT, 1L, district, null, null);
            assertTrue(!new IncidentListQuery(focalPoint, ofCode("2025"), Set.of(), IncidentListQuery.Words.NONE,
                    TODAY).walksCodeYear("type"), "a school's list is short anyway");
        } finally {
            db.createStatement().executeUpdate("DELETE FROM incident WHERE incident_date < '2026-01-01'");
        }
    }

    /**
     * Pages the period's list in every order V72's indexes hold, alone and with a status, urgency or type, merged from
     * each year's walk, against the same page of its matches picked and sorted; returns how many cases the period holds.
     */
    private long assertMergedFromEachYear(LocalDate from, LocalDate to) throws SQLException {
        IncidentFilter period = new IncidentFilter();
        period.setFrom(from);
        period.setTo(to);
        long matches = assertMergedFromEachYear(period, null, "reportedDate", "caseCode", "status", "type", "urgent");
        // With a status, urgency or type, in the orders V72's indexes hold them after the year.
        period.setStatus(IncidentStatus.VERIFYING);
        assertMergedFromEachYear(period, null, "reportedDate", "status");
        period.setStatus(null);
        period.setUrgent(true);
        assertMergedFromEachYear(period, null, "reportedDate", "urgent");
        period.setUrgent(null);
        period.setType(GbvType.SEXUAL_ASSAULT);
        assertMergedFromEachYear(period, "type");
        return matches;
    }

    /**
     * Pages the list of {@code period} in each of {@code sorts}, both directions and at three offsets, merged from each
     * year's walk, against the same page of its matches picked and sorted; returns how many match.
     */
    private long assertMergedFromEachYear(IncidentFilter period, String... sorts) throws SQLException {
        IncidentListQuery query = coordinatorsList(period);
        long matches = ((Number) rows(query.countSql(), query.matchParametersWith(5001)).get(0).get(0)).longValue();
        assertTrue(matches > 3, period.getFrom() + ": " + matches);
        for (String sort : sorts) {
            assertTrue(query.walksPeriodYears(sort) && !query.walksShortly(sort), String.valueOf(sort));
            for (boolean ascending : new boolean[] {false, true}) {
                for (int offset : new int[] {0, 5, (int) matches - 3}) {
                    String page = period.getFrom() + " to " + period.getTo() + " (status " + period.getStatus()
                            + ", urgent " + period.getUrgent() + ", type " + period.getType() + "), " + sort
                            + (ascending ? " ascending" : " descending") + " from " + offset;
                    List<Long> sorted = ids(rows(query.pageSql(sort, ascending, true),
                            query.pageParametersWith(true, 5, offset)));
                    assertEquals(Math.min(5, matches - offset), sorted.size(), page);
                    assertEquals(sorted, ids(rows(query.periodYearsPageSql(sort, ascending, false, 5, offset),
                            query.periodYearsParameters(sort, ascending, null, 5, offset))), page + ": the same page as the matches sorted");
                    List<List<Object>> counted = rows(query.periodYearsPageSql(sort, ascending, true, 5, offset),
                            query.periodYearsParameters(sort, ascending, 5001L, 5, offset));
                    assertEquals(sorted, ids(counted), page + ": counted");
                    assertTrue(counted.stream().allMatch(row -> ((Number) row.get(row.size() - 1)).longValue()
                            == matches), page + ": every row carries the number of matches");
                }
            }
        }
        return matches;
    }

    @Test
    void theHomePagesNeedsAndBellAnswerAsWrittenPlainly() throws SQLException {
        // For this test only: cases of every status, some urgent, to report, waiting for a referral's answer, or
        // with a next step overdue (all are reported, not urgent, and have none of these).
        db.createStatement().executeUpdate("UPDATE incident SET status = CASE MOD(id, 4) WHEN 0 THEN 'VERIFYING' "
                + "WHEN 1 THEN 'IN_PROGRESS' WHEN 3 THEN 'CLOSED' ELSE 'REPORTED' END, urgent = MOD(id, 3) = 0, "
                + "must_report = MOD(id, 5) < 2, referral_waiting = MOD(id, 7) = 0, "
                + "next_step_due = CASE WHEN MOD(id, 6) = 1 THEN DATEADD(DAY, 3, reported_date) END");
        try {
            assertTrue(NeedsWrittenPlainly.assertAsWrittenPlainly(db, "i.district_id", district, TODAY, false) > 10);
        } finally {
            db.createStatement().executeUpdate("UPDATE incident SET status = 'REPORTED', urgent = FALSE, "
                    + "must_report = FALSE, referral_waiting = FALSE, next_step_due = NULL");
        }
    }

    private static IncidentFilter ofCode(String code) {
        IncidentFilter filter = new IncidentFilter();
        filter.setCaseCode(code);
        return filter;
    }

    private static IncidentFilter ofStatus(IncidentStatus status) {
        IncidentFilter filter = new IncidentFilter();
        filter.setStatus(status);
        return filter;
    }

    /** A district coordinator's list with the given filters (no name). */
    private IncidentListQuery coordinatorsList(IncidentFilter filter) {
        Caller coordinator = new Caller(1, "c", Role.DISTRICT_COORDINATOR, null, district, null, null);
        return new IncidentListQuery(coordinator, filter, Set.of(), IncidentListQuery.Words.NONE, TODAY);
    }

    private static List<Long> ids(List<List<Object>> rows) {
        return SqlRows.ids(rows);
    }

    private List<List<Object>> rows(String sql, List<Object> parameters) throws SQLException {
        return SqlRows.rows(db, sql, parameters);
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
