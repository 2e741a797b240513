package vn.tincay.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.RegisterQueries;
import vn.tincay.register.RegisterScope;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * The boundary for dashboards and statistics. The school focal point sees their school's, the
 * district coordinator their district's, the province viewer the province's anonymous statistics
 * (consented incidents only, small counts suppressed). Everyone else: not found. All counting is
 * done by the database ({@link StatisticsQueries}).
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME, Role.PROVINCE_VIEWER_NAME})
public class StatisticsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @EJB
    private RegisterQueries registerQueries;

    @EJB
    private vn.tincay.platform.ReadDatabase readDatabase;

    private final Clock clock = Clock.systemUTC();

    /** The dashboard of the caller's school or district; the school level filter applies to districts. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public Statistics dashboard(StatisticsFilter filter) {
        if (filter == null) {
            throw new UserFacingException("stats.error.period");
        }
        StatisticsScope scope = dashboardScope(callers.get());
        StatisticsFilter applied = scope.kind() == StatisticsScope.Kind.SCHOOL ? filter.withoutLevel() : filter;
        StatisticsQueries queries = queries();
        List<StatTable> tables = new ArrayList<>(queries.dashboard(scope, applied));
        tables.addAll(registerTables(callers.get(), scope, applied));
        return new Statistics(scope.kind(), unitName(scope), applied,
                Cell.count(queries.total(scope, applied)), tables);
    }

    /** Women's share in leadership against the target and activities per action month, from the register. */
    private List<StatTable> registerTables(Caller caller, StatisticsScope scope, StatisticsFilter filter) {
        RegisterScope register = scope.kind() == StatisticsScope.Kind.SCHOOL
                ? RegisterScope.school(caller.districtId(), scope.id())
                : RegisterScope.wholeDistrict(scope.id());
        List<StatTable> tables = new ArrayList<>();
        tables.add(RegisterTables.womenShare(registerQueries.latestStaffStatistics(register, filter.from(),
                filter.to())));
        tables.add(RegisterTables.actionMonths(registerQueries.activitiesByActionMonth(register, filter.from(),
                filter.to())));
        if (filter.level() != null) {
            return tables.stream().map(t -> t.withNote(Label.key("stats.note.registerNoLevel"))).toList();
        }
        return tables;
    }

    /** The province's anonymous statistics of one calendar year. */
    @RolesAllowed(Role.PROVINCE_VIEWER_NAME)
    public Statistics province(int year) {
        StatisticsScope scope = provinceScope(callers.get());
        if (year > today().getYear()) {
            throw new UserFacingException("stats.error.period");
        }
        StatisticsFilter filter = StatisticsFilter.year(year, null);
        StatisticsQueries queries = queries();
        return new Statistics(scope.kind(), unitName(scope), filter,
                SmallCounts.total(queries.total(scope, filter)), queries.province(scope.id(), filter));
    }

    /** The years the caller can choose, newest first: from the first incident's year to this year. */
    public List<Integer> years() {
        Caller caller = callers.get();
        StatisticsScope scope = caller.role() == Role.PROVINCE_VIEWER ? provinceScope(caller) : dashboardScope(caller);
        int thisYear = today().getYear();
        Integer first = queries().firstYear(scope);
        int from = first == null ? thisYear : Math.max(StatisticsFilter.FIRST_YEAR, Math.min(first, thisYear));
        List<Integer> years = new ArrayList<>();
        for (int year = thisYear; year >= from; year--) {
            years.add(year);
        }
        return years;
    }

    /** Today in Vietnam, for default periods. */
    public LocalDate today() {
        return LocalTime.today(clock);
    }

    private static StatisticsScope dashboardScope(Caller caller) {
        if (caller.role() == Role.SCHOOL_FOCAL_POINT && caller.schoolId() != null) {
            return StatisticsScope.school(caller.schoolId());
        }
        if (caller.role() == Role.DISTRICT_COORDINATOR && caller.districtId() != null) {
            return StatisticsScope.district(caller.districtId());
        }
        throw new RecordNotFoundException();
    }

    private static StatisticsScope provinceScope(Caller caller) {
        if (caller.role() == Role.PROVINCE_VIEWER && caller.provinceId() != null) {
            return StatisticsScope.province(caller.provinceId());
        }
        throw new RecordNotFoundException();
    }

    private String unitName(StatisticsScope scope) {
        return switch (scope.kind()) {
            case SCHOOL -> em.find(School.class, scope.id()).getName();
            case DISTRICT -> em.find(District.class, scope.id()).getOfficeName();
            case PROVINCE -> em.find(Province.class, scope.id()).getOfficeName();
        };
    }

    private StatisticsQueries queries() {
        return new StatisticsQueries(this::nativeRows);
    }

    private List<Object[]> nativeRows(String sql, List<Object> parameters) {
        if (readDatabase.isConfigured()) {
            // A replica, when one is configured: statistics never need the last second's writes.
            return readDatabase.rows(sql, parameters);
        }
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }
}
