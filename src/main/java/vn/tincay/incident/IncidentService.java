package vn.tincay.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEvent;
import vn.tincay.organisation.School;
import vn.tincay.platform.DatabaseSettings;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.Confidentiality;
import vn.tincay.security.crypto.NameIndex;
import vn.tincay.statistics.MonthCount;
import vn.tincay.statistics.MonthlyCounts;

/**
 * The boundary for incident reports and their cases. Every method checks the caller's role and
 * record scope ({@link CaseScope}); an id outside the scope is "not found".
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class IncidentService {

    /** Reports of the same survivor in the district this close together may be one incident. */
    public static final int DUPLICATE_WINDOW_DAYS = DuplicateCheck.WINDOW_DAYS;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Confidentiality confidentiality;

    @Inject
    private CaseAudit audit;

    @Inject
    private CaseReads reads;

    @Inject
    private Event<IncidentFiled> filed;

    @EJB
    private CaseCodes caseCodes;

    @EJB
    private AccessRefusals refusals;

    @EJB
    private MonthlyCounts monthlyCounts;

    @Inject
    private DuplicateCheck duplicateCheck;

    @Inject
    @ConfigProperty(name = "tincay.db.url")
    private String databaseUrl;

    @Inject
    private SearchWordChoices wordChoices;

    private final Clock clock = Clock.systemUTC();

    /** The schools the caller may report for: their own, or every active school of the district. */
    public List<School> schoolsForIntake() {
        Caller caller = callers.get();
        if (caller.role() == Role.DISTRICT_COORDINATOR) {
            return em.createQuery("SELECT s FROM School s WHERE s.district.id = :d AND s.active = TRUE "
                    + "ORDER BY s.name", School.class).setParameter("d", caller.districtId()).getResultList();
        }
        return em.createQuery("SELECT s FROM School s WHERE s.id = :s", School.class)
                .setParameter("s", caller.schoolId()).getResultList();
    }

    /**
     * Files a report. A submission token already used returns the case it created. Possible
     * duplicates hold the report back until the reporter says they reviewed them.
     */
    public IntakeResult fileReport(@Valid @NotNull IncidentDraft draft, boolean duplicatesReviewed) {
        Caller caller = callers.get();
        School school = schoolFor(caller, draft.getSchoolId());
        int year = LocalTime.today(clock).getYear();
        // Reports of a district are numbered one at a time. Taking that lock before looking for the
        // token makes a simultaneous second submission of the same draft wait, then find the first.
        caseCodes.lock(school.getDistrict().getId(), year);
        Object[] earlier = findSubmission(draft.getSubmissionToken());
        if (earlier != null) {
            if (((Number) earlier[2]).longValue() != caller.accountId()) {
                throw new RecordNotFoundException();
            }
            IntakeDraftService.deleteFiled(em, caller, draft.getSubmissionToken());
            return new IntakeResult(((Number) earlier[0]).longValue(), (String) earlier[1], true, List.of());
        }
        NameIndex names = confidentiality.nameIndex();
        String nameHash = names.fullNameHash(draft.getSurvivorName());
        DuplicateCheck.Result duplicates = duplicateCheck.run(caller, school, draft.getSurvivorName(),
                draft.getIncidentDate());
        if (!duplicatesReviewed && !duplicates.visible().isEmpty()) {
            return new IntakeResult(null, null, false, duplicates.visible(), false);
        }
        Instant now = Instant.now(clock);
        String caseCode = caseCodes.next(school.getDistrict().getId(), school.getDistrict().getCode(), year);
        Incident incident = new Incident(caseCode, draft.getSubmissionToken(), school,
                em.getReference(UserAccount.class, caller.accountId()), now);
        fill(incident, draft, nameHash);
        em.persist(incident);
        em.persist(incident.reported(caller.username()));
        em.flush();
        monthlyCounts.added(incident);
        SurvivorNameWord.of(incident, names.wordHashes(draft.getSurvivorName())).forEach(em::persist);
        audit.record(caller, AuditAction.INCIDENT_FILED, incident,
                incident.isUrgent() ? "urgent" : null);
        // The draft it was typed in goes with the filing: both commit or neither.
        IntakeDraftService.deleteFiled(em, caller, draft.getSubmissionToken());
        // Cases the reporter may not open are named only to those who may open both.
        duplicateCheck.notifyReviewers(incident, duplicates);
        filed.fire(new IncidentFiled(incident.getId(), caseCode, school.getDistrict().getId(), incident.isUrgent()));
        return new IntakeResult(incident.getId(), caseCode, false, List.of(), duplicates.hiddenFound());
    }

    /** id, case code and reporter of the incident a submission token created, read past any snapshot. */
    private Object[] findSubmission(String token) {
        List<?> rows = em.createNativeQuery("SELECT id, case_code, reported_by_id FROM incident "
                        + "WHERE submission_token = ? FOR UPDATE")
                .setParameter(1, token).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static void fill(Incident incident, IncidentDraft draft, String nameHash) {
        LocalDate birth = draft.getSurvivorBirthDate();
        if (birth != null && draft.getIncidentDate() != null && birth.isAfter(draft.getIncidentDate())) {
            throw new UserFacingException("incident.error.birthAfterIncident");
        }
        incident.describeIncident(draft.getIncidentDate(), draft.getReportedDate(), draft.getPlaceType(),
                draft.isUrgent(), blankToNull(draft.getNarrative()));
        incident.answer(draft.getAnswers(), draft.isDomesticViolence(), draft.isChildAbuse(),
                draft.isOnlineViolence(), draft.isMarriageBrokering());
        SurvivorIdentity identity = new SurvivorIdentity(blankToNull(draft.getSurvivorName()),
                birth == null ? null : birth.toString(), blankToNull(draft.getSurvivorClass()),
                blankToNull(draft.getSurvivorAddress()), blankToNull(draft.getGuardianName()),
                blankToNull(draft.getGuardianPhone()));
        incident.describeSurvivor(identity, nameHash, draft.ageAtIncident(), draft.getSurvivorAgeGroup(),
                draft.getSurvivorSex(), draft.getSurvivorKind(), draft.isSurvivorDisability());
        for (PerpetratorDraft p : draft.getPerpetrators()) {
            incident.addPerpetrator(p.getRelationship(), p.getSex(), p.getAgeGroup());
        }
        incident.classify();
        incident.recordConsent(draft.getConsentGivenBy(), draft.isConsentToReferral(), draft.isConsentToStatistics(),
                draft.isConsentToShareContact());
    }

    private School schoolFor(Caller caller, Long requestedSchoolId) {
        if (caller.role() == Role.DISTRICT_COORDINATOR) {
            if (requestedSchoolId == null) {
                throw new UserFacingException("incident.error.schoolMissing");
            }
            School school = em.find(School.class, requestedSchoolId);
            if (school == null || !school.getDistrict().getId().equals(caller.districtId()) || !school.isActive()) {
                throw new RecordNotFoundException();
            }
            return school;
        }
        return em.find(School.class, caller.schoolId());
    }

    /**
     * A page of the caller's cases, filtered and sorted in the database, with their number: exact up
     * to {@link IncidentListQuery#COUNT_LIMIT} rows past the page, else a lower bound
     * ({@link ResultPage#exact()} false). Two statements; one for a list walked in the order of an index
     * that holds its filters (the district's whole list among them), or narrowed to few matches.
     */
    public ResultPage<IncidentRow> list(IncidentFilter filter, int first, int max, String sortField,
                                        boolean ascending) {
        IncidentListQuery query = query(filter);
        String sort = query.orderOf(sortField);
        if (query.countsWithPage(sort, callers.get(), filter)) {
            return countedPage(query, first, max, sort, ascending);
        }
        ResultPage<IncidentRow> counted = count(query, first);
        List<IncidentRow> rows;
        if (counted.exact() && counted.total() <= Math.max(0, first)) {
            // A page at or past the last match, as counted (none at all, most often), is empty without reading it; a
            // search by name is recorded all the same.
            auditNameSearch(query);
            rows = List.of();
        } else {
            rows = rows(query, first, max, sort, ascending, filter, counted);
        }
        // A bounded count is a lower bound, which the page's own rows may already pass.
        long total = counted.exact() ? counted.total() : Math.max(counted.total(), (long) Math.max(0, first) + rows.size());
        return new ResultPage<>(rows, total, counted.exact());
    }

    /**
     * A narrowed list's page and count in one statement ({@link IncidentListQuery#countedPageSql}) when its
     * matches are few; when they are many, the count is the bound and the page is read by walking the
     * list's index (a second statement). A list whose index holds its filters in the page's order is walked
     * and counted in one statement however many match ({@link IncidentListQuery#walkedCountedPageSql}), as are the
     * open cases, a period and a case code's year, merged from each open status's or year's walk or the year's one
     * range. A page past the last match is empty, and counted on its own.
     */
    private ResultPage<IncidentRow> countedPage(IncidentListQuery query, int first, int max, String sortField,
                                                boolean ascending) {
        auditNameSearch(query);
        int offset = Math.max(0, first);
        int size = Math.min(Math.max(1, max), 200);
        long limit = (long) offset + IncidentListQuery.COUNT_LIMIT + 1;
        boolean merged = query.walksMerged(sortField);
        boolean walked = merged || query.walksInOrder(sortField);
        Query sql;
        if (merged) {
            sql = em.createNativeQuery(query.mergedPageSql(sortField, ascending, true, size, offset));
            bind(sql, query.mergedParameters(sortField, ascending, limit, size, offset));
        } else if (walked) {
            sql = em.createNativeQuery(query.walkedCountedPageSql(sortField, ascending));
            bind(sql, query.walkedCountedPageParameters(limit, size, offset));
        } else {
            sql = em.createNativeQuery(query.countedPageSql(sortField, ascending));
            bind(sql, query.matchParametersWith(limit, size, offset));
        }
        List<IncidentRow> rows = new ArrayList<>();
        long matches = 0;
        for (Object result : sql.getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(IncidentListQuery.row(row));
            matches = ((Number) row[row.length - 1]).longValue();
        }
        if (rows.isEmpty()) {
            ResultPage<IncidentRow> counted = offset == 0 ? new ResultPage<>(rows, 0, true) : count(query, first);
            return new ResultPage<>(rows, counted.total(), counted.exact());
        }
        if (matches < limit) {
            return new ResultPage<>(rows, matches, true);
        }
        // Many matches: the page walked in order is the answer; a page of picked matches is read again.
        List<IncidentRow> page = walked ? rows : manyMatchesPage(query, sortField, ascending, offset, size);
        return new ResultPage<>(page, Math.max(limit - 1, (long) offset + page.size()), false);
    }

    /** One page of the caller's cases without counting them (the table counts once per filter). */
    public List<IncidentRow> page(IncidentFilter filter, int first, int max, String sortField, boolean ascending) {
        return page(filter, first, max, sortField, ascending, null);
    }

    /** As {@link #page}, knowing how many cases an earlier {@link #count} found ({@code counted}; null when not counted). */
    public List<IncidentRow> page(IncidentFilter filter, int first, int max, String sortField, boolean ascending,
                                  ResultPage<?> counted) {
        IncidentListQuery query = query(filter);
        return rows(query, first, max, query.orderOf(sortField), ascending, filter, counted);
    }

    /** Whether a count found so few cases that they are best picked by the filter and then sorted. */
    public static boolean isFew(ResultPage<?> counted) {
        return counted != null && counted.exact() && counted.total() <= IncidentListQuery.COUNT_LIMIT;
    }

    /** How many cases match the filter, counted at most to {@code first} + {@link IncidentListQuery#COUNT_LIMIT}. */
    public ResultPage<IncidentRow> count(IncidentFilter filter, int first) {
        return count(query(filter), first);
    }

    /** The caller's most recently reported cases, for the home pages. */
    public List<IncidentRow> recent(int max) {
        return rows(query(null), 0, max, null, false, null, null);
    }

    private IncidentListQuery query(IncidentFilter filter) {
        Set<String> words = filter == null || filter.getSurvivorName() == null ? Set.of()
                : confidentiality.nameIndex().wordHashes(filter.getSurvivorName());
        Caller caller = callers.get();
        return new IncidentListQuery(caller, filter, words,
                searchedWords(words, caller).on(DatabaseSettings.isMySql(databaseUrl)), LocalTime.today(clock),
                schoolInScope(caller, filter));
    }

    /**
     * Whether the school a district coordinator's filter names, if any, is of her district. The list offers only
     * those; the API takes any number. Another district's school matches none of her cases, but the statements would
     * still read that school's index entries to find so, taking longer the more cases it has: its list is empty
     * without reading a case. Other callers' lists are scoped by their own school, whose entries alone are read.
     */
    private boolean schoolInScope(Caller caller, IncidentFilter filter) {
        if (filter == null || filter.getSchoolId() == null || caller.role() != Role.DISTRICT_COORDINATOR) {
            return true;
        }
        return em.createQuery("SELECT COUNT(s) FROM School s WHERE s.id = :school AND s.district.id = :district",
                Long.class).setParameter("school", filter.getSchoolId()).setParameter("district", caller.districtId())
                .getSingleResult() > 0;
    }

    /**
     * Which searched word a name search starts from: the one found in the fewest names if that is rare
     * ({@link IncidentListQuery#RARE_WORD}); when every word is common and the caller is a district
     * coordinator, the word whose {@link IncidentListQuery#WORD_SAMPLE}th newest entry in the district
     * lies furthest back (fewest lately), which then drives the search. One statement, unless the same user
     * searched the same words in the last few minutes ({@link SearchWordChoices}).
     */
    private IncidentListQuery.Words searchedWords(Set<String> words, Caller caller) {
        if (words.isEmpty()) {
            return IncidentListQuery.Words.NONE;
        }
        // Paging and sorting through the same search: the words were weighed a moment ago.
        Optional<IncidentListQuery.Words> recent = wordChoices.recent(caller, words);
        if (recent.isPresent()) {
            return recent.get();
        }
        IncidentListQuery.Words chosen = weighWords(words, caller);
        wordChoices.remember(caller, words, chosen);
        return chosen;
    }

    private IncidentListQuery.Words weighWords(Set<String> words, Caller caller) {
        List<String> hashes = List.copyOf(words);
        boolean inDistrict = caller.role() == Role.DISTRICT_COORDINATOR && caller.districtId() != null;
        Query counts = em.createNativeQuery(IncidentListQuery.wordCountsSql(hashes.size(), inDistrict));
        List<Object> parameters = new ArrayList<>(hashes);
        if (inDistrict) {
            for (String hash : hashes) {
                parameters.add(hash);
                parameters.add(caller.districtId());
            }
        }
        bind(counts, parameters);
        Object result = counts.getSingleResult();
        Object[] row = result instanceof Object[] r ? r : new Object[] {result};
        String rarest = null;
        long fewest = IncidentListQuery.RARE_WORD + 1L;
        for (int i = 0; i < hashes.size(); i++) {
            long names = ((Number) row[i]).longValue();
            if (names < fewest) {
                fewest = names;
                rarest = hashes.get(i);
            }
        }
        if (rarest != null || !inDistrict) {
            return new IncidentListQuery.Words(rarest, null);
        }
        // Least frequent lately first: fewer entries in the district than the sample (no date), then
        // the sample reaching furthest back.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing((Integer i) -> localDate(row[hashes.size() + i]),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        List<String> rarestFirst = order.stream().map(hashes::get).toList();
        return new IncidentListQuery.Words(null, rarestFirst.get(0), rarestFirst, false);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private List<IncidentRow> rows(IncidentListQuery query, int first, int max, String sortField, boolean ascending,
                                   IncidentFilter filter, ResultPage<?> counted) {
        if (query.isEmpty()) {
            return List.of();
        }
        Caller caller = callers.get();
        auditNameSearch(query);
        int offset = Math.max(0, first);
        int size = Math.min(Math.max(1, max), 200);
        if (query.drivesPage(sortField)) {
            return rows(query.drivenPageSql(sortField, ascending), query.drivenPageParameters(size, offset));
        }
        boolean fewMatches = isFew(counted);
        if (IncidentListQuery.sortsBySchoolName(sortField, caller, filter)) {
            // Few matches are sorted by their schools' names at once - unless there are more than a thousand, whose rows
            // would be read for their schools, and each school's are read from index entries of their own, a school or
            // two of them filling the page; many, school by school.
            boolean picked = fewMatches && (counted.total() <= IncidentListQuery.PICKED_BY_SCHOOL_NAME
                    || !query.schoolPagesReadTheirMatches() || query.matchesHoldTheirSchool());
            return picked ? rows(query.schoolNamePickedPageSql(ascending), query.matchParametersWith(size, offset))
                    : rowsSchoolBySchool(query, caller, offset, size, ascending);
        }
        // The few matches are picked and sorted, unless an index gives them in the page's order anyway.
        if (fewMatches && !query.walksInOrder(sortField)) {
            return rows(query.pageSql(sortField, ascending, true), query.pageParametersWith(true, size, offset));
        }
        return manyMatchesPage(query, sortField, ascending, offset, size);
    }

    /**
     * A page of many matches (or of a list not counted). Walking the index of the page's order is right when
     * it holds the filters too, or when the matches are spread through the order; when they lie at its far end
     * – a period's cases by case code, behind a district's earlier years – it reads most of the district (a second
     * at 1,000,000 cases). So the open cases are merged from each open status's own index in
     * the page's order, a period of incident dates from each of its years', a code's year from its own range
     * ({@link IncidentListQuery#walksMerged}); the open cases of a type in another order are sorted from the entries
     * that hold them ({@link IncidentListQuery#sortsMatchEntries}: a few thousand at most); a list narrowed to a
     * status, a period or a case-code year walks only a short way ({@link IncidentListQuery#walksShortly}: a few
     * hundred entries, then a few thousand; a period's cases of a type by case code whose first step came up short are
     * sorted at once: {@link IncidentListQuery#sortsWhenTheFirstStepFails}), and a page that walk has not filled (or,
     * walked in several parts, past the last entry one of them read: {@link IncidentListQuery#walkedPast}) is read by
     * sorting every match from the status, date or serial index's entries
     * ({@link IncidentListQuery#sortedMatchesPageSql}), which costs the number of matches wherever they lie.
     */
    private List<IncidentRow> manyMatchesPage(IncidentListQuery query, String sortField, boolean ascending,
                                              int offset, int size) {
        if (query.walksMerged(sortField)) {
            return rows(query.mergedPageSql(sortField, ascending, false, size, offset),
                    query.mergedParameters(sortField, ascending, null, size, offset));
        }
        if (query.sortsMatchEntries(sortField)) {
            return rows(query.sortedMatchesPageSql(sortField, ascending), query.matchParametersWith(size, offset));
        }
        if (!query.walksShortly(sortField)) {
            return rows(query.pageSql(sortField, ascending, false), query.parametersWith(size, offset));
        }
        if (query.readsCodeYearEntries(sortField)) {
            return rows(query.codeYearEntriesPageSql(sortField, ascending), query.parametersWith(size, offset));
        }
        String walk = query.shortWalkPageSql(sortField, ascending);
        int step = IncidentListQuery.FIRST_STEP_PER_ROW * size;
        if (query.walksDistrictFirst(sortField, ascending)) {
            // A period holding the cases its order starts with, or a period's cases of an open status: the district's
            // own index of the order, or that status's range of it. First a step of a few hundred entries, as below: a
            // year's closed cases by case code, from the serials of its first day, fill the page in 1-2 ms, where the
            // whole walk's 4,025 entries, read and sorted, took 7.4 ms.
            // A walk whose entries are checked for every filter counts matches: a step it did not fill, the whole walk
            // would not fill either.
            String districtWalk = query.districtWalkPageSql(sortField, ascending);
            boolean stepFirst = offset + size + step < IncidentListQuery.SHORT_WALK;
            List<IncidentRow> page = stepFirst ? walkedPage(districtWalk,
                    query.districtWalkParameters(sortField, ascending, size, offset, step), size) : null;
            if (page == null && !(stepFirst && query.walksTypeByUrgencyEntries(sortField))) {
                page = walkedPage(districtWalk, query.districtWalkParameters(sortField, ascending, size, offset), size);
            }
            if (page != null) {
                return page;
            }
        } else if (offset + size + step < IncidentListQuery.SHORT_WALK) {
            // A first step of a few hundred entries fills the page where the matches are dense (a year's closed cases
            // by case code: 8.5 ms for the whole walk's 4,025 entries, read and sorted); a page further on takes the
            // whole walk.
            List<IncidentRow> page = walkedPage(walk, query.shortWalkParameters(sortField, ascending, size, offset, step),
                    size);
            if (page != null) {
                return page;
            }
            if (query.sortsWhenTheFirstStepFails(sortField)) {
                return rows(query.sortedMatchesPageSql(sortField, ascending), query.matchParametersWith(size, offset));
            }
        }
        List<IncidentRow> page = walkedPage(walk, query.shortWalkParameters(sortField, ascending, size, offset), size);
        return page != null ? page
                : rows(query.sortedMatchesPageSql(sortField, ascending), query.matchParametersWith(size, offset));
    }

    /**
     * The page a short walk found, or null when it did not fill it or, walked in several parts, a row lies past the last
     * entry one of them read ({@link IncidentListQuery#walkedPast}).
     */
    private List<IncidentRow> walkedPage(String sql, List<Object> parameters, int size) {
        Query walk = em.createNativeQuery(sql);
        bind(walk, parameters);
        List<IncidentRow> walked = new ArrayList<>();
        for (Object result : walk.getResultList()) {
            if (IncidentListQuery.walkedPast((Object[]) result)) {
                return null;
            }
            walked.add(IncidentListQuery.row((Object[]) result));
        }
        return walked.size() == size ? walked : null;
    }

    /** A search by the survivor's name is written to the audit log, whether it finds anything or not. */
    private void auditNameSearch(IncidentListQuery query) {
        if (query.searchesByName()) {
            audit.record(callers.get(), AuditAction.IDENTITY_SEARCHED, "Incident", null, null, "search by name");
        }
    }

    /** Sorted by school name: the district's schools in name order, each school's cases newest first. */
    private List<IncidentRow> rowsSchoolBySchool(IncidentListQuery query, Caller caller, int offset, int size,
                                                 boolean ascending) {
        Query schools = em.createNativeQuery(IncidentListQuery.schoolsInNameOrderSql(ascending));
        schools.setParameter(1, caller.districtId());
        List<IncidentRow> page = new ArrayList<>(size);
        int skip = offset;
        for (Object schoolId : schools.getResultList()) {
            long school = ((Number) schoolId).longValue();
            if (skip > 0) {
                Query count = em.createNativeQuery(query.countSqlOfSchool());
                bind(count, query.matchParametersWith(school, skip + 1));
                long cases = ((Number) count.getSingleResult()).longValue();
                if (cases <= skip) {
                    skip -= (int) cases;
                    continue;
                }
            }
            page.addAll(rows(query.pageSqlOfSchool(ascending), query.parametersWith(school, size - page.size(), skip)));
            skip = 0;
            if (page.size() == size) {
                break;
            }
        }
        return page;
    }

    private List<IncidentRow> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        bind(query, parameters);
        List<IncidentRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(IncidentListQuery.row((Object[]) row));
        }
        return rows;
    }

    private ResultPage<IncidentRow> count(IncidentListQuery query, int first) {
        if (query.isEmpty()) {
            return new ResultPage<>(List.of(), 0, true);
        }
        long limit = (long) Math.max(0, first) + IncidentListQuery.COUNT_LIMIT + 1;
        if (query.isDrivenByWord()) {
            return drivenCount(query, first, limit);
        }
        Query sql = em.createNativeQuery(query.countSql());
        bind(sql, query.matchParametersWith(limit));
        long counted = ((Number) sql.getSingleResult()).longValue();
        return new ResultPage<>(List.of(), Math.min(counted, limit - 1), counted < limit);
    }

    /**
     * Counts a search driven by a common word: among the word's newest entries of the district down to a
     * cutoff (about as many as a page reads), so the count costs no more than the page; when the word
     * has more entries than that, the count is a lower bound ("more than").
     */
    private ResultPage<IncidentRow> drivenCount(IncidentListQuery query, int first, long limit) {
        Query cutoffQuery = em.createNativeQuery(IncidentListQuery.countCutoffSql(first));
        bind(cutoffQuery, query.countCutoffParameters());
        List<?> found = cutoffQuery.getResultList();
        LocalDate cutoff = found.isEmpty() ? null : localDate(found.get(0));
        java.sql.Date from = cutoff == null ? null : java.sql.Date.valueOf(cutoff);
        Query sql = em.createNativeQuery(query.drivenCountSql(from));
        bind(sql, query.drivenCountParameters(from, limit));
        long counted = ((Number) sql.getSingleResult()).longValue();
        return new ResultPage<>(List.of(), Math.min(counted, limit - 1), cutoff == null && counted < limit);
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /** The case without identity or narrative. */
    public IncidentDetail detail(long id) {
        Caller caller = callers.get();
        Incident incident = readable(caller, id);
        audit.record(caller, AuditAction.INCIDENT_VIEWED, incident, null);
        return new IncidentDetail(incident, CaseScope.mayFollowUp(caller), caller.role() == Role.DISTRICT_COORDINATOR,
                referralsSent(incident));
    }

    /** Referrals of the case still waiting for the service's answer. */
    private long referralsSent(Incident incident) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM referral WHERE incident_id = ? AND status = 'SENT'")
                .setParameter(1, incident.getId()).getSingleResult()).longValue();
    }

    /** The survivor's identity and the narrative; every call is audited with its purpose. */
    public RevealedIdentity revealIdentity(long id, RevealPurpose purpose) {
        Caller caller = callers.get();
        Incident incident = visible(caller, id);
        audit.record(caller, AuditAction.IDENTITY_VIEWED, incident, RevealPurpose.auditDetail(purpose));
        return new RevealedIdentity(incident.getSurvivor(), incident.getNarrative());
    }

    /** As {@link #changeStatus(long, int, IncidentStatus, CloseReason, String, boolean)}, unconfirmed. */
    public void changeStatus(long id, int expectedVersion, IncidentStatus target, CloseReason reason, String note) {
        changeStatus(id, expectedVersion, target, reason, note, false);
    }

    /**
     * Moves a case to another status (follow-up roles only); a stale version is refused. Closing a
     * case whose referrals still wait for the service's answer ("sent") needs
     * {@code referralsSentConfirmed}: the referrals stay with the services, who may still answer.
     */
    public void changeStatus(long id, int expectedVersion, IncidentStatus target, CloseReason reason, String note,
                             boolean referralsSentConfirmed) {
        Caller caller = callers.get();
        requireFollowUp(caller);
        Incident incident = visibleForUpdate(caller, id, expectedVersion);
        IncidentStatus from = incident.getStatus();
        if (target == IncidentStatus.CLOSED && from != IncidentStatus.CLOSED && !referralsSentConfirmed) {
            long sent = referralsSent(incident);
            if (sent > 0) {
                throw new UserFacingException("incident.error.referralsSent", sent);
            }
        }
        List<MonthCount> counted = MonthCount.of(incident);
        em.persist(incident.changeStatus(target, reason, blankToNull(note), caller.username(), Instant.now(clock)));
        monthlyCounts.changed(counted, incident);
        audit.record(caller, AuditAction.STATUS_CHANGED, incident, from + " -> " + target
                + (reason == null ? "" : " (" + reason + ")"));
    }

    /**
     * The district coordinator answers the GBVIMS questions while verifying, above all those the
     * reporter answered "not known"; the type and the flags are derived again. Audited with the
     * answers before and after (no free text).
     */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public void reviseAnswers(long id, int expectedVersion, @NotNull GbvAnswers answers) {
        Caller caller = callers.get();
        Incident incident = visibleForUpdate(caller, id, expectedVersion);
        GbvType before = incident.getType();
        String unknownBefore = incident.getAnswers().unknown().toString();
        List<MonthCount> counted = MonthCount.of(incident);
        incident.reviseAnswers(answers, Instant.now(clock));
        monthlyCounts.changed(counted, incident);
        audit.record(caller, AuditAction.ANSWERS_REVISED, incident, "unknown " + unknownBefore + ", type " + before
                + " -> " + incident.getType());
    }

    /** Assigns the case to a coordinator of its district (district coordinators only). */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public void assign(long id, int expectedVersion, long coordinatorAccountId) {
        Caller caller = callers.get();
        Incident incident = visibleForUpdate(caller, id, expectedVersion);
        UserAccount coordinator = em.find(UserAccount.class, coordinatorAccountId);
        if (coordinator == null || coordinator.getRole() != Role.DISTRICT_COORDINATOR || !coordinator.isEnabled()
                || !coordinator.getDistrict().getId().equals(caller.districtId())) {
            throw new UserFacingException("incident.error.assignee");
        }
        incident.assignTo(coordinator, Instant.now(clock));
        audit.record(caller, AuditAction.INCIDENT_ASSIGNED, incident, "to " + coordinator.getUsername());
    }

    /** Coordinators a case of the caller's district can be assigned to. */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public List<UserAccount> assignableCoordinators() {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r AND a.district.id = :d "
                        + "AND a.enabled = TRUE ORDER BY a.displayName", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR)
                .setParameter("d", callers.get().districtId())
                .getResultList();
    }

    public List<IncidentStatusChange> statusHistory(long id) {
        Incident incident = readable(callers.get(), id);
        return em.createQuery("SELECT c FROM IncidentStatusChange c WHERE c.incident = :i ORDER BY c.changedAt, c.id",
                IncidentStatusChange.class).setParameter("i", incident).getResultList();
    }

    /** Who looked at or changed the case, from the audit log (district coordinators only). */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public List<AuditEvent> accessHistory(long id) {
        Caller caller = callers.get();
        Incident incident = visible(caller, id);
        List<AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e WHERE e.caseCode = :c ORDER BY e.id DESC",
                AuditEvent.class).setParameter("c", incident.getCaseCode()).setMaxResults(500).getResultList();
        audit.record(caller, AuditAction.ACCESS_HISTORY_VIEWED, incident, null);
        return events;
    }

    /**
     * The incident if the caller's scope includes it; for services of the follow-up package, which
     * share the same rules.
     */
    public Incident visible(Caller caller, long id) {
        reads.forget(id);
        return load(caller, id);
    }

    /**
     * As {@link #visible}, for reading only: read once per request and shared by the sections of a
     * case page. Never for a change – the copy is not managed by the caller's transaction.
     */
    public Incident readable(Caller caller, long id) {
        Incident incident = reads.find(id, caller.username());
        if (incident == null) {
            incident = load(caller, id);
            reads.remember(id, caller.username(), incident);
        }
        return incident;
    }

    private Incident load(Caller caller, long id) {
        CaseScope scope = CaseScope.of(caller, "i");
        Incident incident = scope.isEmpty() ? null
                : em.createQuery("SELECT i FROM Incident i JOIN FETCH i.school WHERE i.id = :id AND "
                        + scope.condition(), Incident.class)
                .setParameter("id", id)
                .setParameter(CaseScope.PARAMETER, scope.value())
                .getResultStream().findFirst().orElse(null);
        if (incident == null) {
            // Missing and out of scope answer the same, and both leave a trace: probing ids is seen.
            refusals.record(caller, "Incident", id, "case outside the caller's scope or missing");
            throw new RecordNotFoundException();
        }
        return incident;
    }

    /** Records a refused access to something of a case other than the case itself (attachment, referral). */
    @jakarta.annotation.security.PermitAll
    public void refused(Caller caller, String targetType, Object targetId, String attempted) {
        refusals.record(caller, targetType, targetId, attempted);
    }

    /** As {@link #visible}, locked, and refused when someone changed it since the caller read it. */
    public Incident visibleForUpdate(Caller caller, long id, int expectedVersion) {
        Incident incident = visible(caller, id);
        if (incident.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleEdit");
        }
        em.lock(incident, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return incident;
    }

    public static void requireFollowUp(Caller caller) {
        if (!CaseScope.mayFollowUp(caller)) {
            throw new RecordNotFoundException();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
