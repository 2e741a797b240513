package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.tincay.audit.AuditAction;
import vn.tincay.incident.ResultPage;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.security.Caller;
import vn.tincay.security.Role;

/**
 * Staff statistics per unit and reporting period. Each unit keeps its own (focal point: the school;
 * coordinator: the district office); the coordinator reads every school's of the district.
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
public class StaffStatisticsService {

    private static final Map<String, String> SORTABLE = Map.of("unitName", "s.name", "asOf", "x.asOf");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    @Inject
    private RegisterAudit audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * The caller's own statistics for the period, or a blank form dated today (or the end of the
     * period if it is over).
     */
    public StaffStatisticsDraft ownForPeriod(long periodId) {
        RegisterUnit unit = access.ownUnit();
        ReportingPeriod period = periodOfDistrict(periodId, unit.districtId());
        return findOwn(unit, periodId).map(StaffStatisticsDraft::of).orElseGet(() -> {
            StaffStatisticsDraft draft = new StaffStatisticsDraft();
            draft.setPeriodId(periodId);
            LocalDate today = LocalTime.today(clock);
            draft.setAsOf(today.isAfter(period.getCoversTo()) ? period.getCoversTo() : today);
            return draft;
        });
    }

    /** Saves the caller's own statistics for the draft's period. @return its id */
    public long save(@Valid @NotNull StaffStatisticsDraft draft) {
        Caller caller = access.caller();
        RegisterUnit unit = access.ownUnit();
        ReportingPeriod period = periodOfDistrict(draft.getPeriodId(), unit.districtId());
        Instant now = clock.instant();
        StaffStatistics statistics = findOwn(unit, period.getId()).orElse(null);
        boolean created = statistics == null;
        if (created) {
            if (draft.getId() != null) {
                throw new RecordNotFoundException();
            }
            statistics = new StaffStatistics(access.district(unit.districtId()), access.school(unit), period,
                    caller.username(), now);
        } else {
            // A second form opened as "new" while someone saved the first one is a stale edit too.
            Stale.check(statistics.getVersion(), draft.getId() == null ? -1 : draft.getVersion());
        }
        statistics.count(draft.getAsOf(), draft.headcounts(), Text.trimToNull(draft.getNote()), caller.username(), now);
        if (created) {
            em.persist(statistics);
        }
        em.flush();
        audit.record(caller, created ? AuditAction.REGISTER_ENTRY_CREATED : AuditAction.REGISTER_ENTRY_UPDATED,
                statistics);
        return statistics.getId();
    }

    /** A page of the statistics of the scope's units for the period (the coordinator's overview). */
    public ResultPage<UnitStaffStatistics> list(@NotNull RegisterScope scope, long periodId, int first, int max,
                                                String sortField, boolean ascending) {
        access.requireReadable(scope);
        periodOfDistrict(periodId, scope.districtId());
        ResultPage<UnitStaffStatisticsRow> page = new Listing<UnitStaffStatisticsRow>(scope, "x")
                .and(periodId, "x.period.id = :period", "period")
                .page(em, "SELECT NEW vn.tincay.register.UnitStaffStatisticsRow(x.id, s.id, COALESCE(s.name, d.officeName), "
                                + "p.id, p.year, p.kind, x.asOf, x.staffFemale, x.staffMale, x.leadersFemale, "
                                + "x.leadersMale, x.partyCommitteeFemale, x.partyCommitteeMale, "
                                + "x.standingCommitteeFemale, x.standingCommitteeMale, x.committeeFemale, "
                                + "x.committeeMale, x.note, x.version, x.successionPoolFemale, x.successionPoolMale)",
                        " FROM StaffStatistics x JOIN x.district d JOIN x.period p LEFT JOIN x.school s",
                        " FROM StaffStatistics x", SORTABLE, sortField, ascending, "x.unitKey ASC, s.name ASC",
                        "x.id ASC", UnitStaffStatisticsRow.class, first, max);
        return new ResultPage<>(page.rows().stream().map(UnitStaffStatisticsRow::toStatistics).toList(), page.total());
    }

    private java.util.Optional<StaffStatistics> findOwn(RegisterUnit unit, long periodId) {
        return em.createQuery("SELECT x FROM StaffStatistics x WHERE x.district.id = :d AND x.unitKey = :u "
                        + "AND x.period.id = :p", StaffStatistics.class)
                .setParameter("d", unit.districtId()).setParameter("u", unit.unitKey()).setParameter("p", periodId)
                .getResultStream().findFirst();
    }

    private ReportingPeriod periodOfDistrict(Long periodId, long districtId) {
        ReportingPeriod period = periodId == null ? null : em.find(ReportingPeriod.class, periodId);
        if (period == null || !period.getDistrict().getId().equals(districtId)) {
            throw new RecordNotFoundException();
        }
        return period;
    }
}
