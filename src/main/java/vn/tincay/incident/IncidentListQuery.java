package vn.tincay.incident;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tincay.security.Caller;
import vn.tincay.security.crypto.NameIndex;

/**
 * The SQL of the case list, written for the indexes of V50 so that a page costs the same at a
 * hundred cases and at a million: the incident table is read first, through an index that starts
 * with the scope column and continues with the sort column, backwards, stopping after one page; the
 * joins to school and assignee then touch only the page's rows. Every condition has an index-friendly
 * form: case codes by prefix on a normalised key, survivor names by one EXISTS probe per word hash
 * (or, when every searched word is common, from the least frequent word's index entries of the
 * district in date order), overdue next steps from the case's earliest open step (V63). Plain SQL in the
 * subset MySQL, MariaDB and H2 share.
 */
final class IncidentListQuery {

    /** Counting stops this many rows after the page asked for: the total is then "more than". */
    static final int COUNT_LIMIT = 5000;

    /**
     * Sort field → incident columns, each followed by the id for a unique order, all in the same
     * direction, so that each reads an index of V50 backwards or forwards. The school name is sorted
     * school by school (see {@link #sortsBySchoolName}); within one school it is the newest first.
     */
    private static final Map<String, String> SORTS = Map.of(
            "caseCode", "i.case_code",
            "incidentDate", "i.incident_date",
            "reportedDate", "i.reported_date",
            "status", "i.status, i.reported_date",
            "type", "i.gbv_type",
            "schoolName", "i.reported_date",
            "urgent", "i.urgent, i.reported_date");

    /**
     * V79's index of a district's cases by status, type and report date, whose entries hold the incident date and every
     * column the list sorts by: a status's cases of a type are one range of it by report date, and the open cases of a
     * type ({@link #openOfType}) three such ranges; their matches are counted and picked from its entries alone.
     */
    private static final String STATUS_TYPE_INDEX = "ix_incident_status_type_reported";

    /**
     * The filters (each an equality, besides the district) whose index gives a district's matching cases in
     * a sort's order, each followed by the id, and that index: (district, status, report date) and (district, urgent,
     * report date) of V50, (district, type, urgent, report date) of V61 and (district, type, urgent, incident date) of
     * V81, (district, status, incident date, id) of V64, (district, status) with case code, type or urgency of V70
     * (whose (district, status, urgent, report date) also holds a status and an urgency, and (district, status, type) a
     * status's cases of one type by type), V79's (district, status, type, report date) for a status's cases of one type
     * by report date or status, V50's (district, type) for a type's by type, (district, urgent, status, report date) of
     * V71, the school's (school, report date) and (school, incident date), and V75's (school, status, report date),
     * whose entries hold the district as well; without a filter, the district's own indexes of each sort. A page of such
     * a list is one range of the index read from its end, however many cases match. The index is named in the statement
     * on MySQL/MariaDB ({@link #walkedIndex}): it is the one MariaDB takes, but it weighs some thirty others first,
     * every index of {@code incident} that starts with the district (0.6 ms at 1,000,000 cases, where reading the page's
     * 20 entries takes 0.1 ms).
     */
    private static final Map<Set<String>, Map<String, String>> WALKED_IN_ORDER = Map.of(
            Set.of(), Map.of("i.reported_date", "ix_incident_district_reported",
                    "i.incident_date", "ix_incident_district_date", "i.case_code", "ix_incident_district_code",
                    "i.gbv_type", "ix_incident_type", "i.status, i.reported_date", "ix_incident_district_status",
                    "i.urgent, i.reported_date", "ix_incident_district_urgent_reported"),
            Set.of("i.status"), Map.of("i.reported_date", "ix_incident_district_status",
                    "i.incident_date", "ix_incident_district_status_date",
                    "i.case_code", "ix_incident_district_status_code", "i.gbv_type", "ix_incident_district_status_type",
                    "i.status, i.reported_date", "ix_incident_district_status",
                    "i.urgent, i.reported_date", "ix_incident_district_status_urgent"),
            Set.of("i.urgent"), Map.of("i.reported_date", "ix_incident_district_urgent_reported",
                    "i.status, i.reported_date", "ix_incident_urgent"),
            Set.of("i.gbv_type", "i.urgent"), Map.of("i.reported_date", "ix_incident_type_urgent",
                    "i.incident_date", "ix_incident_type_urgent_date"),
            Set.of("i.status", "i.urgent"), Map.of("i.reported_date", "ix_incident_district_status_urgent",
                    "i.status, i.reported_date", "ix_incident_district_status_urgent",
                    "i.urgent, i.reported_date", "ix_incident_district_status_urgent"),
            Set.of("i.gbv_type"), Map.of("i.gbv_type", "ix_incident_type", "i.status, i.reported_date",
                    STATUS_TYPE_INDEX),
            Set.of("i.status", "i.gbv_type"), Map.of("i.gbv_type", "ix_incident_district_status_type",
                    "i.reported_date", STATUS_TYPE_INDEX, "i.status, i.reported_date", STATUS_TYPE_INDEX),
            Set.of("i.school_id"), Map.of("i.reported_date", "ix_incident_school_reported",
                    "i.incident_date", "ix_incident_school_date"),
            Set.of("i.school_id", "i.status"), Map.of("i.reported_date", "ix_incident_school_status",
                    "i.status, i.reported_date", "ix_incident_school_status"));

    /**
     * V75's index of a school's cases by status and report date, whose entries hold the district and every column the
     * list sorts by: a school's matches, with a status, type or urgency, are counted and picked from it alone
     * ({@link #matchesFrom}).
     */
    private static final String SCHOOL_INDEX = "ix_incident_school_status";

    /** V74's index of the filing year and each equality that follows the year in it ({@link #serialMatchesIndex}). */
    private static final Map<String, String> CASE_YEAR_WITH = Map.of(
            "i.status = ?", "ix_incident_case_year_status",
            "i.gbv_type = ?", "ix_incident_case_year_type",
            "i.urgent = ?", "ix_incident_case_year_urgent");

    /**
     * The index that counts the matches of a list filtered as a key of {@link #WALKED_IN_ORDER} (or not at all), named
     * for the same reason: its entries hold the filters, and the count reads nothing else. Without a filter the
     * narrowest of the district's indexes, as MariaDB takes it. A period alone is counted from the range of (district,
     * incident date) ({@link #PERIOD_CONDITIONS}); a school's cases, of a status or not, from {@link #SCHOOL_INDEX}.
     */
    private static final Map<Set<String>, String> COUNTED_BY = Map.of(
            Set.of(), "ix_incident_district_date",
            Set.of("i.status"), "ix_incident_district_status",
            Set.of("i.urgent"), "ix_incident_district_urgent_reported",
            Set.of("i.gbv_type", "i.urgent"), "ix_incident_type_urgent",
            Set.of("i.status", "i.urgent"), "ix_incident_district_status_urgent",
            Set.of("i.gbv_type"), "ix_incident_type",
            Set.of("i.status", "i.gbv_type"), "ix_incident_district_status_type",
            Set.of("i.school_id"), SCHOOL_INDEX,
            Set.of("i.school_id", "i.status"), SCHOOL_INDEX);

    private static final String COLUMNS = "i.id, i.case_code, s.name, i.gbv_type, i.status, i.urgent, i.must_report, "
            + "i.incident_date, i.reported_date, i.survivor_age_group, a.display_name";
    private static final int COLUMN_COUNT = COLUMNS.split(", ").length;

    /** The scope and the filters on the incident ({@code i}), each starting with " AND ". */
    private final StringBuilder filters = new StringBuilder();
    private final List<Object> filterParameters = new ArrayList<>();
    /** The scope and filters followed by one condition per searched word. */
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    /**
     * As {@link #filters}, {@link #where} and {@link #parameters}, without the conditions that only bound a
     * walk through the list's own index ({@link #andForWalk}): for the statements that read every match –
     * the count, and the page of few matches – where such a condition would cost a read of each row
     * instead of letting an index answer.
     */
    private final StringBuilder matchFilters = new StringBuilder();
    private final StringBuilder matchWhere = new StringBuilder();
    private final List<Object> matchParameters = new ArrayList<>();
    private final boolean empty;
    private final boolean byName;
    /** Whether anything but the scope narrows the list: a filter or searched words. */
    private final boolean narrowed;
    /** The conditions of the filters, the scope first, as {@link #and} and {@link #andForWalk} took them. */
    private final List<String> conditions = new ArrayList<>();
    /** The value of each of those conditions (a status's name for "i.status = ?"). */
    private final Map<String, Object> conditionValues = new java.util.HashMap<>();
    private final boolean districtScope;
    /** Whether the list is of a school focal point's school, her scope ({@link #scopedEqualityColumns}). */
    private final boolean schoolScope;
    private final Set<String> wordHashes;
    private final Words words;
    private final Long districtId;
    /** The value of the scope's column (the district's id for a district's list). */
    private final Long scopeValue;
    private final Date reportedFrom;
    /** The period of incident dates filtered by, when it has a start or an end (else null). */
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    /** Whether the period has no end of its own: {@link #periodTo} is then this year's end ({@link #periodYears}). */
    private final boolean periodOpenEnded;
    /** Whether the period has no start of its own: {@link #periodFrom} is then ten years before its end's year. */
    private final boolean periodOpenStart;
    /** Whether the period holds today, or has no end: its cases include the newest ({@link #walksDistrictFirst}). */
    private final boolean periodReachesToday;
    /** The day the list is read. */
    private final LocalDate today;
    /**
     * Whether the list is of a district's open cases of one type, or of one open status's, perhaps of a period: a few
     * thousand at most, read from {@link #STATUS_TYPE_INDEX}'s entries of each open status and the type. Through V70's
     * (district, status, type) each match's row was read for the period and the sort column (the 6,825 open sexual
     * assaults at 1,000,000 cases: 50-105 ms a page; oldest first by incident date, 1.8 s).
     */
    private final boolean openOfType;
    /**
     * Whether the list is narrowed by incident dates: the statements that read every match then name the index of the
     * dates' range or leave V72's indexes of the incident's year out ({@link #matchesFrom}).
     */
    private final boolean dated;
    /** Whether a driven search must read the incident for more than the district, which its words carry. */
    private final boolean incidentFiltered;
    /** Whether the case code is searched by its year and number in the district ({@link #SERIAL_PREFIX}). */
    private final boolean bySerial;
    /** The year a case-code search names and nothing more ("2025", "2025-"), or 0. */
    private final int codeYearAlone;
    /** The year a case-code search starts with ("2025", "2025-01"), or 0: its matches are all filed in that year. */
    private final int codeYearOfSearch;
    /**
     * The bounds of the report date that only a walk reads (see {@link #andForWalk}), and their values: a short
     * walk in report-date order starts and ends within them ({@link #shortWalkPageSql}).
     */
    private final StringBuilder reportedBounds = new StringBuilder();
    private final List<Object> reportedBoundValues = new ArrayList<>();

    /** The open cases: their statuses as a list, so that the status indexes read only the (few) open cases. */
    private static final List<String> OPEN_STATUSES = IncidentStatus.openNames();
    private static final String OPEN = statusIn(OPEN_STATUSES);
    /** Every status: within an index by status and report date, one range of each (see {@link #valueRanges}). */
    private static final String ANY_STATUS = statusIn(
            java.util.Arrays.stream(IncidentStatus.values()).map(Enum::name).toList());

    private static String statusIn(List<String> statuses) {
        return "i.status IN ('" + String.join("', '", statuses) + "')";
    }

    /** A case-code search by year and number ("2026-0042", "2026"): a range of (district, case serial). */
    private static final String SERIAL_PREFIX = "i.case_serial LIKE ?";

    /** A word found in at most this many names is rare enough to start a name search from. */
    static final int RARE_WORD = 2000;

    /**
     * A common word's frequency in a district is read as the report date of its this-many'th newest
     * index entry there (V52): the word whose entry lies furthest back is the least frequent lately.
     */
    static final int WORD_SAMPLE = 1000;

    /**
     * A count of a search driven by a common word walks at most this many of the word's newest index
     * entries (plus {@link #COUNT_WALK_PER_ROW} per row before the page), about as many as the page
     * itself reads; beyond them the count is a lower bound ("more than").
     */
    static final int COUNT_WALK = 2000;
    static final int COUNT_WALK_PER_ROW = 200;

    /**
     * How many entries of the district's index in the page's order a page of many matches walks (beyond the
     * rows before the page) before it gives up and sorts every match instead ({@link #shortWalkPageSql}).
     */
    static final int SHORT_WALK = 4000;

    /**
     * How many entries a short walk's first step reads beyond the page, per row of the page: the page when at least one
     * entry in nine matches (nine closed cases in ten, a type of six), from a few hundred entries where the whole walk
     * reads and sorts thousands ({@code IncidentService.manyMatchesPage} takes the whole walk only when this falls short).
     */
    static final int FIRST_STEP_PER_ROW = 8;

    /**
     * The list's filters that the entries of V72's year indexes (V76, V77) and of the statistics index hold, as a short
     * walk of a period's years checks them ({@link #yearEntryFilters}), and the columns they need.
     */
    private static final List<String> ENTRY_FILTERS = List.of(OPEN, "i.status = ?", "i.gbv_type = ?",
            "i.urgent = ?");
    private static final List<String> ENTRY_FILTER_COLUMNS = List.of("i.status", "i.gbv_type", "i.urgent");

    /** A period of this many years or more is walked in the district's index first ({@link #walksDistrictFirst}). */
    static final int DISTRICT_FIRST_YEARS = 3;

    /**
     * The index of V72 that holds each order of the list after the district and the incident's year: a year of a
     * period is one range of it in that order ({@link #walksPeriodYears}).
     */
    private static final Map<String, String> YEAR_INDEXES = Map.of(
            "i.reported_date", "ix_incident_year_reported",
            "i.case_code", "ix_incident_year_code",
            "i.status, i.reported_date", "ix_incident_year_status",
            "i.gbv_type", "ix_incident_year_type",
            "i.urgent, i.reported_date", "ix_incident_year_urgent");

    /**
     * The index of V74 that holds each order of the list but the case code after the district and the year a case was
     * filed, the first four digits of its serial: a search for a code's year alone is one range of it in that order
     * ({@link #walksCodeYear}). By case code the year is a range of the serial's index ({@link #walksInOrder}).
     */
    private static final Map<String, String> CASE_YEAR_INDEXES = Map.of(
            "i.reported_date", "ix_incident_case_year_reported",
            "i.status, i.reported_date", "ix_incident_case_year_status",
            "i.gbv_type", "ix_incident_case_year_type",
            "i.urgent, i.reported_date", "ix_incident_case_year_urgent",
            "i.incident_date", "ix_incident_case_year_date");

    /**
     * V72's index that holds the urgency right after the incident's year (with every sort column since V76): a period's
     * cases of an urgency are counted and picked from each of its years' range ({@link #datedMatchesIndex}), where
     * (district, incident date, type, ...) read every case of the period. A period's cases of a type are read from V81's
     * index of the type, urgency and incident date.
     */
    private static final String YEAR_URGENT_INDEX = "ix_incident_year_urgent";

    /**
     * The equalities that V72's indexes hold right after the incident's year, each with the orders in which one of
     * them gives a year's cases of that status, urgency or type: a period with one of them is merged from each year's
     * range as a period alone is ({@link #walksPeriodYears}).
     */
    private static final Map<String, Map<String, String>> YEAR_INDEXES_WITH = Map.of(
            "i.status = ?", Map.of("i.reported_date", "ix_incident_year_status",
                    "i.status, i.reported_date", "ix_incident_year_status"),
            "i.urgent = ?", Map.of("i.reported_date", "ix_incident_year_urgent",
                    "i.urgent, i.reported_date", "ix_incident_year_urgent"),
            "i.gbv_type = ?", Map.of("i.gbv_type", "ix_incident_year_type"));

    /** The conditions of a period of incident dates alone (the report-date bound follows from its start). */
    private static final Set<String> PERIOD_CONDITIONS = Set.of("i.incident_date >= ?", "i.incident_date <= ?",
            "i.reported_date >= ?");

    /** A period spanning more years than this is not merged from each year's walk. */
    static final int PERIOD_YEARS = 12;

    /** The first day a MySQL/MariaDB DATE holds: the earlier years of a period without a start begin there. */
    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

    /**
     * A year that a period covers for at most this many days is read from its days' own entries and sorted (a month
     * of cases at most), not walked in order: the walk would pass over the rest of the year's cases.
     */
    static final int SHORT_PART_DAYS = 31;

    /** The columns a short walk reads for the filters and orders of {@link #walksShortly}. */
    private static final String WALKED_COLUMNS = "i.id, i.district_id, i.status, i.gbv_type, i.urgent, i.incident_date, "
            + "i.reported_date, i.case_code, i.case_serial";

    /** The columns a short walk of a code's year reads, all in each of V74's indexes ({@link #shortWalkPageSql}). */
    private static final String YEAR_WALKED_COLUMNS = "i.id, i.district_id, i.status, i.gbv_type, i.urgent, "
            + "i.incident_date, i.reported_date, i.case_serial";

    /** A limit that no number of matches reaches: it keeps a derived table of every match from being merged. */
    private static final long ALL = Integer.MAX_VALUE;

    /**
     * How the searched words were found to be spread over the names: the rare word (at most
     * {@link #RARE_WORD} names), or – when every word is common – the least frequent one in the
     * caller's district, which then drives the search through its index entries ordered by date;
     * {@code rarestFirst} all searched words in that order (the other words are probed in it), and
     * {@code mySql} whether the database is MySQL/MariaDB (see {@link #drivenSelect()} and {@link #drivenFrom}).
     */
    record Words(String rareWord, String drivingWord, List<String> rarestFirst, boolean mySql) {

        static final Words NONE = new Words(null, null, List.of(), false);

        Words(String rareWord, String drivingWord) {
            this(rareWord, drivingWord, List.of(), false);
        }

        /** The same words, for a database that is MySQL/MariaDB or not. */
        Words on(boolean mySqlDatabase) {
            return new Words(rareWord, drivingWord, rarestFirst, mySqlDatabase);
        }
    }

    IncidentListQuery(Caller caller, IncidentFilter filter, Set<String> wordHashes, String rareWord, LocalDate today) {
        this(caller, filter, wordHashes, new Words(rareWord, null), today);
    }

    IncidentListQuery(Caller caller, IncidentFilter filter, Set<String> wordHashes, Words words, LocalDate today) {
        this(caller, filter, wordHashes, words, today, true);
    }

    /**
     * @param wordHashes    the keyed hashes of the searched name's words (empty when not searching by name)
     * @param words         the rare or the driving word (see {@link #wordCountsSql(int, boolean)})
     * @param schoolInScope false when the filter names a school whose cases the caller may not list (another
     *                      district's): nothing matches, and no statement reads a case ({@link #isEmpty})
     */
    IncidentListQuery(Caller caller, IncidentFilter filter, Set<String> wordHashes, Words words, LocalDate today,
                      boolean schoolInScope) {
        IncidentFilter f = filter == null ? new IncidentFilter() : filter;
        String scopeColumn = CaseScope.column(caller);
        scopeValue = CaseScope.of(caller, "i").value();
        boolean nameWanted = f.getSurvivorName() != null && !f.getSurvivorName().isBlank();
        byName = nameWanted;
        this.wordHashes = wordHashes;
        this.words = words == null ? Words.NONE : words;
        this.districtId = caller.role() == vn.tincay.security.Role.DISTRICT_COORDINATOR ? caller.districtId() : null;
        this.reportedFrom = f.getFrom() == null ? null : Date.valueOf(f.getFrom());
        // A period from a day on, without an end, is walked to the end of this year, then through the later years
        // together; one up to a day, without a start, from the tenth year before its own, after the earlier years
        // together (periodYears): no case of an open end's years is left out.
        this.periodOpenEnded = f.getFrom() != null && f.getTo() == null;
        this.periodOpenStart = f.getFrom() == null && f.getTo() != null
                && f.getTo().getYear() >= EARLIEST.getYear() + PERIOD_YEARS; // within the years a DATE holds
        this.periodFrom = periodOpenStart ? LocalDate.of(f.getTo().getYear() - (PERIOD_YEARS - 2), 1, 1) : f.getFrom();
        this.periodTo = periodOpenEnded ? LocalDate.of(Math.max(today.getYear(), f.getFrom().getYear()), 12, 31)
                : f.getTo();
        this.periodReachesToday = periodOpenEnded || f.getTo() != null && !f.getTo().isBefore(today);
        this.today = today;
        empty = scopeColumn == null || scopeValue == null || nameWanted && wordHashes.isEmpty() || !schoolInScope;
        districtScope = "i.district_id".equals(scopeColumn);
        schoolScope = "i.school_id".equals(scopeColumn);
        and(scopeColumn + " = ?", scopeValue);
        int scopeOnly = filters.length();
        and("i.status = ?", f.getStatus() == null ? null : f.getStatus().name());
        and("i.gbv_type = ?", f.getType() == null ? null : f.getType().name());
        and("i.school_id = ?", f.getSchoolId());
        if (f.getFrom() != null) {
            // A report never precedes its incident, so the report date is bounded too: a page walking
            // the list's own index (scope, reported date) then reads only that range. Statements that
            // read every match leave the bound out (matchWhere): an index on the incident date answers
            // them without reading the rows.
            and("i.incident_date >= ?", Date.valueOf(f.getFrom()));
            boundReported("i.reported_date >= ?", Date.valueOf(f.getFrom()), false);
        }
        and("i.incident_date <= ?", f.getTo() == null ? null : Date.valueOf(f.getTo()));
        and("i.urgent = ?", f.getUrgent());
        if (f.isOpenOnly()) {
            // As a list of the open statuses, so the status indexes read only the (few) open cases.
            String open = " AND " + OPEN;
            conditions.add(OPEN);
            filters.append(open);
            matchFilters.append(open);
        }
        String code = CaseCodes.searchKey(f.getCaseCode());
        bySerial = !code.isEmpty() && Character.isDigit(code.charAt(0)) && caller.districtId() != null;
        int yearAlone = 0;
        int yearOfSearch = 0;
        if (bySerial) {
            // "2026-0042", "2026": the year and number, read from the district's own range (a school's list
            // names the district too, so that its range is read).
            if (!districtScope) {
                and("i.district_id = ?", caller.districtId());
            }
            int year = codeYear(code);
            yearOfSearch = year;
            yearAlone = code.length() == 4 ? year : 0;
            if (yearAlone > 0) {
                // A year alone: its matches are read from V74's indexes of the filing year, which hold every column
                // the list filters and sorts them by; a walk through the serial's index still reads its range.
                andForWalk(SERIAL_PREFIX, likePrefix(code));
                matchFilters.append(" AND i.case_year = ?");
                matchParameters.add(String.valueOf(yearAlone));
            } else {
                and(SERIAL_PREFIX, likePrefix(code));
            }
            if (year > 0) {
                // A case is numbered in the year it is filed, and received no later (Incident#describeIncident):
                // a walk in report-date order, newest first, starts at the end of the code's year.
                boundReported("i.reported_date < ?", Date.valueOf(LocalDate.of(year + 1, 1, 1)), true);
            }
        } else if (!code.isEmpty()) {
            and("i.case_code_key LIKE ?", likePrefix(code));
        }
        codeYearAlone = yearAlone;
        codeYearOfSearch = yearOfSearch;
        if (f.isOverdueOnly()) {
            // The case's earliest open next step (V63), read from the scope's index on it.
            and(OVERDUE, Date.valueOf(today));
        }
        dated = conditions.stream().anyMatch(condition -> condition.startsWith("i.incident_date"));
        List<String> besidesOpenType = new ArrayList<>(conditions.subList(1, conditions.size()));
        boolean open = besidesOpenType.remove(OPEN) || OPEN_STATUSES.contains(conditionValues.get("i.status = ?"))
                && besidesOpenType.remove("i.status = ?");
        boolean ofType = besidesOpenType.remove("i.gbv_type = ?");
        besidesOpenType.remove("i.urgent = ?"); // in V79's entries too
        openOfType = districtScope && !byName && open && ofType && PERIOD_CONDITIONS.containsAll(besidesOpenType);
        incidentFiltered = filters.length() > scopeOnly || !"i.district_id".equals(scopeColumn);
        narrowed = filters.length() > scopeOnly || nameWanted;
        where.append(clause(filters));
        parameters.addAll(filterParameters);
        matchWhere.append(clause(matchFilters));
        if (nameWanted) {
            for (String hash : wordHashes) {
                // The rare word is read from its own few index entries, not by probing every case of the scope.
                String condition = hash.equals(this.words.rareWord())
                        ? " AND i.id IN (SELECT w.incident_id FROM survivor_name_word w WHERE w.word_hash = ?)"
                        : " AND EXISTS (SELECT 1 FROM survivor_name_word w WHERE w.incident_id = i.id AND w.word_hash = ?)";
                where.append(condition);
                matchWhere.append(condition);
                parameters.add(hash);
                matchParameters.add(hash);
            }
        }
    }

    /** The WHERE clause of the given filters; without a scope no case can match, whatever the filters. */
    private String clause(StringBuilder conditions) {
        return empty || conditions.length() == 0 ? " WHERE 1 = 0" + conditions
                : " WHERE " + conditions.substring(" AND ".length());
    }

    private void and(String condition, Object value) {
        if (value != null) {
            andForWalk(condition, value);
            matchFilters.append(" AND ").append(condition);
            matchParameters.add(value);
        }
    }

    /**
     * A bound of the report date for walks only ({@link #andForWalk}, {@link #reportedBounds}); {@code implied} when
     * it follows from another condition rather than from a filter of its own, and is then not one of the
     * {@link #conditions} that choose the list's way.
     */
    private void boundReported(String condition, Date value, boolean implied) {
        if (implied) {
            filters.append(" AND ").append(condition);
            filterParameters.add(value);
        } else {
            andForWalk(condition, value);
        }
        reportedBounds.append(" AND ").append(condition);
        reportedBoundValues.add(value);
    }

    /** A condition only for a page that walks an index in the list's order (see {@link #matchFilters}). */
    private void andForWalk(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            conditionValues.put(condition, value);
            filters.append(" AND ").append(condition);
            filterParameters.add(value);
        }
    }

    /** The year a searched serial starts with ("20260042", "2026": 2026), or 0 when it does not name one. */
    static int codeYear(String serial) {
        if (serial.length() < 4 || !serial.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        int year = Integer.parseInt(serial.substring(0, 4));
        return year >= 1000 && year < 9999 ? year : 0;
    }

    private static String likePrefix(String key) {
        // The key holds letters and digits only, so it needs no escaping for LIKE.
        return key + "%";
    }

    /** Whether no case can match (a role without cases, or a name with no searchable word). */
    boolean isEmpty() {
        return empty;
    }

    /**
     * How many names each word hash appears in, each counted only up to {@link #RARE_WORD} + 1: one
     * statement, a short index range per word. With {@code inDistrict}, each word's count is followed
     * by the report date of its {@link #WORD_SAMPLE}th newest entry in the district (null when it has
     * fewer): the parameters are then each hash, then hash and district per word.
     */
    static String wordCountsSql(int words, boolean inDistrict) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < words; i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (SELECT w.incident_id FROM survivor_name_word w "
                    + "WHERE w.word_hash = ? LIMIT ").append(RARE_WORD + 1).append(") w").append(i).append(')');
        }
        if (inDistrict) {
            for (int i = 0; i < words; i++) {
                sql.append(", (").append(newestEntryDateSql(WORD_SAMPLE)).append(')');
            }
        }
        return sql.toString();
    }

    /** The report date of a word's {@code nth} newest index entry in a district: {@code ?} word, district. */
    private static String newestEntryDateSql(long nth) {
        return "SELECT w.reported_date FROM survivor_name_word w WHERE w.word_hash = ? AND w.district_id = ? "
                + "ORDER BY w.reported_date DESC, w.incident_id DESC LIMIT 1 OFFSET " + (nth - 1);
    }

    static String wordCountsSql(int words) {
        return wordCountsSql(words, false);
    }

    /**
     * Whether the search is driven by a common word's index entries of the district ({@link Words#drivingWord()}):
     * a district coordinator's search for names whose words are all common.
     */
    boolean isDrivenByWord() {
        return byName && !empty && words.drivingWord() != null && districtId != null;
    }

    /**
     * The report date before which a count of this driven search stops walking the driving word's
     * entries: {@code ?} word, district. Null from the database when the word has fewer entries (the
     * count is then exact).
     */
    static String countCutoffSql(int first) {
        return newestEntryDateSql(COUNT_WALK + (long) Math.max(0, first) * COUNT_WALK_PER_ROW);
    }

    /** The parameters of {@link #countCutoffSql}. */
    List<Object> countCutoffParameters() {
        return List.of(words.drivingWord(), districtId);
    }

    /**
     * Counts a driven search's matches ({@link #isDrivenByWord()}) among the driving word's entries
     * from a report date on (the cutoff; null: all of them), at most to a limit: parameters
     * {@link #drivenCountParameters}.
     */
    String drivenCountSql(Date cutoff) {
        return "SELECT COUNT(*) FROM (" + drivenSelect() + drivenFrom(cutoff) + " LIMIT ?) matches";
    }

    List<Object> drivenCountParameters(Date cutoff, long limit) {
        List<Object> all = drivenParameters(cutoff);
        all.add(limit);
        return all;
    }

    /**
     * On MySQL/MariaDB the tables are joined in the order written: the optimizer would otherwise start
     * from another word's (longer) list of entries and sort it. H2 (the demo) has no such keyword.
     */
    private String drivenSelect() {
        return words.mySql() ? "SELECT STRAIGHT_JOIN w.incident_id AS id FROM " : "SELECT w.incident_id AS id FROM ";
    }

    /** The other searched words, the least frequent first: the probe most likely to fail comes first. */
    private List<String> otherWords() {
        List<String> others = new ArrayList<>();
        for (String hash : words.rarestFirst()) {
            if (wordHashes.contains(hash) && !hash.equals(words.drivingWord())) {
                others.add(hash);
            }
        }
        for (String hash : wordHashes) {
            if (!others.contains(hash) && !hash.equals(words.drivingWord())) {
                others.add(hash);
            }
        }
        return others;
    }

    /**
     * The driving word's entries of the district, each other word looked up by primary key, the
     * incident read only when a filter asks for more than the district: read newest (or oldest) first
     * through V52's index, so a page stops after its rows however many cases the district has. The
     * entries whose name's signature lacks one of the other words are passed over in the index itself
     * (V66), so the lookups are made for the few names that may match, not for every entry walked.
     */
    private String drivenFrom(Date cutoff) {
        StringBuilder sql = new StringBuilder("survivor_name_word w");
        List<String> others = otherWords();
        for (int k = 0; k < others.size(); k++) {
            sql.append(" JOIN survivor_name_word o").append(k).append(" ON o").append(k)
                    .append(".incident_id = w.incident_id AND o").append(k).append(".word_hash = ?");
        }
        if (incidentFiltered) {
            sql.append(" JOIN incident i ON i.id = w.incident_id");
        }
        sql.append(" WHERE w.word_hash = ? AND w.district_id = ?");
        if (!others.isEmpty()) {
            sql.append(words.mySql() ? " AND w.name_mask & ? = ?" : " AND BITAND(w.name_mask, CAST(? AS BIGINT)) = CAST(? AS BIGINT)");
        }
        if (reportedFrom != null) {
            sql.append(" AND w.reported_date >= ?");
        }
        if (cutoff != null) {
            sql.append(" AND w.reported_date >= ?");
        }
        if (incidentFiltered) {
            sql.append(filters);
        }
        return sql.toString();
    }

    private List<Object> drivenParameters(Date cutoff) {
        List<String> others = otherWords();
        List<Object> all = new ArrayList<>(others);
        all.add(words.drivingWord());
        all.add(districtId);
        if (!others.isEmpty()) {
            long mask = NameIndex.mask(others);
            all.add(mask);
            all.add(mask);
        }
        if (reportedFrom != null) {
            all.add(reportedFrom);
        }
        if (cutoff != null) {
            all.add(cutoff);
        }
        if (incidentFiltered) {
            all.addAll(filterParameters);
        }
        return all;
    }

    /** Whether a page in this order is read from the driving word's entries ({@link #drivenPageSql}). */
    boolean drivesPage(String sortField) {
        return isDrivenByWord() && (sortField == null || !isSortable(sortField) || "reportedDate".equals(sortField));
    }

    /** A page of a driven search by report date: parameters {@link #drivenPageParameters}. */
    String drivenPageSql(String sortField, boolean ascending) {
        String direction = direction(isSortable(sortField), ascending);
        return joinedPage("", drivenSelect() + drivenFrom(null) + " ORDER BY w.reported_date" + direction
                + ", w.incident_id" + direction, order("i.reported_date", direction));
    }

    List<Object> drivenPageParameters(int size, int offset) {
        List<Object> all = drivenParameters(null);
        all.add(size);
        all.add(offset);
        return all;
    }

    /** Whether the survivor's name is searched (which the audit log records). */
    boolean searchesByName() {
        return byName && !empty;
    }

    static boolean isSortable(String field) {
        return field != null && SORTS.containsKey(field);
    }

    /**
     * The sort a list is read in. By status or by urgency, with that status or urgency fixed by a filter, the cases
     * come in report-date order ({@link #SORTS} follows either with the report date, in the same direction), and are
     * read as such: every way the list has of walking report dates then serves it. As sorted by urgency, the closed
     * physical assaults since 1 July that are not urgent were walked in this year's range of the urgency index past the
     * year's open cases (51-88 ms at 1,000,000 cases; 17 ms now). Any other sort is kept.
     */
    String orderOf(String sortField) {
        boolean fixed = "status".equals(sortField) && conditions.contains("i.status = ?")
                || "urgent".equals(sortField) && conditions.contains("i.urgent = ?");
        return fixed ? "reportedDate" : sortField;
    }

    /**
     * The incident columns of a sort ({@link #SORTS}), the report date when none is asked for. A search by year
     * and number is sorted by case code as the case serial: within a district the codes differ only after the
     * district code, and the serial is that part without its separator, which stands at the same place in each
     * (after the four-digit year), so the two orders are one - and the serial's index gives it for the range.
     */
    private String sorted(String sortField) {
        if (bySerial && "caseCode".equals(sortField)) {
            return "i.case_serial";
        }
        return SORTS.getOrDefault(sortField == null ? "" : sortField, "i.reported_date");
    }

    /**
     * One page, newest report first unless another sort is asked for. The page's ids are chosen from
     * the incident table alone (its index gives the order and skips the earlier pages without
     * reading rows); only then are those few rows joined with school and assignee. Sorting by school
     * name goes school by school instead (see {@link #sortsBySchoolName}).
     */
    String pageSql(String sortField, boolean ascending) {
        return pageSql(sortField, ascending, false);
    }

    /**
     * As {@link #pageSql(String, boolean)}; {@code fewMatches} when the count found at most
     * {@link #COUNT_LIMIT} matches. Those are then picked through whichever index fits the filter best
     * and sorted – a few thousand rows at most – rather than found by walking the sort column's index,
     * which the database prefers for ORDER BY … LIMIT even when the matches lie at its far end.
     */
    String pageSql(String sortField, boolean ascending, boolean fewMatches) {
        if (!fewMatches) {
            return pageSql(sorted(sortField), direction(isSortable(sortField), ascending), "", "",
                    walkedIndex(sortField));
        }
        return pickedPageSql(sortField, ascending, false);
    }

    /**
     * Whether a page is best read together with its count: walked in the order of an index that holds the
     * list's filters ({@link #walksInOrder}, {@link #walkedCountedPageSql}), or narrowed by a filter or a name,
     * so its matches may well be few ({@link #countedPageSql}), and neither driven by a common word nor
     * sorted school by school, which read pages their own way.
     */
    boolean countsWithPage(String sortField, Caller caller, IncidentFilter filter) {
        return walksInOrder(sortField) || narrowed && !empty && !isDrivenByWord()
                && !sortsBySchoolName(sortField, caller, filter) && !countsApart(sortField);
    }

    /**
     * Whether the list is counted on its own, before its page: on MySQL/MariaDB, when one index holds every filter
     * ({@link #countIndex}) and the page is neither walked in order nor merged from walks, which count in the same
     * statement. That count reads index entries alone (a closed type's 5,001 cases at 1,000,000 in 2.8 ms), where picking
     * the matches with the page read them through whichever index MariaDB took, with each match's row for the sort
     * column (100,000 entries in 34 ms for the same cases), and sorted them; the page is then walked a short way, or its
     * few matches picked.
     */
    private boolean countsApart(String sortField) {
        return countIndex() != null && !walksMerged(sortField);
    }

    /**
     * Whether the page, in this order, is one range of an index that holds exactly the filters
     * ({@link #WALKED_IN_ORDER}): a district coordinator's list unfiltered or filtered by equalities alone,
     * sorted by what follows them in the index. Such a page is walked whether its matches are few or many, and
     * counted in the same statement ({@link #walkedCountedPageSql}).
     */
    boolean walksInOrder(String sortField) {
        return !empty && walkedIndex(sortField) != null;
    }

    /**
     * The index a district coordinator's list, unfiltered or filtered by equalities alone, is one range of in the
     * page's order ({@link #WALKED_IN_ORDER}; by case code, a code's year and number the serial's), or null.
     */
    private String walkedIndex(String sortField) {
        if (!(districtScope || schoolScope) || byName) {
            return null;
        }
        String sorted = sorted(sortField);
        if (conditions.subList(1, conditions.size()).equals(List.of(SERIAL_PREFIX))) {
            // one range of (district, case serial)
            return "i.case_serial".equals(sorted) ? "ix_incident_district_serial" : null;
        }
        Set<String> columns = scopedEqualityColumns();
        if (columns == null || "schoolName".equals(sortField) && !columns.contains("i.school_id")) {
            return null; // by school name: read school by school (sortsBySchoolName)
        }
        return WALKED_IN_ORDER.getOrDefault(columns, Map.of()).get(sorted);
    }

    /**
     * The columns of the filters besides the scope if each is an equality, else null; for a focal point's list with her
     * school, her scope: her school's cases are then walked, counted and picked through the school's indexes as a
     * district's list of that school is. Through no named index her first page took two statements, the count of 5,001
     * cases reading their rows (6.5 ms at 1,000,000 cases, where its SQL takes 1.5).
     */
    private Set<String> scopedEqualityColumns() {
        Set<String> columns = equalityColumns();
        if (columns != null && schoolScope) {
            columns.add("i.school_id");
        }
        return columns;
    }

    /** The columns of the filters besides the scope if each is an equality, else null. */
    private Set<String> equalityColumns() {
        Set<String> columns = new java.util.HashSet<>();
        for (String condition : conditions.subList(1, conditions.size())) {
            if (!condition.endsWith(" = ?")) {
                return null;
            }
            columns.add(condition.substring(0, condition.length() - " = ?".length()));
        }
        return columns;
    }

    /**
     * The page walked in order ({@link #walksInOrder}) and, in the last column of each row, how many cases
     * match, counted at most to a limit from the same index: one statement, both reading index entries only.
     * Parameters: {@link #matchParametersWith} the limit, then {@link #parametersWith} the page size and the
     * offset.
     */
    String walkedCountedPageSql(String sortField, boolean ascending) {
        return pageSql(sorted(sortField), direction(isSortable(sortField), ascending), "", countColumn(),
                walkedIndex(sortField));
    }

    /** The parameters of {@link #walkedCountedPageSql}: the count's, with its limit, then the page's. */
    List<Object> walkedCountedPageParameters(long limit, int size, int offset) {
        List<Object> all = matchParametersWith(limit);
        all.addAll(parametersWith(size, offset));
        return all;
    }

    /**
     * Whether the page is of a district's open cases alone, or of its open cases of one urgency, in one of the list's
     * orders (not the school's name): each open status's matches are one range of an index in that order (as a status
     * of {@link #WALKED_IN_ORDER}), or a short read of the status's own entries for its urgent ones, so the page is
     * the first rows of each, merged ({@link #openStatusesPageSql}), however many cases are open.
     */
    boolean walksOpenStatuses(String sortField) {
        return districtScope && !byName && !empty && !"schoolName".equals(sortField)
                && (sortField == null || isSortable(sortField))
                && (conditions.subList(1, conditions.size()).equals(List.of(OPEN)) || walksOpenOfUrgency(sortField)
                || openInPeriodByDate(sortField) || walksOpenOfType(sortField));
    }

    /**
     * The orders that go by report date, alone or within each status: a status's cases of an equality are one range of
     * an index in them ({@link #walksOpenOfType}, {@link #walksOpenOfUrgency}, {@link #monthIndex}).
     */
    private static final Set<String> BY_REPORT_DATE = Set.of("i.reported_date", "i.status, i.reported_date");

    /** V71's index of a district's cases by urgency, status and report date, whose entries hold the incident date. */
    private static final String URGENT_STATUS_INDEX = "ix_incident_urgent";

    /**
     * Whether the page is of the open cases of one urgency (the home page's box of open urgent cases links to it),
     * merged from each open status's cases of that urgency ({@link #openStatusesPageSql}): without a period in every
     * order, each one range of V70's (district, status, urgent, report date) or a short read of the status's index of
     * the order ({@link #openStatusIndex}); in a period by report date or by status, each one range of
     * {@link #URGENT_STATUS_INDEX} from the period's first day, its dates checked in the entries. Read otherwise,
     * MariaDB took that index by the district and urgency alone and passed every closed case that is not urgent before
     * the first open one (the open cases not urgent since 2017, by status, oldest first: 200-250 ms at 1,000,000 cases).
     */
    private boolean walksOpenOfUrgency(String sortField) {
        return openOfUrgency() && (!dated || BY_REPORT_DATE.contains(sorted(sortField)));
    }

    /**
     * Whether the page is of the open cases of a type ({@link #openOfType}) by report date or status
     * ({@link #BY_REPORT_DATE}): each open status's range of {@link #STATUS_TYPE_INDEX} with the type, merged
     * ({@link #openStatusesPageSql}), each walked through index entries alone, the period checked in them. By incident
     * date, V67's (district, status, incident date) holds the type in its entries, but a status with few cases of the
     * type is read to its end (every other open case of the status): the matches are sorted instead
     * ({@link #sortsMatchEntries}).
     */
    private boolean walksOpenOfType(String sortField) {
        return openOfType && conditions.contains(OPEN) && BY_REPORT_DATE.contains(sorted(sortField));
    }

    /**
     * Whether the list is of the open cases of a period, sorted by incident date: each open status's cases of the period
     * are one range of V64's (district, status, incident date) index in that order. Read otherwise, from the district's
     * incident-date index with each row checked for its status, the open cases since 2018, oldest first, passed every
     * closed case of seven years (1.9 s at 1,000,000 cases).
     */
    private boolean openInPeriodByDate(String sortField) {
        List<String> filters = new ArrayList<>(conditions.subList(1, conditions.size()));
        filters.remove("i.urgent = ?"); // in V67's entries too: the open urgent cases since 2017, 1.9-2.5 s read otherwise
        return "incidentDate".equals(sortField) && filters.remove(OPEN) && !filters.isEmpty()
                && PERIOD_CONDITIONS.containsAll(filters);
    }

    /**
     * A page of the open cases ({@link #walksOpenStatuses}), perhaps of one urgency: for each open status, its first
     * cases in the page's order up to the page's end, walked from its index; the page is read from those few (so
     * sorted by status, no closed case is read before the open ones), and the rows are joined
     * last. When {@code counted}, each row's last column is how many cases are open, counted at most to a limit
     * from the status index ({@link #mergedPageSql}). Parameters {@link #openStatusesParameters}.
     */
    String openStatusesPageSql(String sortField, boolean ascending, boolean counted, int size, int offset) {
        List<String> walks = new ArrayList<>();
        String index = words.mySql() ? openStatusIndex(sortField) : null;
        boolean ofType = conditions.contains("i.gbv_type = ?");
        boolean ofUrgency = conditions.contains("i.urgent = ?");
        for (String status : OPEN_STATUSES) {
            walks.add(" FROM incident i" + (index == null ? "" : " FORCE INDEX (" + index + ")")
                    + " WHERE i.district_id = ? AND i.status = '" + status + "'"
                    + (ofUrgency ? " AND i.urgent = ?" : "") + (ofType ? " AND i.gbv_type = ?" : "") + openPeriod()
                    + (STATUS_TYPE_INDEX.equals(index) || URGENT_STATUS_INDEX.equals(index) ? periodReportFloor() : ""));
        }
        return mergedPageSql(walks, sortField, ascending, counted, size, offset);
    }

    /**
     * The index an open status's walk is one range of in the page's order ({@link #WALKED_IN_ORDER}), with an
     * urgency V70's (district, status, urgent, report date) by report date or status (in a period V71's
     * {@link #URGENT_STATUS_INDEX}, whose entries hold the incident date: {@link #walksOpenOfUrgency}), with a type
     * {@link #STATUS_TYPE_INDEX} (from the period's first day): named, as the walks in order are ({@link #walkedIndex}),
     * since MariaDB weighs every index that starts with the district per walk. With an urgency in another order, the
     * status's index of that order, each entry's row read for the urgency (V67's by incident date holds it): unnamed,
     * MariaDB read each open status's cases that are not urgent through V70's (district, status, urgent) and sorted them
     * by case code, 3.8 s at 1,000,000 cases.
     */
    private String openStatusIndex(String sortField) {
        String sorted = sorted(sortField);
        if (walksOpenOfType(sortField)) {
            return STATUS_TYPE_INDEX;
        }
        if (conditions.contains("i.urgent = ?") && BY_REPORT_DATE.contains(sorted)) {
            return dated ? URGENT_STATUS_INDEX : "ix_incident_district_status_urgent";
        }
        return WALKED_IN_ORDER.get(Set.of("i.status")).get(sorted);
    }

    /**
     * The parameters of {@link #openStatusesPageSql}: the count's with its limit (when counted: {@code limit} not
     * null), the district (and urgency) of each status's walk, the page's size and offset.
     */
    List<Object> openStatusesParameters(Long limit, int size, int offset) {
        List<Object> walks = new ArrayList<>();
        for (int k = 0; k < OPEN_STATUSES.size(); k++) {
            walks.add(scopeValue);
            if (conditions.contains("i.urgent = ?")) {
                walks.add(conditionValues.get("i.urgent = ?"));
            }
            if (conditions.contains("i.gbv_type = ?")) {
                walks.add(conditionValues.get("i.gbv_type = ?"));
            }
            for (String bound : OPEN_PERIOD_BOUNDS) {
                if (conditions.contains(bound)) {
                    walks.add(conditionValues.get(bound));
                }
            }
        }
        return mergedParameters(limit, walks, size, offset);
    }

    /** The incident dates an open status's walk of a period is bounded by ({@link #openInPeriodByDate}). */
    private static final List<String> OPEN_PERIOD_BOUNDS = List.of("i.incident_date >= ?", "i.incident_date <= ?");

    /** The conditions of {@link #OPEN_PERIOD_BOUNDS} the list has, each starting with " AND ". */
    private String openPeriod() {
        StringBuilder bounds = new StringBuilder();
        for (String bound : OPEN_PERIOD_BOUNDS) {
            bounds.append(conditions.contains(bound) ? " AND " + bound : "");
        }
        return bounds.toString();
    }

    /**
     * Whether the page is of a district's period of incident dates (a dozen years at most; see {@link #periodYears} for
     * a period open at one end), alone or
     * with a status, urgency or type, sorted by a column of one of V72's indexes, which hold each such order after the
     * district and the incident's year (and a status, urgency or type in the orders of {@link #YEAR_INDEXES_WITH}):
     * each year of the period is then one range in the page's order, and the page the first rows of each, merged
     * ({@link #periodYearsPageSql}) - however many cases the period holds, and counted in the same statement.
     * By incident date the period is one range of its own index anyway; by school name it is read school by school.
     */
    boolean walksPeriodYears(String sortField) {
        return districtScope && !byName && !empty && hasPeriodOfYears()
                && !"schoolName".equals(sortField) && (sortField == null || isSortable(sortField))
                && periodYearIndex(sortField) != null;
    }

    /**
     * The index of V72 whose range of each year gives the period's cases in the page's order: by the order alone for a
     * period alone, or with a status, urgency or type for a period with one of them ({@link #YEAR_INDEXES_WITH});
     * null when none does.
     */
    private String periodYearIndex(String sortField) {
        List<String> others = new ArrayList<>(conditions.subList(1, conditions.size()));
        others.removeAll(PERIOD_CONDITIONS);
        if (others.isEmpty()) {
            return YEAR_INDEXES.get(sorted(sortField));
        }
        return others.size() == 1 && YEAR_INDEXES_WITH.containsKey(others.get(0))
                ? YEAR_INDEXES_WITH.get(others.get(0)).get(sorted(sortField)) : null;
    }

    /** Whether the list has a period of incident dates of a dozen years at most (an open end: {@link #periodYears}). */
    private boolean hasPeriodOfYears() {
        return periodFrom != null && !periodFrom.isAfter(periodTo)
                && periodTo.getYear() - periodFrom.getYear() < PERIOD_YEARS;
    }

    /** A condition of the filters that a walk repeats, and its value. */
    private record Equality(String condition, Object value) {
    }

    /** The equality a period's walks hold besides their year ({@link #periodYearIndex}); or null. */
    private Equality periodEquality() {
        for (String condition : YEAR_INDEXES_WITH.keySet()) {
            if (conditions.contains(condition)) {
                return new Equality(condition, conditionValues.get(condition));
            }
        }
        return null;
    }

    /**
     * A page of a period ({@link #walksPeriodYears}): for each year of the period, its first cases in the page's order
     * up to the page's end, walked from V72's index for that order (the part of the year the period covers checked
     * from its entries), merged, and the page's rows joined last. A year the period covers for at most
     * {@link #SHORT_PART_DAYS} days is read from the incident-date index instead - those days' cases, sorted - since a
     * walk in the page's order would pass over the rest of its year. When {@code counted}, each row's last column is
     * how many cases the period holds, counted at most to a limit from the incident-date index
     * ({@link #mergedPageSql}; the years are written into the statement). Parameters {@link #periodYearsParameters}.
     */
    String periodYearsPageSql(String sortField, boolean ascending, boolean counted, int size, int offset) {
        return mergedPageSql(periodYearWalks(periodWalks(periodYearIndex(sortField), periodEquality(), sortField,
                ascending)), sortField, ascending, counted, size, offset);
    }

    /**
     * The FROM and WHERE of each walk of the period's parts ({@link #periodWalks}): a year's range of its index (of V72)
     * with the part of it the period covers, a month's range of its index of V80, or the days of a short part from the
     * statistics index, which holds a status, type and urgency after the incident date; with the equality when not
     * null. Parameters {@link #periodYearWalkParameters}.
     */
    private List<String> periodYearWalks(PeriodWalks period) {
        List<String> walks = new ArrayList<>();
        Equality equality = period.equality();
        for (YearPart part : period.parts()) {
            String walked = part.isShort() ? "ix_incident_statistics"
                    : part.month() > 0 ? period.monthIndex() : period.index();
            walks.add(" FROM incident i" + (words.mySql() ? " FORCE INDEX (" + walked + ")" : "")
                    + " WHERE i.district_id = ?" + (part.isShort() ? "" : " AND " + part.range())
                    + (equality == null ? "" : " AND " + equality.condition())
                    + " AND i.incident_date >= ? AND i.incident_date <= ?" + reportedFloor(walked, equality, part));
        }
        return walks;
    }

    /**
     * A period's walks: each year's range of {@code index} (of V72), or each month's of {@code monthIndex} (of V80, or
     * null), with the {@code equality} a walk repeats (or null), over its {@code parts} ({@link #periodParts}).
     */
    private record PeriodWalks(String index, String monthIndex, Equality equality, List<YearPart> parts) {
    }

    /** The walks of the period through {@code index} with {@code equality}, in the page's order and direction. */
    private PeriodWalks periodWalks(String index, Equality equality, String sortField, boolean ascending) {
        String monthIndex = monthIndex(equality, sortField, ascending);
        return new PeriodWalks(index, monthIndex, equality, periodParts(monthIndex != null));
    }

    /**
     * V80's index whose range of a month gives a period's cases in the page's order, when a part of a year that ends
     * well before the year does is better walked month by month ({@link #periodParts}): newest first, by report date
     * ((district, month, report date), a walk's urgency checked in its entries) or by status and report date, or by
     * report date with a status ((district, month, status, report date)); else null. Oldest first, the year's walk
     * starts with the part's first reports anyway. (A walk in these orders repeats no type: V72's indexes hold a type
     * after the year in the order by type alone.)
     */
    private String monthIndex(Equality equality, String sortField, boolean ascending) {
        String order = sorted(sortField);
        if (!" DESC".equals(direction(isSortable(sortField), ascending)) || !BY_REPORT_DATE.contains(order)) {
            return null;
        }
        boolean byStatus = !"i.reported_date".equals(order) || equality != null
                && "i.status = ?".equals(equality.condition());
        return byStatus ? "ix_incident_month_status" : "ix_incident_month_reported";
    }

    /**
     * The parts of the period walked ({@link #periodYears}), a year's part that ends more than
     * {@link #SHORT_PART_DAYS} days before its year does (and before today) split into its months when
     * {@code byMonth}. Walked from its newest report, such a part of a year's range
     * passed the reports of every later incident of the year first: the first half of 2025, newest first, passed
     * July to December (43,000 entries at 1,000,000 cases, 66-133 ms with a type). A month's range starts with the
     * month's own newest report, and the months are merged as the years are. Oldest first, the months cost a walk
     * each of the page's length.
     */
    private List<YearPart> periodParts(boolean byMonth) {
        List<YearPart> parts = new ArrayList<>();
        for (YearPart part : periodYears()) {
            if (!byMonth || !endsBeforeItsYear(part)) {
                parts.add(part);
                continue;
            }
            for (LocalDate first = part.first(); !first.isAfter(part.last());
                 first = first.withDayOfMonth(1).plusMonths(1)) {
                LocalDate end = first.withDayOfMonth(first.lengthOfMonth());
                parts.add(new YearPart(part.year(), first, end.isAfter(part.last()) ? part.last() : end, part.years(),
                        first.getYear() * 100 + first.getMonthValue()));
            }
        }
        return parts;
    }

    /**
     * Whether a part of a short walk of the period ({@link #shortWalkPageSql}) is a month's that checks every filter of
     * the list as it walks its entries ({@link #monthEntryChecks}), to the page's end: the list is filtered by nothing
     * the entries of V80's indexes do not hold. Its first matches in the page's order are then certain, and the part
     * needs no walked-past check ({@link #walkedPast}), which made the first step of a rare type's months come up short:
     * the month before the period's end held the first page's 25 rapes in its first 527 entries, and each month was
     * walked again to 2,025 entries, read twice (1/7/2024 to 30/6/2025, 15 ms of SQL at 1,000,000 cases). A month's
     * matches lie in one month's range, which bounds what it reads.
     */
    private boolean checksMonth(YearPart part) {
        return part.month() > 0 && words.mySql()
                && ENTRY_FILTERS.stream().filter(conditions::contains).count() + conditions.stream()
                .filter(PERIOD_CONDITIONS::contains).count() == conditions.size() - 1;
    }

    /** The list's filters that a month's entries are checked for as it is walked, their values written in. */
    private String monthEntryChecks() {
        StringBuilder checks = new StringBuilder();
        for (String filter : yearEntryFilters()) {
            Object value = conditionValues.get(filter);
            checks.append(" AND ").append(value == null ? filter : filter.replace("?", literal(value)));
        }
        return checks.toString();
    }

    /** Whether a year's part of the period ends more than {@link #SHORT_PART_DAYS} before its year, or today, does. */
    private boolean endsBeforeItsYear(YearPart part) {
        LocalDate yearEnd = LocalDate.of(part.year(), 12, 31);
        LocalDate later = today.isBefore(yearEnd) ? today : yearEnd;
        return part.years().startsWith("=") && !part.isShort()
                && java.time.temporal.ChronoUnit.DAYS.between(part.last(), later) > SHORT_PART_DAYS;
    }

    /** V78's index of a district's cases by type, urgency and report date, whose entries hold every sort column. */
    private static final String TYPE_URGENT_INDEX = "ix_incident_type_urgent";

    /**
     * V81's index of a district's cases by type, urgency and incident date, whose entries hold every filter and sort
     * column: a period's cases of a type are one range of it per urgency ({@link #datedMatchesIndex}).
     */
    private static final String TYPE_URGENT_DATE_INDEX = "ix_incident_type_urgent_date";

    /**
     * The report dates from the period's first day (a report never precedes its incident), for a statement that reads
     * {@link #STATUS_TYPE_INDEX}: the range of each status and the type then starts there.
     * The day is a date the period was given, written as a literal; "" for a list without a first day.
     */
    private String periodReportFloor() {
        return reportedFrom == null ? "" : reportedOnOrAfter(reportedFrom.toLocalDate());
    }

    /** The report dates from {@code day} on, the day written as a date literal (never what a user typed). */
    private static String reportedOnOrAfter(LocalDate day) {
        return " AND i.reported_date >= " + literal(Date.valueOf(day));
    }

    /**
     * For the walk of a year that the period enters after its first day, in an order of V72's index that continues with
     * the report date (by report date, or by status or urgency and then report date): the report date from that day on,
     * as the range the walk starts at. A report never precedes its incident, so no match is left out. Without it, the
     * closed cases of 1/7/2025-30/6/2026 from the oldest report walked 2025's closed cases of January to June first,
     * their index entries read and dropped one by one (31-40 ms at 1,000,000 cases; with it 0.5-1 ms). Where the status
     * or urgency is no equality of the walk, each of its values is one range (an IN of them all), so the bound applies
     * within each. The day is a date the period was given, written as a literal; "" for other walks.
     */
    private static String reportedFloor(String index, Equality equality, YearPart part) {
        if (part.isShort() || !part.years().startsWith("=") || part.first().getDayOfYear() == 1
                || part.month() > 0 && part.first().getDayOfMonth() == 1) {
            return "";
        }
        String ranges = switch (index) {
            case "ix_incident_year_reported", "ix_incident_month_reported" -> "";
            case "ix_incident_year_status", "ix_incident_month_status" -> equality == null ? " AND " + ANY_STATUS : "";
            case "ix_incident_year_urgent" -> equality == null ? " AND i.urgent IN (0, 1)" : "";
            default -> null;
        };
        return ranges == null ? "" : ranges + reportedOnOrAfter(part.first());
    }

    /**
     * The parameters of {@link #periodYearWalks}: for each part, the district, the equality's value (when not null),
     * its first and last day, then {@code after} (a walk's limit).
     */
    private List<Object> periodYearWalkParameters(List<YearPart> parts, Equality equality, Object... after) {
        List<Object> walks = new ArrayList<>();
        for (YearPart part : parts) {
            walks.add(scopeValue);
            if (equality != null) {
                walks.add(equality.value());
            }
            walks.add(Date.valueOf(part.first()));
            walks.add(Date.valueOf(part.last()));
            walks.addAll(java.util.Arrays.asList(after));
        }
        return walks;
    }

    /**
     * The parameters of {@link #periodYearsPageSql}: the count's with its limit (when counted: {@code limit} not
     * null), the district and the days of each year's part, the page's size and offset.
     */
    List<Object> periodYearsParameters(String sortField, boolean ascending, Long limit, int size, int offset) {
        PeriodWalks period = periodWalks(periodYearIndex(sortField), periodEquality(), sortField, ascending);
        return mergedParameters(limit, periodYearWalkParameters(period.parts(), period.equality()), size, offset);
    }

    /**
     * Whether the page is of a district's cases of one filing year, searched as a case code's year alone ("2025"), in
     * an order of V74's indexes, which hold each order but the case code after the district and that year: the page
     * is then one range of the index in its order ({@link #codeYearPageSql}), however many cases the year holds. By
     * case code the year is a range of the serial's own index ({@link #walksInOrder}); by school name it is read school
     * by school.
     */
    boolean walksCodeYear(String sortField) {
        return districtScope && !byName && !empty && codeYearAlone > 0 && !"schoolName".equals(sortField)
                && (sortField == null || isSortable(sortField)) && CASE_YEAR_INDEXES.containsKey(sorted(sortField))
                && conditions.subList(1, conditions.size()).equals(List.of(SERIAL_PREFIX));
    }

    /**
     * A page of a code's year ({@link #walksCodeYear}): the year's first cases in the page's order up to the page's end,
     * walked from V74's index for that order (named on MySQL/MariaDB), and the page's rows joined last. When
     * {@code counted}, each row's last column is how many cases the year holds, counted at most to a limit from the
     * entries of an index of V74 ({@link #mergedPageSql}; the year is written into the statement). Parameters
     * {@link #codeYearParameters}.
     */
    String codeYearPageSql(String sortField, boolean ascending, boolean counted, int size, int offset) {
        String index = CASE_YEAR_INDEXES.get(sorted(sortField));
        return mergedPageSql(List.of(" FROM incident i" + (words.mySql() ? " FORCE INDEX (" + index + ")" : "")
                + " WHERE i.district_id = ? AND i.case_year = '" + codeYearAlone + "'"), sortField, ascending, counted,
                size, offset);
    }

    /**
     * The parameters of {@link #codeYearPageSql}: the count's with its limit (when counted: {@code limit} not null), the
     * district, the page's size and offset.
     */
    List<Object> codeYearParameters(Long limit, int size, int offset) {
        return mergedParameters(limit, List.of(scopeValue), size, offset);
    }

    /**
     * Whether the page is merged from walks, each in the page's order: the open cases' (perhaps of one urgency) from
     * each open status ({@link #walksOpenStatuses}), a period's from each of its years ({@link #walksPeriodYears}), a
     * code's year from its one range ({@link #walksCodeYear}).
     */
    boolean walksMerged(String sortField) {
        return walksOpenStatuses(sortField) || walksPeriodYears(sortField) || walksCodeYear(sortField);
    }

    /** The page merged from its walks ({@link #walksMerged}), counted or not: parameters {@link #mergedParameters}. */
    String mergedPageSql(String sortField, boolean ascending, boolean counted, int size, int offset) {
        if (walksOpenStatuses(sortField)) {
            return openStatusesPageSql(sortField, ascending, counted, size, offset);
        }
        return walksPeriodYears(sortField) ? periodYearsPageSql(sortField, ascending, counted, size, offset)
                : codeYearPageSql(sortField, ascending, counted, size, offset);
    }

    /** The parameters of {@link #mergedPageSql}: the count's limit (null when not counted), size and offset. */
    List<Object> mergedParameters(String sortField, boolean ascending, Long limit, int size, int offset) {
        if (walksOpenStatuses(sortField)) {
            return openStatusesParameters(limit, size, offset);
        }
        return walksPeriodYears(sortField) ? periodYearsParameters(sortField, ascending, limit, size, offset)
                : codeYearParameters(limit, size, offset);
    }

    /**
     * The page's first rows of each walk ({@code walks}: the FROM and WHERE of each, the incident as {@code i}), each
     * walked in the page's order to the page's end, merged, and the page's rows joined last; when {@code counted},
     * each row's last column is how many cases match, counted at most to a limit. The walks' limit is written into
     * the statement: H2 (the demo) reuses a union's rows when the same statement runs again with another limit.
     */
    private String mergedPageSql(List<String> walks, String sortField, boolean ascending, boolean counted, int size,
                                 int offset) {
        String columns = sorted(sortField);
        String order = order(columns, direction(isSortable(sortField), ascending));
        StringBuilder union = new StringBuilder();
        for (String walk : walks) {
            union.append(union.length() == 0 ? "" : " UNION ALL ").append("(SELECT i.id, ").append(columns)
                    .append(walk).append(" ORDER BY ").append(order).append(" LIMIT ").append((long) offset + size)
                    .append(')');
        }
        return joinedPage(counted ? countColumn() : "", "SELECT * FROM (" + union + ") i ORDER BY " + order, order);
    }

    /** The count's parameters with its limit (when not null), the walks' own, the page's size and offset. */
    private List<Object> mergedParameters(Long limit, List<Object> walks, int size, int offset) {
        List<Object> all = limit == null ? new ArrayList<>() : matchParametersWith(limit);
        all.addAll(walks);
        all.add(size);
        all.add(offset);
        return all;
    }

    /**
     * The part of one year that a period covers, from its first to its last day; for a period without an end or a start,
     * the years after or before the others together ({@code years}: the condition on the incident's year). A part of a
     * month ({@link #periodParts}) names the month as well ({@code month}: year * 100 + month; 0 for a year's part).
     */
    private record YearPart(int year, LocalDate first, LocalDate last, String years, int month) {

        YearPart(int year, LocalDate first, LocalDate last) {
            this(year, first, last, "= " + year, 0);
        }

        YearPart(int year, LocalDate first, LocalDate last, String years) {
            this(year, first, last, years, 0);
        }

        /** Whether it is one year's part of at most {@link IncidentListQuery#SHORT_PART_DAYS} days. */
        boolean isShort() {
            return month == 0 && years.startsWith("=")
                    && java.time.temporal.ChronoUnit.DAYS.between(first, last) < SHORT_PART_DAYS;
        }

        /** The condition on the incident's year, or month, that makes the part one range of its index. */
        String range() {
            return month > 0 ? "i.incident_month = " + month : "i.incident_year " + years;
        }
    }

    /**
     * The years of the period ({@link #walksPeriodYears}), each with the part of it the period covers. A period without
     * an end has one more part after this year: the later years together, which hold no case unless one was given a
     * later incident date. One without a start has one before its first year: the earlier years together, which hold
     * no case unless the district's cases go back more than ten years before its end. Either is read by its dates and
     * sorted, which costs nothing when it is empty.
     */
    private List<YearPart> periodYears() {
        List<YearPart> parts = new ArrayList<>();
        if (periodOpenStart) {
            parts.add(new YearPart(periodFrom.getYear() - 1, EARLIEST, periodFrom.minusDays(1),
                    "<= " + (periodFrom.getYear() - 1)));
        }
        for (int year = periodFrom.getYear(); year <= periodTo.getYear(); year++) {
            parts.add(new YearPart(year, year == periodFrom.getYear() ? periodFrom : LocalDate.of(year, 1, 1),
                    year == periodTo.getYear() ? periodTo : LocalDate.of(year, 12, 31)));
        }
        if (periodOpenEnded) {
            parts.add(new YearPart(periodTo.getYear() + 1, periodTo.plusDays(1), LocalDate.of(9999, 12, 31),
                    ">= " + (periodTo.getYear() + 1)));
        }
        return parts;
    }

    /**
     * The conditions V67's status index and V68's incident-date index answer from their entries alone, with
     * every column the list sorts by: a status or the open ones, a type, urgency, an incident date range (and
     * the report-date bound, which only a walk reads).
     */
    private static final Set<String> STATUS_INDEX_CONDITIONS = Set.of("i.status = ?",
            OPEN, "i.gbv_type = ?", "i.urgent = ?",
            "i.incident_date >= ?", "i.incident_date <= ?", "i.reported_date >= ?");

    /**
     * Whether a page of many matches in this order is read by a short walk of the district's index in that
     * order ({@link #shortWalkPageSql}), then, if that does not fill it, by sorting every match
     * ({@link #sortedMatchesPageSql}): a district's list narrowed to a status (or the open ones), to a period
     * of incident dates (from and to) or to a case-code year and number, perhaps with a type or urgency – all
     * in V67's, V68's or V69's index, or to a school's cases of one status – in an order no index holds with those
     * filters ({@link #walksInOrder}), by one of the incident's own columns. Other filters (a school alone, a code's
     * district letters, overdue steps, a type or urgency alone) walk the order's index.
     */
    boolean walksShortly(String sortField) {
        if (!districtScope || !narrowed || byName || empty || "schoolName".equals(sortField)
                || sortField != null && !isSortable(sortField) || walksInOrder(sortField)
                || walksMerged(sortField)) {
            return false;
        }
        List<String> filterConditions = conditions.subList(1, conditions.size());
        boolean ofStatus = filterConditions.stream().anyMatch(condition -> condition.startsWith("i.status"));
        if (bySerial && "i.case_serial".equals(sorted(sortField))) {
            return false; // the serial's own range, in its order
        }
        boolean statusRange = walkedStatusIndex(sortField, false) != null;
        if (ofStatus && "status".equals(sortField) && !bySerial && !statusRange
                && !(conditions.contains("i.status = ?") && walksPeriodYearsShortly(sortField))) {
            // the status index gives a status's (or the open ones') matches in status order; a status's range of it is
            // walked shortly for a further filter that it lacks (a type, a school), and a period's years' ranges of it
            // for a period's cases of a status and more (from the newest, the district's status range read every later
            // report: 2020-2022's closed rapes, 600 ms at 1,000,000 cases)
            return false;
        }
        if ("incidentDate".equals(sortField)
                && filterConditions.stream().anyMatch(condition -> condition.startsWith("i.incident_date"))) {
            return false; // the incident-date indexes give a period's matches in that order
        }
        // A period open at one end may hold most of the district, whose matches a walk of the order's index meets soon
        // enough and sorting all of them would not (from 2017 by oldest case code: 23 ms walked, 700 ms sorted): it is
        // walked shortly only where each of its years' ranges is walked (walksPeriodYearsShortly), as densely matched.
        boolean period = filterConditions.contains("i.incident_date >= ?")
                && filterConditions.contains("i.incident_date <= ?")
                || (periodOpenEnded || periodOpenStart) && walksPeriodYearsShortly(sortField);
        // A school's cases of one status are walked in the status's own range of the order's index, where they lie as
        // densely as the school's cases in the district (one in twenty to a hundred), each entry's row read for the school.
        return filterConditions.stream().allMatch(c -> STATUS_INDEX_CONDITIONS.contains(c) || SERIAL_PREFIX.equals(c)
                || statusRange && "i.school_id = ?".equals(c)) && (ofStatus || period || bySerial);
    }

    /**
     * A page of many matches from the first {@code ?} entries of the district's index in the page's order
     * (within the report-date bounds when that is the order; a code's year from its own range of V74's index), each
     * entry's row read for the filters. When the matches are spread through the order this finds the page after a few
     * dozen entries; when they lie at its far end (a status's cases by case code, when most of the district's are of
     * another) it stops at the limit with the page unfilled, instead of reading most of the district, and
     * {@link #sortedMatchesPageSql} reads it. Parameters {@link #shortWalkParameters}.
     */
    String shortWalkPageSql(String sortField, boolean ascending) {
        return shortWalkPageSql(sortField, ascending, false);
    }

    /**
     * Whether a short walk of a period's years ({@link #walksPeriodYearsShortly}) first walks the district's index of
     * the page's order ({@link #districtWalkPageSql}), or for a list of an open status (or the open ones) that status's
     * range of it. An open status's range starts, either way, with cases still being worked on, which lie at the far
     * end of each year's range (the open cases since 1/1/2025 by case code: 2025's closed ones first, 71 ms; the open
     * ranges, a few dozen rows). Otherwise, when the period spans {@link #DISTRICT_FIRST_YEARS} years or more, the
     * years' shares of the walk are short, and a rare filter (a type of one case in twenty since 2017) leaves one of them
     * unfilled; if the period also holds the cases the order starts with, the district's own index finds the page in a
     * few hundred rows: 2.4 ms, against 8 ms for the years' walks and 20 ms for sorting their 50,000 matches. Such a
     * period reaches today when the order starts from the newest cases, or is open at its start (or bounds the report
     * dates the order starts from) when it starts from the oldest. Otherwise the district's walk would read its 4,000
     * rows in vain (7 ms), and the years are walked at once.
     */
    boolean walksDistrictFirst(String sortField, boolean ascending) {
        if (!walksShortly(sortField) || !walksPeriodYearsShortly(sortField) || walksYearOfCode(sortField)
                || !WALKED_IN_ORDER.get(Set.of()).containsKey(sorted(sortField))) {
            return false;
        }
        if (walksOpenRanges(sortField, true) || walkedStatusIndex(sortField, true) != null
                && OPEN_STATUSES.contains(conditionValues.get("i.status = ?"))) {
            return true;
        }
        if (walksSerialFrom(sortField, ascending) || walksTypeByUrgencyEntries(sortField)) {
            return true;
        }
        if (periodTo.getYear() - periodFrom.getYear() + 1 < DISTRICT_FIRST_YEARS) {
            return false;
        }
        boolean fromNewest = " DESC".equals(direction(isSortable(sortField), ascending));
        return fromNewest ? periodReachesToday
                : periodOpenStart || walksFromReportBounds(sortField);
    }

    /**
     * Whether the district's walk of a period by case code, oldest first, reads the serial's index from the period's
     * first year ({@link #districtWalkPageSql}), on MySQL/MariaDB. A case is numbered in the year it is filed, no earlier
     * than its report or its incident ({@code Incident#describeIncident}), so a period's cases lie in the serials from
     * its first year on; within a district every code starts with the district's code, so the serial's order is the
     * case code's. The district's case-code index would pass every earlier year first (since 2017, rape: 2016's cases,
     * then each year's walk of 2,025 entries, 40-60 ms at 1,000,000 cases); from the year, the page's matches come first.
     * Only for a period from the first day of a year: from 1 July, the year's serials start with half a year of cases
     * filed before it, and the walk read 4,025 of them in vain (the closed cases of 1/7/2025 to 30/6/2026: 26 -> 42 ms).
     * Not for an open status or the open cases, whose ranges of the district's index the district's walk reads instead
     * (the closed cases lie behind a year of them); for the closed ones, as their range of the district's index by case
     * code starts with the district's first year too.
     */
    private boolean walksSerialFrom(String sortField, boolean ascending) {
        return words.mySql() && ascending && isSortable(sortField) && "i.case_code".equals(sorted(sortField))
                && reportedFrom != null && periodFrom.getDayOfYear() == 1 && !walksOpenRanges(sortField, true)
                && !OPEN_STATUSES.contains(conditionValues.get("i.status = ?"));
    }

    /**
     * A page of many matches from the first {@code ?} entries of the district's index in the page's order (its status's
     * range of it with a status; within the report-date bounds when that is the order), each entry's row read for the
     * filters: a short walk as of a list without a period ({@link #walksDistrictFirst}). Parameters
     * {@link #districtWalkParameters}.
     */
    String districtWalkPageSql(String sortField, boolean ascending) {
        return shortWalkPageSql(sortField, ascending, true);
    }

    /** The parameters of {@link #districtWalkPageSql}, walking {@link #SHORT_WALK} entries past the page's end. */
    List<Object> districtWalkParameters(String sortField, boolean ascending, int size, int offset) {
        return districtWalkParameters(sortField, ascending, size, offset, SHORT_WALK);
    }

    /** As {@link #districtWalkParameters(String, boolean, int, int)}, walking {@code beyond} entries past the page's end. */
    List<Object> districtWalkParameters(String sortField, boolean ascending, int size, int offset, int beyond) {
        return shortWalkParameters(sortField, ascending, size, offset, beyond, true, walksSerialFrom(sortField,
                ascending));
    }

    private String shortWalkPageSql(String sortField, boolean ascending, boolean ofDistrict) {
        String order = order(sorted(sortField),
                direction(isSortable(sortField), ascending));
        if (walksYearOfCode(sortField) && !ofDistrict) {
            // A code's year with a further filter, or a year and the start of a number: the year's own range of V74's
            // index in the page's order, where the matches are ten times as dense as in the district's index of that
            // order, and checked from the index entries.
            String index = CASE_YEAR_INDEXES.get(sorted(sortField));
            return joinedPage("", "SELECT i.id FROM (SELECT " + YEAR_WALKED_COLUMNS + " FROM incident i"
                    + (words.mySql() ? " FORCE INDEX (" + index + ")" : "") + " WHERE i.district_id = ? AND i.case_year = '"
                    + codeYearOfSearch + "' ORDER BY " + order + " LIMIT ?) i" + where + " ORDER BY " + order, order);
        }
        List<String> walks = new ArrayList<>();
        List<String> checkedWalks = new ArrayList<>(); // of them, those whose every filter is checked as they walk
        boolean serialFrom = ofDistrict && walksSerialFrom(sortField, ascending);
        String statusIndex = walkedStatusIndex(sortField, ofDistrict);
        if (!ofDistrict && walksPeriodYearsShortly(sortField)) {
            // A period's cases of a status, type or urgency in an order V72 holds without it: each year's range of
            // the order's index (its entries hold the incident date, so the period's part is checked from them), or
            // the days of a year's short part from the incident-date index, walked a short way.
            // With a status, type or urgency that one of them holds right after the year in the page's order, each
            // year's walk is that value's range of it (periodWalkEquality).
            PeriodWalks period = periodShortWalks(sortField, ascending);
            List<YearPart> parts = period.parts();
            walks.addAll(periodYearWalks(period));
            for (int k = 0; k < parts.size(); k++) {
                if (checksMonth(parts.get(k))) {
                    checkedWalks.add(walks.get(k));
                }
            }
        } else if (serialFrom) {
            // By case code from a period's first year: the serial's range from that year (walksSerialFrom).
            walks.add(" FROM incident i FORCE INDEX (ix_incident_district_serial) WHERE i.district_id = ? "
                    + "AND i.case_serial >= '" + periodFrom.getYear() + "'");
        } else if (statusIndex != null) {
            // A status with a type, urgency or school besides: the status's own range of its index in the page's order,
            // where the matches are denser than in the district's (its closed cases lie behind a year of open ones).
            // By report date (or urgency and report date) from a period's start, from that day on (the range of the
            // report dates that follow).
            walks.add(" FROM incident i FORCE INDEX (" + statusIndex + ") WHERE i.district_id = ? AND i.status = ?"
                    + orderEquality(sortField) + (walksFromReportBounds(sortField) ? valueRanges(sortField)
                    + reportedBounds : ""));
        } else if (walksOpenRanges(sortField, ofDistrict)) {
            // The open cases of a period: each open status's range of its index in the page's order, walked shortly.
            for (String status : OPEN_STATUSES) {
                walks.add(" FROM incident i FORCE INDEX (" + WALKED_IN_ORDER.get(Set.of("i.status")).get(sorted(sortField))
                        + ") WHERE i.district_id = ? AND i.status = '" + status + "'" + orderEquality(sortField));
            }
        } else {
            boolean bounded = walksFromReportBounds(sortField);
            // Bounded, MariaDB would read the index from the district's end and test each entry against the bound,
            // instead of starting at it (ref, not range, access); the index named, it starts there.
            // A period's walk names the order's index too: MariaDB would pick its rows by the period's dates instead.
            String typeUrgent = typeByUrgency(sortField);
            walks.add(" FROM incident i" + ((bounded || ofDistrict) && words.mySql() ? " FORCE INDEX ("
                    + (typeUrgent.isEmpty() ? WALKED_IN_ORDER.get(Set.of()).get(sorted(sortField))
                    : TYPE_URGENT_INDEX) + ")" : "") + " WHERE i.district_id = ?" + typeUrgent
                    + orderEquality(sortField) + (bounded ? valueRanges(sortField) + reportedBounds : "")
                    + (ofDistrict && walksTypeByUrgencyEntries(sortField) ? typeUrgentEntryChecks(ascending) : ""));
        }
        // On MySQL/MariaDB the walk reads the entries alone - the id and the order's columns - and its rows are read for
        // the filters in the page's order only until the page is full (the walked entries are sorted first, and the
        // join, in the order written, stops at the page's end): a walk through matches costs the page's rows, not the
        // walk's. Elsewhere (H2, the demo) the walked entries' columns are read into a table of their own, which the
        // filters then read: joined with the incident table, the database would start from the filters' index.
        // The serial's walk gives its serials as the case codes the page is ordered by: the two orders are one.
        String columns = words.mySql() ? "i.id, " + (serialFrom ? "i.case_serial AS case_code" : sorted(sortField))
                : WALKED_COLUMNS;
        List<String> filtered = !ofDistrict && walksPeriodYearsShortly(sortField) ? yearEntryFilters() : List.of();
        StringBuilder union = new StringBuilder();
        for (String walk : walks) {
            union.append(union.length() == 0 ? "" : " UNION ALL ").append("(SELECT ").append(columns);
            if (checkedWalks.contains(walk)) {
                // A month's range checked for every filter as it is walked, to the page's end (monthEntryChecks).
                union.append(walk).append(monthEntryChecks()).append(" ORDER BY ").append(order).append(" LIMIT ?)");
            } else if (filtered.isEmpty()) {
                union.append(walk).append(" ORDER BY ").append(serialFrom ? order.replace("i.case_code", "i.case_serial")
                        : order).append(" LIMIT ?)");
            } else {
                // The year's walked entries, then those of them that match: its rows are read for the page's matches only.
                StringBuilder held = new StringBuilder(columns);
                for (String column : ENTRY_FILTER_COLUMNS) {
                    held.append(columns.contains(column) ? "" : ", " + column);
                }
                union.append(" FROM (SELECT ").append(held).append(walk).append(" ORDER BY ").append(order)
                        .append(" LIMIT ?) i WHERE ").append(String.join(" AND ", filtered)).append(")");
            }
        }
        List<String> limited = walks.stream().filter(walk -> !checkedWalks.contains(walk)).toList();
        String past = walks.size() > 1 && !limited.isEmpty() ? walkedPastColumn(limited, sorted(sortField), order) : "";
        if (words.mySql()) {
            // The rows by primary key, named: else MariaDB weighs each index its filters could use first (1-3 ms a page).
            return joinedPage(past, "SELECT i.id FROM (" + union + ") w STRAIGHT_JOIN incident i FORCE INDEX (PRIMARY) "
                    + "ON i.id = w.id" + where
                    + " ORDER BY " + order.replace("i.", "w."), order);
        }
        return joinedPage(past, "SELECT i.id FROM (" + union + ") i" + where + " ORDER BY " + order, order);
    }

    /**
     * For a short walk of several parts (a period's years), a further column of every row ({@link #walkedPast}): 1 when
     * some part stopped at its limit before that row in the page's order, else 0. Each part is walked to the same limit, so
     * a part whose matches lie further on (the open cases of an earlier year, by case code, behind the year's closed
     * ones) may have stopped before a match that belongs on the page, while another part filled it: only rows up to the
     * first part's last walked entry are certainly the first in order. The last walked entry of each part is read again
     * from its index (one range each), and the first of them in the page's order is compared with the row as a tuple of
     * the order's columns and the id.
     */
    private static String walkedPastColumn(List<String> walks, String columns, String order) {
        StringBuilder ends = new StringBuilder();
        for (String walk : walks) {
            ends.append(ends.length() == 0 ? "" : " UNION ALL ").append("(SELECT ").append(columns).append(", i.id")
                    .append(walk).append(" ORDER BY ").append(order).append(" LIMIT 1 OFFSET ?)");
        }
        // The first of the parts' ends in the page's order, read once for the statement (uncorrelated), not once a row.
        String key = columns + ", i.id";
        return ", COALESCE((" + key + ") " + (order.endsWith(" ASC") ? ">" : "<") + " (SELECT "
                + key.replace("i.", "b.") + " FROM (" + ends + ") b ORDER BY " + order.replace("i.", "b.")
                + " LIMIT 1), 0) AS walked_past";
    }

    /**
     * Whether a row of a short walk ({@link #shortWalkPageSql}) lies beyond the last walked entry of one of its parts
     * ({@link #walkedPastColumn}): the page is then not certainly the first matches in order, and is read otherwise.
     */
    static boolean walkedPast(Object[] row) {
        return row.length > COLUMN_COUNT && ((Number) row[row.length - 1]).longValue() > 0;
    }

    /**
     * Whether a short walk of a period's cases ({@link #walksShortly}: with a status, type or urgency) reads each of its
     * years' range of V72's index in the page's order rather than the district's index.
     */
    private boolean walksPeriodYearsShortly(String sortField) {
        // Not on H2, which reuses a union's rows when the statement runs again with another limit (see mergedPageSql).
        return words.mySql() && districtScope && hasPeriodOfYears() && YEAR_INDEXES.containsKey(sorted(sortField));
    }

    /**
     * The list's type or urgency as a condition of a walk sorted by it, which the walked index holds right after the
     * district (or the district and status), so the walk reads that value's range: a list of one type sorted by type
     * is in effect sorted by id. Without it, the urgent rapes since 2018 newest first by type walked the district's
     * index from the last type on, 4,025 entries and their rows in vain (60-80 ms at 1,000,000 cases). The value is an
     * enum's name or a boolean's digit, never what a user typed; empty for other lists.
     */
    private String orderEquality(String sortField) {
        String first = sorted(sortField).split(", ")[0];
        Object value = conditionValues.get(first + " = ?");
        if (value == null || !Set.of("i.gbv_type", "i.urgent").contains(first)) {
            return "";
        }
        return " AND " + first + " = " + literal(value);
    }

    /** An enum's name quoted, a boolean's digit or a day, as a filter's value written into a statement. */
    private static String literal(Object value) {
        if (value instanceof Date day) {
            return "DATE '" + day + "'";
        }
        return value instanceof Boolean urgent ? (urgent ? "1" : "0") : "'" + value + "'";
    }

    /**
     * The equality a short walk of a period's years ({@link #walksPeriodYearsShortly}) repeats in each year's walk: a
     * status, type or urgency of the list that an index of {@link #YEAR_INDEXES_WITH} holds right after the year, in
     * the page's order (the type by type; the status or urgency by report date or by itself), the type first, then the
     * status; or null. Each year's walk is then that value's range, where the matches of the other filters lie densely:
     * the urgent rapes since 2018 by type walked each year's cases from its first type on, found none in 225 entries,
     * none in 2,025, and sorted their 8,000 matches (43-71 ms at 1,000,000 cases).
     */
    private Equality periodWalkEquality(String sortField) {
        for (String condition : List.of("i.gbv_type = ?", "i.status = ?", "i.urgent = ?")) {
            if (conditions.contains(condition) && YEAR_INDEXES_WITH.get(condition).containsKey(sorted(sortField))) {
                return new Equality(condition, conditionValues.get(condition));
            }
        }
        return null;
    }

    /**
     * The walks of a short walk of a period ({@link #walksPeriodYearsShortly}): each year's range of V72's index of the
     * page's order, that of its equality with one ({@link #periodWalkEquality}), or each month's.
     */
    private PeriodWalks periodShortWalks(String sortField, boolean ascending) {
        Equality equality = periodWalkEquality(sortField);
        String index = equality == null ? YEAR_INDEXES.get(sorted(sortField))
                : YEAR_INDEXES_WITH.get(equality.condition()).get(sorted(sortField));
        return periodWalks(index, equality, sortField, ascending);
    }

    /**
     * The index whose range of the list's status a short walk reads in the page's order ({@link #WALKED_IN_ORDER}), on
     * MySQL/MariaDB, when the list has a status and is not a period's (whose years' ranges are walked) nor a code's
     * year's - or, {@code ofDistrict}, when it walks the district's index before a period's years
     * ({@link #districtWalkPageSql}); else null (the district's index of the order).
     */
    private String walkedStatusIndex(String sortField, boolean ofDistrict) {
        if (!words.mySql() || !conditions.contains("i.status = ?")
                || !ofDistrict && (walksYearOfCode(sortField) || walksPeriodYearsShortly(sortField))) {
            return null;
        }
        return WALKED_IN_ORDER.get(Set.of("i.status")).get(sorted(sortField));
    }

    /**
     * The list's filters that a short walk of a period's years checks from each year's index entries before reading
     * their rows ({@link #ENTRY_FILTERS}), on MySQL/MariaDB; the parameters of those with one follow each year's limit.
     */
    private List<String> yearEntryFilters() {
        if (!words.mySql()) {
            return List.of();
        }
        return ENTRY_FILTERS.stream().filter(conditions::contains).toList();
    }

    /**
     * Whether a walk of the district's index before a period's years ({@link #districtWalkPageSql}) reads each open
     * status's range of the order's index, for a list of the open cases.
     */
    private boolean walksOpenRanges(String sortField, boolean ofDistrict) {
        return ofDistrict && conditions.contains(OPEN) && WALKED_IN_ORDER.get(Set.of("i.status"))
                .containsKey(sorted(sortField));
    }

    /**
     * Whether a page of many matches of a code's year with a further filter ({@link #walksShortly}) is read from the
     * year's range of V74's index in the page's order, every filter checked from its entries, to the page's end
     * ({@link #codeYearEntriesPageSql}), on MySQL/MariaDB. It reads at most the year's entries, never a row but the
     * page's: for a type of one case in twenty the 500 entries before its 25th match (2.3 ms at 1,000,000 cases),
     * where a short walk read 225 entries, then 4,025, and sorted them (8.5 ms).
     */
    boolean readsCodeYearEntries(String sortField) {
        return words.mySql() && walksYearOfCode(sortField) && walksShortly(sortField);
    }

    /**
     * The page of {@link #readsCodeYearEntries}: the year's range of V74's index in the page's order with the filters.
     * Parameters {@link #parametersWith} size and offset.
     */
    String codeYearEntriesPageSql(String sortField, boolean ascending) {
        String order = order(sorted(sortField), direction(isSortable(sortField), ascending));
        return joinedPage("", "SELECT i.id FROM incident i FORCE INDEX (" + CASE_YEAR_INDEXES.get(sorted(sortField))
                + ")" + where + " AND i.case_year = '" + codeYearOfSearch + "' ORDER BY " + order, order);
    }

    /** Whether a short walk reads the year a code search starts with from its own range of V74's index. */
    private boolean walksYearOfCode(String sortField) {
        return codeYearOfSearch > 0 && CASE_YEAR_INDEXES.containsKey(sorted(sortField));
    }

    /**
     * Whether a walk of the district's index in the page's order starts at the list's report-date bounds (from a period's
     * first day, a code's year): by report date, or by status or urgency and then report date, where each status's or
     * urgency's range starts there ({@link #valueRanges}). A rare type since 2017, oldest first by status or urgency,
     * walked each year's range instead (2,025 entries of each of ten years, 45 ms at 1,000,000 cases): the district's
     * ranges from 1/1/2017 hold its first page after a few hundred entries.
     */
    private boolean walksFromReportBounds(String sortField) {
        return !reportedBoundValues.isEmpty()
                && (byReportDate(sortField) || sorted(sortField).endsWith(", i.reported_date"));
    }

    /**
     * For a walk by status or urgency bounded by report date ({@link #walksFromReportBounds}), each value of the order's
     * first column, so that the bound starts a range within each (an urgency the list has is its equality already);
     * "" by report date.
     */
    private String valueRanges(String sortField) {
        String first = sorted(sortField).split(", ")[0];
        if ("i.status".equals(first)) {
            return conditions.contains("i.status = ?") ? "" : " AND " + ANY_STATUS;
        }
        return "i.urgent".equals(first) && orderEquality(sortField).isEmpty() ? " AND i.urgent IN (0, 1)" : "";
    }

    /**
     * For a district's walk by urgency of a list with a type, on MySQL/MariaDB: the type, as the equality that starts
     * (district, type, urgency, report date) of V61 and V78, which the walk then reads instead of the district's urgency
     * index - only that type's entries, where a type of one case in twenty left a walk of 225 entries short. The value
     * is an enum's name; "" for other walks.
     */
    private String typeByUrgency(String sortField) {
        Object type = conditionValues.get("i.gbv_type = ?");
        return words.mySql() && type != null && sorted(sortField).startsWith("i.urgent")
                ? " AND i.gbv_type = " + literal(type) : "";
    }

    /**
     * The filters a walk of {@link #TYPE_URGENT_INDEX} checks in its entries: the type and a period. (With a status, or
     * the open cases, the district's walk is of the status's ranges instead.)
     */
    private static final Set<String> TYPE_URGENT_ENTRY_FILTERS = Set.of("i.gbv_type = ?", "i.incident_date >= ?",
            "i.incident_date <= ?", "i.reported_date >= ?");

    /**
     * Whether a district's walk by urgency of a list with a type ({@link #typeByUrgency}) checks every filter in the
     * entries of V78's (district, type, urgency, report date, id, incident date, status, case code) as it walks them
     * ({@link #typeUrgentEntryChecks}): the type and a period. Its limit then counts matches, so it is walked first for
     * such a period wherever the period lies ({@link #walksDistrictFirst}), reading no row but the page's: newest first,
     * past the type's reports of that urgency after the period's end (the urgent forced marriages of 2017-2024: 244
     * entries, 0.6 ms; the urgent physical assaults of 2020-2023: 10,514), oldest first from the period's first day.
     * Each year's range of the urgency index held only a few cases of a rare type, so those walks came up short and the
     * period's 5,000 matches were sorted (63 ms at 1,000,000 cases).
     */
    boolean walksTypeByUrgencyEntries(String sortField) {
        return !typeByUrgency(sortField).isEmpty() && dated
                && TYPE_URGENT_ENTRY_FILTERS.containsAll(conditions.subList(1, conditions.size()));
    }

    /**
     * The period's incident dates, with their values, as conditions of a walk that its entries are checked for; newest
     * first, the urgent cases alone. Past them the walk would pass every report after the period's end that is not urgent
     * (of a type seldom urgent, the denials of resources of 2018: 45,000 entries, 35 ms); a page they do not fill is read
     * from the period's years instead.
     */
    private String typeUrgentEntryChecks(boolean ascending) {
        StringBuilder checks = new StringBuilder();
        conditions.stream().filter(condition -> condition.startsWith("i.incident_date")).forEach(condition -> checks
                .append(" AND ").append(condition.replace("?", literal(conditionValues.get(condition)))));
        return checks + (ascending ? "" : " AND i.urgent = 1");
    }

    /** Whether the list is sorted by report date first. */
    private boolean byReportDate(String sortField) {
        return sorted(sortField).startsWith("i.reported_date");
    }

    /**
     * The parameters of {@link #shortWalkPageSql}: the district, the report-date bounds of a walk in that order (or
     * the district and days of each year's walk of a period), how far to walk, the filters, size and offset.
     */
    List<Object> shortWalkParameters(String sortField, boolean ascending, int size, int offset) {
        return shortWalkParameters(sortField, ascending, size, offset, SHORT_WALK);
    }

    /** As {@link #shortWalkParameters(String, boolean, int, int)}, walking {@code beyond} entries past the page's end. */
    List<Object> shortWalkParameters(String sortField, boolean ascending, int size, int offset, int beyond) {
        return shortWalkParameters(sortField, ascending, size, offset, beyond, false, false);
    }

    private List<Object> shortWalkParameters(String sortField, boolean ascending, int size, int offset, int beyond,
                                             boolean ofDistrict, boolean serialFrom) {
        List<Object> all = new ArrayList<>();
        long walked = (long) offset + size + beyond;
        if (walksOpenRanges(sortField, ofDistrict)) {
            // The open statuses share the walk, each walked entry's row read for the period; each part's last walked
            // entry first (walkedPast).
            long walkedEach = (long) offset + size + beyond / OPEN_STATUSES.size();
            for (long limit : new long[] {walkedEach - 1, walkedEach}) {
                for (int k = 0; k < OPEN_STATUSES.size(); k++) {
                    all.add(scopeValue);
                    all.add(limit);
                }
            }
            all.addAll(parametersWith(size, offset));
            return all;
        }
        if (!ofDistrict && !walksYearOfCode(sortField) && walksPeriodYearsShortly(sortField)) {
            // Each year's entries are checked for the filters before any row is read (yearEntryFilters), so every year
            // walks up to half the walk's length: 2,000 entries of each of eleven years cost 18 ms (4,000: 24 ms) and
            // find a type of one case in twenty, whose 50,000 matches since 2017 took 50 ms or more to sort. Without
            // such filters the years would share the walk, each walked entry's row read for them (ten years each walked
            // as far as one: 180 ms at 1,000,000 cases). A part that stops short is made up for by sorting every match
            // (walkedPast).
            PeriodWalks period = periodShortWalks(sortField, ascending);
            Equality equality = period.equality();
            List<YearPart> parts = period.parts();
            List<YearPart> limited = parts.stream().filter(part -> !checksMonth(part)).toList();
            List<String> filtered = yearEntryFilters();
            long walkedEach = (long) offset + size + (filtered.isEmpty() ? beyond / parts.size()
                    : Math.min(beyond, SHORT_WALK / 2));
            if (parts.size() > 1 && !limited.isEmpty()) {
                // each limited part's last walked entry
                all.addAll(periodYearWalkParameters(limited, equality, walkedEach - 1));
            }
            List<Object> after = new ArrayList<>(List.of(walkedEach));
            filtered.stream().map(conditionValues::get).filter(java.util.Objects::nonNull).forEach(after::add);
            for (YearPart part : parts) {
                all.addAll(checksMonth(part) ? periodYearWalkParameters(List.of(part), equality, (long) offset + size)
                        : periodYearWalkParameters(List.of(part), equality, after.toArray()));
            }
            all.addAll(parametersWith(size, offset));
            return all;
        }
        all.add(scopeValue);
        // (the serial's walk has no status parameter: its year is written into the statement)
        if (walkedStatusIndex(sortField, ofDistrict) != null && !serialFrom) {
            all.add(conditionValues.get("i.status = ?"));
            if (walksFromReportBounds(sortField)) {
                all.addAll(reportedBoundValues);
            }
        } else if (walksFromReportBounds(sortField) && (ofDistrict || !walksYearOfCode(sortField))) {
            all.addAll(reportedBoundValues);
        }
        all.add(walked);
        all.addAll(parametersWith(size, offset));
        return all;
    }

    /**
     * A page of every match picked through whichever index fits the filters and sorted: it costs as many
     * index entries as there are matches, wherever they lie in the page's order (V67 and V68 give the
     * status and date filters every order from index entries alone). Parameters {@link #matchParametersWith}
     * size and offset.
     */
    String sortedMatchesPageSql(String sortField, boolean ascending) {
        return pickedPageSql(sortField, ascending, false, String.valueOf(ALL));
    }

    /**
     * The page of few matches ({@link #pageSql(String, boolean, boolean)} with {@code fewMatches}) and, in
     * the last column of each row, how many cases match, counted at most to a limit: one statement reads
     * the matches once for both. When the number reaches the limit the matches are not few, and the page
     * is read again by walking the list's index. Parameters: {@link #matchParametersWith} the limit, the
     * page size and the offset.
     */
    String countedPageSql(String sortField, boolean ascending) {
        return pickedPageSql(sortField, ascending, true);
    }

    /**
     * The matches picked through whichever index fits the filter (at most {@link #COUNT_LIMIT} + 1, or a
     * {@code ?} limit when {@code counted}, which also numbers them), sorted, the page's rows joined last.
     */
    private String pickedPageSql(String sortField, boolean ascending, boolean counted) {
        return pickedPageSql(sortField, ascending, counted, counted ? "?" : String.valueOf(COUNT_LIMIT + 1));
    }

    /** As {@link #pickedPageSql(String, boolean, boolean)}, picking at most {@code limit} matches. */
    private String pickedPageSql(String sortField, boolean ascending, boolean counted, String limit) {
        String columns = sorted(sortField);
        String order = order(columns, direction(isSortable(sortField), ascending));
        String matches = "SELECT i.id, " + columns + matchesFrom() + " LIMIT " + limit;
        String picked = counted ? "SELECT m.*, COUNT(*) OVER () AS matches FROM (" + matches + ") m" : matches;
        return joinedPage(counted ? ", page.matches" : "", "SELECT * FROM (" + picked + ") i ORDER BY " + order,
                order);
    }

    private static String order(String columns, String direction) {
        StringBuilder order = new StringBuilder();
        for (String column : columns.split(", ")) {
            order.append(column).append(direction).append(", ");
        }
        return order.append("i.id").append(direction).toString();
    }

    /**
     * A page of one school's matching cases by report date: {@code ?} for the school comes before limit and offset. The
     * school's range of the index that holds its matches most densely is named ({@link #schoolIndex}): MariaDB walked
     * the district's report-date index instead, every school's cases read for this one's (the rapes since 2017 of the
     * first school by name: 64-70 ms at 1,000,000 cases, against 4.6 ms for its own range).
     */
    String pageSqlOfSchool(boolean ascending) {
        String index = schoolIndex();
        boolean everyStatus = SCHOOL_INDEX.equals(index) && !ofStatus();
        return pageSql("i.reported_date", direction(true, ascending), (everyStatus ? " AND " + ANY_STATUS : "")
                + " AND i.school_id = ?", "", index);
    }

    /** The filters V75's (school, status, report date, ...) answers: the status by its ranges, the others in its entries. */
    private static final Set<String> SCHOOL_ENTRY_FILTERS = Set.of("i.status = ?", OPEN, "i.gbv_type = ?",
            "i.urgent = ?", "i.incident_date >= ?", "i.incident_date <= ?", "i.reported_date >= ?");

    /** The overdue cases: an open next step due before today (V63). */
    private static final String OVERDUE = "i.next_step_due < ?";

    /**
     * The index a school's page by report date reads ({@link #pageSqlOfSchool}):
     * <ul>
     * <li>the overdue cases, (school, next step due), each one's row read for any other filter: a school's report-date
     * range, oldest first, read every closed case of its years before them (65 overdue cases of a school in 99 ms at
     * 1,000,000 cases, from their own range 2 ms);</li>
     * <li>with a status or the open cases, V75's (school, status, report date), whose entries hold the type, urgency and
     * incident date: each status's range, the other filters checked in its entries;</li>
     * <li>a period that ends before today, with a type or urgency or neither, V75's too, each status's range from the
     * period's first report date, checked in its entries: newest first, the report-date range read every later case's
     * row (a school's denials of resources of 2018: 100 ms, index entries alone 7.5 ms);</li>
     * <li>otherwise (school, report date), whose matches lie from the newest case on.</li>
     * </ul>
     */
    private String schoolIndex() {
        List<String> others = conditions.subList(1, conditions.size());
        if (others.contains(OVERDUE)) {
            return ActionNeeded.OVERDUE_NEXT_STEPS.index("i.school_id").orElseThrow();
        }
        if (ofStatus()) {
            return SCHOOL_INDEX;
        }
        return dated && !periodReachesToday && SCHOOL_ENTRY_FILTERS.containsAll(others) ? SCHOOL_INDEX
                : "ix_incident_school_reported";
    }

    /** Whether the list has a status or is of the open cases. */
    private boolean ofStatus() {
        return conditions.contains("i.status = ?") || conditions.contains(OPEN);
    }

    /**
     * At most this many matches, counted, are picked and sorted by their schools' names at once
     * ({@link #schoolNamePickedPageSql}), whatever the list: each match's row is read for its school (1,000 in 10 ms or so).
     */
    static final int PICKED_BY_SCHOOL_NAME = 1000;

    /**
     * Whether a page by school name reads each school's matches from index entries that hold every filter
     * ({@link #schoolIndex}): a status's or the open cases', or a period's that ends before today, with filters V75's
     * entries hold, or the overdue cases (with any other filter). School by school, a school or two then fill a page of
     * more than {@link #PICKED_BY_SCHOOL_NAME} matches, where picking them all reads each one's row for its school (the
     * district's 3,805 overdue cases, 45 ms at 1,000,000 cases, against 16-19 ms school by school; a year's 3,649 urgent
     * physical assaults, 72-97 ms, against 25-46 ms).
     */
    boolean schoolPagesReadTheirMatches() {
        List<String> others = conditions.subList(1, conditions.size());
        return SCHOOL_INDEX.equals(schoolIndex()) && SCHOOL_ENTRY_FILTERS.containsAll(others)
                || others.contains(OVERDUE);
    }

    /**
     * A page by school name of few matches (at most {@link #COUNT_LIMIT}, as counted): every match picked through the
     * index that fits the filters ({@link #matchesFrom}), joined with its school and sorted by the school's name, then by
     * report date as a school's page is ({@link #pageSqlOfSchool}). School by school, a list of few matches read each
     * school's range in turn, most of them in vain (the open cases of 2018, of which there are none: 5.2 s at 1,000,000
     * cases, every school's range of its report-date index read for them). Parameters {@link #matchParametersWith}
     * size and offset.
     */
    String schoolNamePickedPageSql(boolean ascending) {
        String direction = direction(true, ascending);
        String order = "s.name" + direction + ", s.id" + direction + ", i.reported_date" + direction + ", i.id"
                + direction;
        // The matches' ids from the index entries first, then each one's row by key for its school, then the school:
        // asked for the school with the matches, MariaDB read the row of every entry of the index's range (a year's
        // 3,649 urgent physical assaults among 60,000 entries: 150 ms at 1,000,000 cases, by key 41 ms); and joined in
        // another order, it started from the schools, with a temporary table.
        // Entries that hold the school give it without the row (matchesHoldTheirSchool).
        boolean held = matchesHoldTheirSchool();
        String matches = "SELECT i.id, i.reported_date" + (held ? ", i.school_id" : "") + matchesFrom() + " LIMIT "
                + (COUNT_LIMIT + 1);
        String join = words.mySql() ? " STRAIGHT_JOIN " : " JOIN ";
        return joinedPage("", "SELECT m.id FROM (" + matches + ") m" + join + (held ? "school s ON s.id = m.school_id"
                : "incident r" + (words.mySql() ? " FORCE INDEX (PRIMARY)" : "") + " ON r.id = m.id" + join
                + "school s ON s.id = r.school_id") + " ORDER BY " + order.replace("i.", "m."), order);
    }

    /**
     * Whether a page that the first short step of a period's walk did not fill is read by sorting every match
     * ({@link #sortedMatchesPageSql}) rather than by walking on: by case code, a period's cases of a type, read from V81's
     * entries, which hold every sort column ({@link #matchesHoldTheirSchool}), when the period lies in one or two years and
     * cuts one of them. Each year's range of its case codes is walked, and a year that the period enters after its first
     * day (or leaves before its last) is walked through the codes of its days outside the period as well: the cases not
     * of gender-based violence of 1/7/2024-30/6/2025 at 1,000,000 cases read 47,000 entries of January to June 2024, twice
     * (22-25 ms), where the period's 7,954 cases of the type are sorted from their entries in 7-11 ms. A first step that
     * did not fill the page means the type is rare among the walked entries, and its matches few among the period's.
     */
    boolean sortsWhenTheFirstStepFails(String sortField) {
        return dated && matchesHoldTheirSchool() && "i.case_code".equals(sorted(sortField))
                && periodTo.getYear() - periodFrom.getYear() <= 1
                && (periodFrom.getDayOfYear() > 1 || !periodTo.equals(LocalDate.of(periodTo.getYear(), 12, 31)));
    }

    /**
     * Whether every match of the list is read from entries that hold its school: V81's of a period's cases of a type
     * ({@link #datedMatchesIndex}). Few of them are then sorted by school name from those entries alone, without reading
     * a row ({@link #schoolNamePickedPageSql}).
     */
    boolean matchesHoldTheirSchool() {
        return words.mySql() && matchesFrom().contains("FORCE INDEX (" + TYPE_URGENT_DATE_INDEX + ")");
    }

    /**
     * @param counted a further column of every row, whose parameters come before the page's
     * @param index the index the page is one range of ({@link #walkedIndex}), named on MySQL/MariaDB, or null
     */
    private String pageSql(String columns, String direction, String extra, String counted, String index) {
        String order = order(columns, direction);
        // A period's cases of a status by incident date are one range of (district, status, incident date), which
        // MariaDB read by district and status alone, from the district's oldest case (300 ms at 1,000,000 cases).
        // (Its closed cases of a type too, which are counted through the years' type index: unnamed, MariaDB read 2019's
        // closed physical assaults, newest first, through another index and sorted them, 270 ms at 1,000,000 cases.)
        boolean statusByDate = dated && extra.isEmpty() && "i.incident_date".equals(columns) && districtScope && !byName
                && conditions.contains("i.status = ?")
                && STATUS_INDEX_CONDITIONS.containsAll(conditions.subList(1, conditions.size()));
        // A code's year by incident date, of a period or not: one range of V74's (district, year, incident date) - the
        // district's incident-date index read every case from the period's first day for the year's (1.5 s at 1,000,000).
        boolean codeYearByDate = districtScope && !byName && codeYearAlone > 0 && extra.isEmpty()
                && "i.incident_date".equals(columns);
        // A school's cases by incident date, of a status, type, urgency or period besides: the school's range of (school,
        // incident date), each row read for the other filters. Walked here, they are more than COUNT_LIMIT, most of the
        // school's cases; unnamed, MariaDB walked the district's incident-date index for the school's (a school's closed
        // cases since 2017, newest first: 75-100 ms at 1,000,000 cases).
        boolean schoolByDate = index == null && extra.isEmpty() && "i.incident_date".equals(columns) && !byName
                && (schoolScope || districtScope && conditions.contains("i.school_id = ?")) && conditions
                .subList(1, conditions.size()).stream().allMatch(c -> STATUS_INDEX_CONDITIONS.contains(c)
                        || "i.school_id = ?".equals(c));
        // And by report date, of a period to today without a status (whose cases walk the status's range): the school's
        // range of (school, report date), from its newest case or the period's first report day. Unnamed, MariaDB weighed
        // some thirty indexes (3.6 ms at 1,000,000 cases, for a page read in 3.7) and took the district's report dates.
        boolean schoolByReport = index == null && extra.isEmpty() && "i.reported_date".equals(columns) && !ofStatus()
                && periodReachesToday && ofSchoolInPeriod();
        // A period's cases of a type and an urgency by incident date: one range of V81's (district, type, urgency,
        // incident date), whose entries hold every other filter; unnamed, MariaDB weighed some thirty indexes for each
        // such page (3 ms at 1,000,000 cases of a page read in 0.3-2).
        boolean typeUrgentByDate = dated && extra.isEmpty() && "i.incident_date".equals(columns) && districtScope
                && !byName && conditions.contains("i.gbv_type = ?") && conditions.contains("i.urgent = ?")
                && STATUS_INDEX_CONDITIONS.containsAll(conditions.subList(1, conditions.size()));
        String named = statusByDate ? "ix_incident_district_status_date"
                : typeUrgentByDate ? TYPE_URGENT_DATE_INDEX
                : codeYearByDate ? CASE_YEAR_INDEXES.get("i.incident_date")
                : schoolByDate ? "ix_incident_school_date" : schoolByReport ? "ix_incident_school_reported" : index;
        String ranges = codeYearByDate ? " AND i.case_year = '" + codeYearAlone + "'"
                // a type's cases by status: each status's range of V79 with the type, in the index's order
                : STATUS_TYPE_INDEX.equals(named) && !ofStatus() ? " AND " + ANY_STATUS : "";
        return joinedPage(counted, "SELECT i.id FROM incident i"
                + (words.mySql() && named != null ? " FORCE INDEX (" + named + ")" : "") + where + ranges + extra
                + " ORDER BY " + order, order);
    }

    /**
     * The page's rows: the ids {@code chosen} (a statement ending in its ORDER BY) limited to the page, then joined
     * with school and assignee – only the page's few rows – in the page's {@code order}; {@code columns} are further
     * columns of every row.
     */
    private static String joinedPage(String columns, String chosen, String order) {
        return "SELECT " + COLUMNS + columns + " FROM (" + chosen + " LIMIT ? OFFSET ?) page JOIN incident i "
                + "ON i.id = page.id JOIN school s ON s.id = i.school_id LEFT JOIN user_account a "
                + "ON a.id = i.assigned_to_id ORDER BY " + order;
    }

    /** A column of every row: how many cases match, counted at most to a {@code ?} limit from index entries. */
    private String countColumn() {
        return ", (SELECT COUNT(*) FROM (SELECT i.id" + countedFrom() + " LIMIT ?) counted) AS matches";
    }

    private static String direction(boolean sorted, boolean ascending) {
        return sorted && ascending ? " ASC" : " DESC";
    }

    /**
     * Whether the page is sorted by school name across several schools. Sorting a whole district by a
     * joined column would read and sort every case; going through the district's few schools in name
     * order, each read by its own index, costs a page per school instead.
     */
    static boolean sortsBySchoolName(String sortField, Caller caller, IncidentFilter filter) {
        return "schoolName".equals(sortField) && caller.role() == vn.tincay.security.Role.DISTRICT_COORDINATOR
                && (filter == null || filter.getSchoolId() == null);
    }

    /** The schools of the caller's district in name order: {@code ?} is the district. */
    static String schoolsInNameOrderSql(boolean ascending) {
        String direction = direction(true, ascending);
        return "SELECT s.id FROM school s WHERE s.district_id = ? ORDER BY s.name" + direction + ", s.id" + direction;
    }

    /** Counts one school's matches, at most to a limit: {@link #matchParametersWith} the school, then the limit. */
    String countSqlOfSchool() {
        return "SELECT COUNT(*) FROM (SELECT i.id FROM incident i" + matchWhere + " AND i.school_id = ? LIMIT ?) matches";
    }

    /** The parameters of a page walking the list's index ({@link #pageSql}, {@link #pageSqlOfSchool}), then {@code more}. */
    List<Object> parametersWith(Object... more) {
        return with(parameters, more);
    }

    /** The parameters of the statements that read every match ({@link #countSql}, {@link #countSqlOfSchool}). */
    List<Object> matchParametersWith(Object... more) {
        return with(matchParameters, more);
    }

    /** The parameters of {@link #pageSql(String, boolean, boolean)}, then {@code more}. */
    List<Object> pageParametersWith(boolean fewMatches, Object... more) {
        return fewMatches ? matchParametersWith(more) : parametersWith(more);
    }

    private static List<Object> with(List<Object> parameters, Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(java.util.Arrays.asList(more));
        return all;
    }

    /** Counts the matches, but at most {@code limit}: a large result is not walked to its end. */
    String countSql() {
        return "SELECT COUNT(*) FROM (SELECT i.id" + countedFrom() + " LIMIT ?) matches";
    }

    /**
     * The FROM and WHERE of a count: through {@link #countIndex} where one holds every filter, else as the other
     * statements that read every match ({@link #matchesFrom}).
     */
    private String countedFrom() {
        String index = countIndex();
        if (index == null) {
            return matchesFrom();
        }
        return " FROM incident i FORCE INDEX (" + index + ")" + matchWhere + periodYearsCondition(index);
    }

    /**
     * The index a count of a district's list reads on MySQL/MariaDB, whose entries hold every filter, or null: the index
     * of {@link #COUNTED_BY} where the list is filtered by its equalities alone (or not at all), (district, status, report
     * date) for the open cases, the index of a code's year or year and number ({@link #serialMatchesIndex}), (district,
     * incident date) for a period alone, else the index a dated list's matches are read from
     * ({@link #datedMatchesIndex}).
     */
    private String countIndex() {
        if (!words.mySql() || !(districtScope || schoolScope) || byName) {
            return null;
        }
        List<String> others = conditions.subList(1, conditions.size());
        Set<String> columns = scopedEqualityColumns();
        if (columns != null) {
            return COUNTED_BY.get(columns);
        }
        if (schoolScope) {
            return null;
        }
        if (others.equals(List.of(OPEN))) {
            return "ix_incident_district_status";
        }
        if (openOfType) {
            return STATUS_TYPE_INDEX;
        }
        if (!dated) {
            return serialMatchesIndex();
        }
        if (openOfUrgency()) {
            // counted as its matches are read, each open status's range of V71 with the urgency (matchesFrom): through
            // (district, status, incident date) every open case of the period was read for its urgency (the open
            // urgent cases since 1/1/2026 at 1,000,000 cases: 16-19 ms, from V71's ranges 2.4-5.6)
            return null;
        }
        return PERIOD_CONDITIONS.containsAll(others) ? "ix_incident_district_date" : datedMatchesIndex();
    }

    /**
     * For a statement that reads {@code index}, when it is {@link #YEAR_URGENT_INDEX}, the period's years as an
     * equality on the incident's year (which its dates imply), so that each year is one range of the index by year and
     * urgency: the years walked ({@link #periodYears}), and the later or earlier ones of a period open at one end
     * as one range besides (written "year >= 2027": "year > 2026" made MariaDB read the whole of 2026 again). For
     * {@link #TYPE_URGENT_DATE_INDEX}, each urgency as a range where the list has none; for {@link #STATUS_TYPE_INDEX},
     * a code's year's status index and a school's ({@link #codeYearPeriodIndex}, {@link #ofSchoolInPeriod}), the report
     * dates from the period's first day ({@link #periodReportFloor}), where each status's range then starts (for a
     * school's list without a status, each status as a range). Else "".
     */
    private String periodYearsCondition(String index) {
        if (SCHOOL_INDEX.equals(index)) {
            // without a status, every status's range of the school, each from the first report day
            return (reportedFrom != null && !ofStatus() ? " AND " + ANY_STATUS : "") + periodReportFloor();
        }
        if (STATUS_TYPE_INDEX.equals(index) || CASE_YEAR_WITH.get("i.status = ?").equals(index)) {
            return periodReportFloor();
        }
        if (TYPE_URGENT_DATE_INDEX.equals(index)) {
            // each urgency's range of the type's dates, without the urgency a list may have
            return conditions.contains("i.urgent = ?") ? "" : " AND i.urgent IN (0, 1)";
        }
        if (!YEAR_URGENT_INDEX.equals(index)) {
            return "";
        }
        StringBuilder years = new StringBuilder();
        for (int year = periodFrom.getYear(); year <= periodTo.getYear(); year++) {
            years.append(years.length() == 0 ? "" : ", ").append(year);
        }
        String walked = "i.incident_year IN (" + years + ")";
        if (periodOpenEnded) {
            return " AND (" + walked + " OR i.incident_year >= " + (periodTo.getYear() + 1) + ")";
        }
        return periodOpenStart ? " AND (i.incident_year <= " + (periodFrom.getYear() - 1) + " OR " + walked + ")"
                : " AND " + walked;
    }

    /**
     * The FROM and WHERE of the statements that read every match. A district's open urgent cases (the home page's
     * box of them links to this list) are read on MySQL/MariaDB one open status after the other, each status an
     * equality on V71's (district, urgent, status) index, whose entries hold every sort column. Written as one
     * {@code status IN (...)}, MariaDB read that index by its first two columns alone – every closed urgent case of
     * the district before the open ones, 119,000 entries at 1,000,000 cases for 6,400 matches – as it took the
     * range's estimate for that shorter read ("clipped up"); naming the index (district, status, urgent) instead
     * left the sorts that it lacks to read each match's row (30-40 ms). V72's indexes of the incident's year are
     * for the walks that name them ({@link #periodYearsPageSql}): for a period's matches MariaDB took one by the
     * district alone - its entries hold the incident date and are narrower than those of the incident-date index -
     * and read every year of the district before the period's (100 ms at 1,000,000 cases, against 5 ms). V74's index of
     * the filing year and the incident date, whose entries hold the incident date after the district as well, is left
     * out with them, but for the dated cases of a code's year, which it holds. A code's year, or year and number, is
     * read from the index that holds it ({@link #serialMatchesIndex}).
     */
    private String matchesFrom() {
        if (words.mySql() && openOfUrgency()) {
            // each status's range from the period's first report day
            return OPEN_STATUSES_FIRST + matchWhere + periodReportFloor();
        }
        String overdueIndex = words.mySql() ? overdueIndex() : null;
        if (overdueIndex != null) {
            return " FROM incident i FORCE INDEX (" + overdueIndex + ")" + matchWhere;
        }
        if (words.mySql() && openOfType) {
            return " FROM incident i FORCE INDEX (" + STATUS_TYPE_INDEX + ")" + matchWhere + periodReportFloor();
        }
        String serialIndex = words.mySql() && !dated ? serialMatchesIndex() : null;
        if (serialIndex != null) {
            return " FROM incident i FORCE INDEX (" + serialIndex + ")" + matchWhere;
        }
        if (words.mySql() && (ofSchoolByEqualities() || ofSchoolInPeriod())) {
            return " FROM incident i FORCE INDEX (" + SCHOOL_INDEX + ")" + matchWhere
                    + periodYearsCondition(SCHOOL_INDEX);
        }
        String undatedIndex = words.mySql() && !dated ? undatedMatchesIndex() : null;
        if (undatedIndex != null) {
            return " FROM incident i FORCE INDEX (" + undatedIndex + ")" + matchWhere;
        }
        if (!words.mySql() || !dated) {
            return " FROM incident i" + matchWhere;
        }
        String datedIndex = datedMatchesIndex();
        if (datedIndex != null) {
            return " FROM incident i FORCE INDEX (" + datedIndex + ")" + matchWhere + periodYearsCondition(datedIndex);
        }
        return " FROM incident i IGNORE INDEX (" + String.join(", ", YEAR_INDEXES.values())
                + (codeYearAlone > 0 ? "" : ", " + CASE_YEAR_INDEXES.get("i.incident_date")) + ")" + matchWhere;
    }

    /**
     * The index that every match of a district's dated list is read from on MySQL/MariaDB when its filters are a status,
     * a type or urgency besides the dates (and the report-date bound that follows from them), or null. With a status,
     * (district, status, incident date), whose entries hold every other filter and sort column (V67): MariaDB read it
     * by the district and status alone - every closed case of the district, the oldest first, before the period's (a
     * period's 5,001 closed cases counted in 300 ms at 1,000,000 cases, against 5 ms from the period's range), as it
     * estimated both ways at the same number of entries. With an urgency, for a period of a dozen years at most, V76's
     * index of the year and the urgency, each of the period's years one range of it ({@link #YEAR_URGENT_INDEX},
     * {@link #periodYearsCondition}); for a longer period the statistics index, whose entries hold it after the incident date:
     * MariaDB read the urgent cases of every year instead. A period's closed cases of a type or urgency are read as
     * that type's or urgency's, whose entries hold the status. With a type (and perhaps an urgency), V81's (district,
     * type, urgency, incident date), whose entries hold every other filter and sort column: the period's cases of a
     * type and an urgency are one range of it, of a type one range per urgency ({@link #periodYearsCondition}),
     * whatever the period. A year's range of the type held every urgency and the whole of each year (the 3,649 urgent
     * physical assaults of 1/7/2024-30/6/2025 read through 60,000 entries, twice: 40-66 ms at 1,000,000 cases); V78's
     * range of the type and urgency by report date from the period's first day held every later report too, and was
     * read only for a period to today.
     */
    private String datedMatchesIndex() {
        if (!districtScope || byName) {
            return null;
        }
        if (codeYearAlone > 0) {
            return codeYearPeriodIndex();
        }
        List<String> others = conditions.subList(1, conditions.size());
        List<String> besides = new ArrayList<>(others);
        besides.removeAll(PERIOD_CONDITIONS);
        if (IncidentStatus.CLOSED.name().equals(conditionValues.get("i.status = ?"))) {
            // Most of a period's cases are closed, and a type or urgency is a few of them: the closed rapes since 2018
            // were counted through 100,000 closed cases' entries of the status's range (40 ms at 1,000,000 cases), and
            // are through 5,600 of the years' rapes, whose entries hold the status.
            besides.remove("i.status = ?");
        }
        // (an open status stays among them, so its list is read from the status's range below)
        if (words.mySql() && besides.contains("i.gbv_type = ?")
                && Set.of("i.gbv_type = ?", "i.urgent = ?").containsAll(besides)) {
            return TYPE_URGENT_DATE_INDEX;
        }
        if (words.mySql() && hasPeriodOfYears() && besides.equals(List.of("i.urgent = ?"))) {
            return YEAR_URGENT_INDEX;
        }
        boolean statusOrOpen = others.contains("i.status = ?") || others.contains(OPEN);
        if (statusOrOpen && STATUS_INDEX_CONDITIONS.containsAll(others)) {
            return "ix_incident_district_status_date";
        }
        boolean ofTypeOrUrgency = others.contains("i.gbv_type = ?") || others.contains("i.urgent = ?");
        return ofTypeOrUrgency && Set.of("i.incident_date >= ?", "i.incident_date <= ?", "i.reported_date >= ?",
                "i.gbv_type = ?", "i.urgent = ?").containsAll(others) ? "ix_incident_statistics" : null;
    }

    /**
     * The index every match of a district's case-code search by year is read from, when nothing else narrows it but a
     * status, type or urgency: a year alone, with at most one of them, from V74's index of the year and that column
     * (the open cases from its status index, each open status one range; else the year's by report date), whose entries
     * hold every filter and sort column; a year and number ("2025-1") from the serial's index, which holds them all as
     * well. Null for other lists. Named, as MariaDB took them after weighing thirty others (1.2 ms of a year's 5,001
     * cases of a type picked at 1,000,000 cases).
     */
    private String serialMatchesIndex() {
        if (!districtScope || byName || !bySerial) {
            return null;
        }
        List<String> besides = conditions.subList(1, conditions.size()).stream()
                .filter(condition -> !SERIAL_PREFIX.equals(condition)).toList();
        if (codeYearAlone > 0) {
            return besides.isEmpty() ? CASE_YEAR_INDEXES.get("i.reported_date")
                    : besides.equals(List.of(OPEN)) ? CASE_YEAR_WITH.get("i.status = ?")
                    : besides.size() == 1 ? CASE_YEAR_WITH.get(besides.get(0)) : null;
        }
        return Set.of("i.status = ?", "i.gbv_type = ?", "i.urgent = ?", OPEN).containsAll(besides)
                ? "ix_incident_district_serial" : null;
    }

    /**
     * The index every match of a list without a period is read from on MySQL/MariaDB where none is named otherwise, or
     * null: a school's open cases, each open status one range of V75's (school, status, report date, ...); a status's
     * cases of a type and urgency, from V79's (district, status, type, ...) for an open status, which is few, and from
     * V81's (district, type, urgency, ...), whose entries hold the status, for the closed cases, which are most. Named,
     * as MariaDB took these after weighing some thirty indexes (2-4 ms at 1,000,000 cases).
     */
    private String undatedMatchesIndex() {
        List<String> ofSchool = schoolsOtherFilters();
        if (ofSchool != null && ofSchool.equals(List.of(OPEN))) {
            return SCHOOL_INDEX;
        }
        if (districtScope && !byName && Set.copyOf(conditions.subList(1, conditions.size()))
                .equals(Set.of("i.status = ?", "i.gbv_type = ?", "i.urgent = ?"))) {
            return OPEN_STATUSES.contains(conditionValues.get("i.status = ?")) ? STATUS_TYPE_INDEX
                    : TYPE_URGENT_DATE_INDEX;
        }
        return null;
    }

    /**
     * The index a code's year with a period is read from, when nothing else narrows it but a status or the open cases:
     * V74's (district, year, status, ...) for the open cases or an open status, a few of a year's cases, each status one
     * range of the year (from the period's first day, {@link #periodYearsCondition}); else (district, year, incident
     * date, ...), the period's range of the year, in which the closed cases are most. Their entries hold every filter
     * and sort column. Null for other lists (a type or urgency as well: which range is shorter depends on the district's
     * cases). Named, as MariaDB took these after weighing some thirty indexes: 2-4 ms at 1,000,000 cases, of statements
     * that often read nothing. (The closed cases of a year by its status index, up to a day before the year: its
     * 100,000 entries read for none, 50 ms.)
     */
    private String codeYearPeriodIndex() {
        List<String> besides = new ArrayList<>(conditions.subList(1, conditions.size()));
        besides.removeAll(PERIOD_CONDITIONS);
        besides.remove(SERIAL_PREFIX);
        if (statusAlone(besides) && (besides.contains(OPEN)
                || OPEN_STATUSES.contains(conditionValues.get("i.status = ?")))) {
            return CASE_YEAR_WITH.get("i.status = ?");
        }
        return besides.isEmpty() || statusAlone(besides) ? CASE_YEAR_INDEXES.get("i.incident_date") : null;
    }

    /**
     * Whether the list is of one school's cases of a period, perhaps of a status, type or urgency, and nothing else: every
     * match is read from {@link #SCHOOL_INDEX}'s entries, which hold every filter and sort column and the district, each
     * status's range of the school from the period's first report day ({@link #matchesFrom},
     * {@link #periodYearsCondition}). Through (school, incident date), which holds neither the district nor the report
     * date, a school's cases since 2017 were counted by reading 5,001 rows: 23-42 ms at 1,000,000 cases, 4-7 ms from
     * the entries.
     */
    private boolean ofSchoolInPeriod() {
        List<String> others = schoolsOtherFilters();
        return others != null && dated && SCHOOL_ENTRY_FILTERS.containsAll(others);
    }

    /**
     * The filters of a district's or a focal point's list of one school besides the school (and the district), or null
     * for any other list (of a reporter, of a name, or of no one school).
     */
    private List<String> schoolsOtherFilters() {
        if (!(districtScope || schoolScope) || byName) {
            return null;
        }
        List<String> others = new ArrayList<>(conditions.subList(schoolScope ? 0 : 1, conditions.size()));
        return others.remove("i.school_id = ?") ? others : null;
    }

    /** Whether {@code filters} are a status alone or the open cases alone. */
    private static boolean statusAlone(List<String> filters) {
        return filters.equals(List.of("i.status = ?")) || filters.equals(List.of(OPEN));
    }

    /**
     * Whether a page of many matches in an order no walk of theirs gives is read by sorting every match from the entries
     * of an index that holds every filter and sort column ({@link #sortedMatchesPageSql}), on MySQL/MariaDB:
     * <ul>
     * <li>the open cases of a type ({@link #openOfType}) from {@link #STATUS_TYPE_INDEX}'s (the open sexual assaults at
     * 1,000,000 cases, 6,825 entries, in 3-6 ms; a short walk of the order's index read each entry's row for the type
     * and came up short, and the matches were sorted after it);</li>
     * <li>a school's cases of a period from {@link #SCHOOL_INDEX}'s, at most the school's cases (16,000 at 1,000,000,
     * 5-15 ms; of a period that ends before today, newest first, MariaDB walked the district's report-date index for
     * them, 1.1 s; of a period to today by case code, type or urgency, it read them through indexes without the sort
     * column, 35-46 ms). A period to today holds the school's newest cases, which its report-date and incident-date
     * ranges give in order from their first entries: those two orders are walked ({@link #pageSql}).</li>
     * </ul>
     */
    boolean sortsMatchEntries(String sortField) {
        return words.mySql() && (openOfType || ofSchoolInPeriod() && !(periodReachesToday
                && SCHOOL_DATE_ORDERS.contains(sorted(sortField))))
                && !walksInOrder(sortField) && !walksMerged(sortField);
    }

    /** The orders a school's cases are one range of an index in, (school, report date) and (school, incident date). */
    private static final Set<String> SCHOOL_DATE_ORDERS = Set.of("i.reported_date", "i.incident_date");

    /**
     * Whether a district's list is of one school's cases, or a focal point's of her school, perhaps of a status, type or
     * urgency, and nothing else: every match is then read from {@link #SCHOOL_INDEX}'s entries of the school (MariaDB
     * took (school, report date), or the status's, and read each match's row for the district and the sort column:
     * 5,001 rows in 20-28 ms at 1,000,000).
     */
    private boolean ofSchoolByEqualities() {
        Set<String> columns = scopedEqualityColumns();
        return (districtScope || schoolScope) && !byName && columns != null && columns.contains("i.school_id")
                && Set.of("i.school_id", "i.status", "i.gbv_type", "i.urgent").containsAll(columns);
    }

    /**
     * Whether the list is of a district's open cases of one urgency, perhaps of a period (whose dates V71's entries
     * hold): its matches are read one open status after the other ({@link #matchesFrom}).
     */
    private boolean openOfUrgency() {
        List<String> filters = new ArrayList<>(conditions.subList(1, conditions.size()));
        return districtScope && !byName && filters.remove(OPEN) && filters.remove("i.urgent = ?")
                && PERIOD_CONDITIONS.containsAll(filters);
    }

    /**
     * The open statuses, each joined with its cases of {@link #URGENT_STATUS_INDEX} (see {@link #matchesFrom}). Named:
     * MariaDB weighed thirty indexes for it first, 3.3 ms at 1,000,000 cases of a statement that then reads for 2.6 ms.
     */
    private static final String OPEN_STATUSES_FIRST = " FROM (SELECT '" + String.join("' AS status UNION ALL SELECT '",
            OPEN_STATUSES) + "') o STRAIGHT_JOIN incident i FORCE INDEX (" + URGENT_STATUS_INDEX
            + ") ON i.status = o.status";

    /**
     * The index the matches of a list of overdue cases are read from, or null for other lists: the district's (district,
     * next step due, report date, ...), whose entries hold every other filter and sort column (V63, V64), or the school's
     * (school, next step due, report date) for a focal point's list. Unnamed, MariaDB weighed some thirty indexes of the
     * district before reading the one it took anyway: 4-5 ms at 1,000,000 cases of a statement that reads for 3.7 ms.
     */
    private String overdueIndex() {
        if (!conditions.contains(OVERDUE) || byName) {
            return null;
        }
        String scope = schoolScope || conditions.contains("i.school_id = ?") ? "i.school_id"
                : districtScope ? "i.district_id" : "";
        return ActionNeeded.OVERDUE_NEXT_STEPS.index(scope).orElse(null);
    }

    static IncidentRow row(Object[] r) {
        return new IncidentRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                GbvType.valueOf((String) r[3]), IncidentStatus.valueOf((String) r[4]), bool(r[5]), bool(r[6]),
                date(r[7]), date(r[8]), AgeGroup.valueOf((String) r[9]), (String) r[10]);
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
