package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.organisation.District;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

/**
 * The district's reporting periods and its target for women's share. Focal points and the
 * coordinator read them (the periods of a year are created with their defaults the first time the
 * year is asked for); only the coordinator changes them.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class ReportingPeriodService {

    /** Years the periods can be asked for, a guard against typos creating rows for year 20225. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

    /** The interim and year-end periods of the caller's district for the year, created with defaults when missing. */
    public List<PeriodInfo> periodsOf(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UserFacingException("period.error.year", FIRST_YEAR, LAST_YEAR);
        }
        long districtId = access.ownDistrictId();
        Map<PeriodKind, ReportingPeriod> periods = load(districtId, year);
        if (periods.size() < PeriodKind.values().length) {
            // Serialise the creation of defaults per district, so two first visitors do not both insert.
            District district = em.find(District.class, districtId, LockModeType.PESSIMISTIC_WRITE);
            periods = load(districtId, year);
            Instant now = clock.instant();
            for (PeriodKind kind : PeriodKind.values()) {
                if (!periods.containsKey(kind)) {
                    ReportingPeriod period = ReportingPeriod.defaultFor(district, year, kind, "system", now);
                    em.persist(period);
                    periods.put(kind, period);
                }
            }
            em.flush();
        }
        return periods.values().stream().map(PeriodInfo::of).toList();
    }

    private Map<PeriodKind, ReportingPeriod> load(long districtId, int year) {
        Map<PeriodKind, ReportingPeriod> periods = new EnumMap<>(PeriodKind.class);
        em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.district.id = :d AND p.year = :y", ReportingPeriod.class)
                .setParameter("d", districtId).setParameter("y", year).getResultList()
                .forEach(p -> periods.put(p.getKind(), p));
        return periods;
    }

    /** A period of the caller's district. */
    public PeriodInfo period(long periodId) {
        return PeriodInfo.of(ofDistrict(periodId, access.ownDistrictId()));
    }

    /** The coordinator sets the covered range and the due date of a period. */
    public PeriodInfo change(long periodId, int expectedVersion, @NotNull PeriodDates dates) {
        long districtId = access.requireCoordinator();
        ReportingPeriod period = ofDistrict(periodId, districtId);
        Stale.check(period.getVersion(), expectedVersion);
        Caller caller = access.caller();
        period.change(dates, caller.username(), clock.instant());
        em.flush();
        audit.record(caller, AuditAction.REPORTING_PERIOD_CHANGED, "ReportingPeriod", period.getId(),
                period.getYear() + " " + period.getKind() + " " + dates);
        return PeriodInfo.of(period);
    }

    /** The coordinator saves the periods of a year at once: all or none. */
    public List<PeriodInfo> changeAll(@NotNull List<PeriodEdit> edits) {
        return edits.stream().map(e -> change(e.getId(), e.getVersion(), e.dates())).toList();
    }

    /** The first day of the caller's district's reporting year (of the year before, unless 1 January). */
    public MonthDay reportingYearStart() {
        return em.find(District.class, access.ownDistrictId()).getReportingYearStart();
    }

    /**
     * The coordinator sets where the district's reporting year starts: 11/11 of the previous year as
     * the letters count it, or 1 January. Year-end periods of this year and later that still start on
     * the old default move to the new one; periods set by hand stay as they are.
     */
    public MonthDay changeReportingYearStart(@NotNull MonthDay start) {
        long districtId = access.requireCoordinator();
        Caller caller = access.caller();
        District district = em.find(District.class, districtId, LockModeType.PESSIMISTIC_WRITE);
        MonthDay old = district.getReportingYearStart();
        district.setReportingYearStart(start);
        Instant now = clock.instant();
        int thisYear = LocalTime.today(clock).getYear();
        for (ReportingPeriod period : em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.district.id = :d "
                        + "AND p.kind = :k AND p.year >= :y", ReportingPeriod.class)
                .setParameter("d", districtId).setParameter("k", PeriodKind.YEAR_END).setParameter("y", thisYear)
                .getResultList()) {
            if (period.getCoversFrom().equals(PeriodDates.reportingYearStart(period.getYear(), old))) {
                PeriodDates dates = period.dates();
                period.change(new PeriodDates(PeriodDates.reportingYearStart(period.getYear(), start),
                        dates.coversTo(), dates.dueDate(), dates.districtDueDate()), caller.username(), now);
            }
        }
        em.flush();
        audit.record(caller, AuditAction.REPORTING_PERIOD_CHANGED, "District", districtId,
                "reporting year starts " + start);
        return start;
    }

    /** The caller's district's target for women's share, with the version to send back when changing it. */
    public TargetSetting target() {
        long districtId = access.ownDistrictId();
        DistrictTarget target = em.find(DistrictTarget.class, districtId);
        return target == null ? new TargetSetting(TargetRange.DEFAULT, -1, true)
                : new TargetSetting(target.range(), target.getVersion(), false);
    }

    /** The coordinator sets the district's target range; expectedVersion -1 when the default was shown. */
    public TargetSetting changeTarget(BigDecimal minPercent, BigDecimal maxPercent, int expectedVersion) {
        long districtId = access.requireCoordinator();
        Caller caller = access.caller();
        TargetRange range = new TargetRange(minPercent, maxPercent);
        DistrictTarget target = em.find(DistrictTarget.class, districtId, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) {
            Stale.check(-1, expectedVersion);
            target = new DistrictTarget(districtId, range, caller.username(), clock.instant());
            em.persist(target);
        } else {
            Stale.check(target.getVersion(), expectedVersion);
            target.change(range, caller.username(), clock.instant());
        }
        em.flush();
        audit.record(caller, AuditAction.DISTRICT_TARGET_CHANGED, "DistrictTarget", districtId,
                range.minPercent() + "-" + range.maxPercent());
        return new TargetSetting(target.range(), target.getVersion(), false);
    }

    private ReportingPeriod ofDistrict(long periodId, long districtId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null || !period.getDistrict().getId().equals(districtId)) {
            throw new RecordNotFoundException();
        }
        return period;
    }
}
