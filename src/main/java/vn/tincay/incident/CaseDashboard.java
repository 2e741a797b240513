package vn.tincay.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.platform.DatabaseSettings;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * What needs action, for the home pages: counts and a short list of case codes per kind of need (the
 * newest reported first; for overdue next steps, those that fell overdue last first), within the
 * caller's record scope (the reporter's own reports, the focal point's school, the coordinator's
 * district). One statement for every kind of need together, each part read through an index of its
 * own; nothing identifying is read.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class CaseDashboard {

    /** How many case codes each need lists. */
    public static final int SHORT_LIST = 5;

    /**
     * Counting stops here: a box says "999+" rather than walk tens of thousands of open cases on every
     * visit to the home page.
     */
    public static final int COUNT_LIMIT = 999;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    @ConfigProperty(name = "tincay.db.url")
    private String databaseUrl;

    private final Clock clock = Clock.systemUTC();

    /** Every kind of need, in the order of {@link ActionNeeded}, including those with a count of zero. */
    public List<ActionSummary> needsAction() {
        Caller caller = callers.get();
        String scope = CaseScope.column(caller);
        Long scopeValue = CaseScope.of(caller, "i").value();
        List<ActionSummary> summaries = new ArrayList<>();
        if (scope == null || scopeValue == null) {
            return summaries;
        }
        ActionNeeded[] needs = ActionNeeded.values();
        long[] counts = new long[needs.length];
        List<List<CaseLink>> links = new ArrayList<>();
        for (int i = 0; i < needs.length; i++) {
            links.add(new ArrayList<>());
        }
        Date today = Date.valueOf(LocalTime.today(clock));
        for (Object result : run(needsStatement(scope, scopeValue, today, namesIndexes())).getResultList()) {
            Object[] row = (Object[]) result;
            int need = ((Number) row[0]).intValue();
            if (row[1] != null) {
                counts[need] = ((Number) row[1]).longValue();
            } else {
                links.get(need).add(new CaseLink(((Number) row[2]).longValue(), (String) row[3]));
            }
        }
        for (ActionNeeded need : needs) {
            summaries.add(new ActionSummary(need, CaseCount.upTo(counts[need.ordinal()], COUNT_LIMIT),
                    List.copyOf(links.get(need.ordinal()))));
        }
        return summaries;
    }

    /**
     * How many cases need some action, each counted once however many needs it has: the number on the
     * coordinator's bell. One statement: the union of each need's cases, each read through its own
     * index and stopped past {@link #COUNT_LIMIT}: exact up to it, as no need reached its stop, and past
     * it only "999+".
     */
    public CaseCount countNeedingAction() {
        Caller caller = callers.get();
        String scope = CaseScope.column(caller);
        Long scopeValue = CaseScope.of(caller, "i").value();
        if (scope == null || scopeValue == null) {
            return new CaseCount(0, true);
        }
        Statement bell = bellStatement(scope, scopeValue, Date.valueOf(LocalTime.today(clock)), namesIndexes());
        return CaseCount.upTo(((Number) run(bell).getSingleResult()).longValue(), COUNT_LIMIT);
    }

    /** A native statement and its positional parameters. */
    record Statement(String sql, List<Object> parameters) {
    }

    /**
     * The statement of {@link #needsAction} for the record scope's column and value: for each need, one row with
     * its count (stopped past {@link #COUNT_LIMIT} in each of its parts) and one row per case of its short list
     * (need, null, id, case code, report date), in the list's order. A need of several parts
     * ({@link ActionNeeded#parts}) takes the newest of each part's newest. With {@code namesIndexes} (MySQL/MariaDB)
     * each part names the index it is read through.
     */
    static Statement needsStatement(String scope, Object scopeValue, Date today, boolean namesIndexes) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (ActionNeeded need : ActionNeeded.values()) {
            List<String> parts = need.parts();
            StringBuilder counted = new StringBuilder();
            for (String part : parts) {
                counted.append(counted.length() == 0 ? "" : " UNION ALL ").append("(SELECT i.id")
                        .append(from(scope, need, part, namesIndexes)).append(" LIMIT ").append(COUNT_LIMIT + 1)
                        .append(')');
                bind(parameters, need, scopeValue, today);
            }
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("(SELECT ").append(need.ordinal())
                    .append(" AS need, COUNT(*) AS cases, NULL AS id, NULL AS code, NULL AS reported FROM (")
                    .append(counted).append(") counted)");
            if (parts.size() == 1) {
                sql.append(" UNION ALL (SELECT ").append(need.ordinal()).append(", NULL, i.id, i.case_code, ")
                        .append("i.reported_date").append(from(scope, need, parts.get(0), namesIndexes))
                        .append(" ORDER BY ").append(need.order()).append(" LIMIT ").append(SHORT_LIST).append(')');
                bind(parameters, need, scopeValue, today);
                continue;
            }
            if (!ActionNeeded.NEWEST.equals(need.order())) {
                throw new IllegalStateException(need + ": a need of several parts is listed newest first");
            }
            StringBuilder newest = new StringBuilder();
            for (String part : parts) {
                newest.append(newest.length() == 0 ? "" : " UNION ALL ")
                        .append("(SELECT i.id, i.case_code AS code, i.reported_date AS reported")
                        .append(from(scope, need, part, namesIndexes)).append(" ORDER BY ").append(ActionNeeded.NEWEST)
                        .append(" LIMIT ").append(SHORT_LIST).append(')');
                bind(parameters, need, scopeValue, today);
            }
            sql.append(" UNION ALL (SELECT ").append(need.ordinal()).append(", NULL, n.id, n.code, n.reported FROM (")
                    .append(newest).append(") n ORDER BY n.reported DESC, n.id DESC LIMIT ").append(SHORT_LIST)
                    .append(')');
        }
        return new Statement(sql.toString(), List.copyOf(parameters));
    }

    /**
     * The statement of {@link #countNeedingAction}: how many cases of the scope need some action, each counted
     * once, every need's part read through its own index (named with {@code namesIndexes}) and stopped past
     * {@link #COUNT_LIMIT}. A part that reaches its stop alone makes the bell "999+": the parts are counted to their stops
     * one after the other until one does, and only when none does are their cases put together and counted once (a
     * district of 1,000,000 cases has thousands of new cases: its first part answers after 1,000 index entries, where
     * the union of every part read and compared some 9,000 – 5.1 ms a bell, 1.9 ms now).
     */
    static Statement bellStatement(String scope, Object scopeValue, Date today, boolean namesIndexes) {
        StringBuilder stops = new StringBuilder("SELECT CASE");
        StringBuilder union = new StringBuilder();
        List<Object> stopParameters = new ArrayList<>();
        List<Object> unionParameters = new ArrayList<>();
        for (ActionNeeded need : ActionNeeded.values()) {
            for (String part : need.parts()) {
                String read = "SELECT i.id" + from(scope, need, part, namesIndexes) + " LIMIT " + (COUNT_LIMIT + 1);
                stops.append(" WHEN (SELECT COUNT(*) FROM (").append(read).append(") part) > ").append(COUNT_LIMIT)
                        .append(" THEN ").append(COUNT_LIMIT + 1);
                bind(stopParameters, need, scopeValue, today);
                union.append(union.length() == 0 ? "" : " UNION ").append('(').append(read).append(')');
                bind(unionParameters, need, scopeValue, today);
            }
        }
        List<Object> parameters = new ArrayList<>(stopParameters);
        parameters.addAll(unionParameters);
        return new Statement(stops.append(" ELSE (SELECT COUNT(*) FROM (").append(union).append(") needing) END")
                .toString(), List.copyOf(parameters));
    }

    /** A part of a need, through the need's index if {@code namesIndexes} ({@link ActionNeeded#index}). */
    private static String from(String scope, ActionNeeded need, String part, boolean namesIndexes) {
        String index = namesIndexes ? need.index(scope).map(name -> " FORCE INDEX (" + name + ")").orElse("") : "";
        return " FROM incident i" + index + " WHERE " + scope + " = ? AND " + part;
    }

    private static void bind(List<Object> parameters, ActionNeeded need, Object scopeValue, Date today) {
        parameters.add(scopeValue);
        if (need.usesToday()) {
            parameters.add(today);
        }
    }

    /** Whether the statements name their indexes: on MySQL/MariaDB, not on the demo's H2. */
    private boolean namesIndexes() {
        return DatabaseSettings.isMySql(databaseUrl);
    }

    private Query run(Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }
}
