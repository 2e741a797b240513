package vn.tincay.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.register.PeriodInfo;
import vn.tincay.register.ReportingPeriodService;
import vn.tincay.register.RegisterScope;
import vn.tincay.register.ReportingPeriod;
import vn.tincay.report.document.ReportDocument;
import vn.tincay.report.document.ReportDocumentBuilder;
import vn.tincay.report.document.ReportUnit;
import vn.tincay.report.document.SubmissionRow;
import vn.tincay.report.document.VietnameseText;
import vn.tincay.security.Caller;
import vn.tincay.security.CallerContext;
import vn.tincay.security.Role;

/**
 * The boundary for periodic reports. The school focal point writes and submits the school's report;
 * the district coordinator reviews the schools' reports (accept, or return with a comment) and
 * writes the district's consolidated report; the province viewer reads and downloads the districts'
 * submitted consolidated reports. Every method checks role and record scope: a report outside the
 * caller's scope is "not found".
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME, Role.PROVINCE_VIEWER_NAME})
public class PeriodicReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @EJB
    private ReportSources sources;

    @EJB
    private ReportingPeriodService periodService;

    @Inject
    private ReportDocuments documents;

    @EJB
    private ReportNotices notices;

    @Inject
    private vn.tincay.register.RegisterAudit audit;

    @EJB
    private ReportReminderService reminders;

    @Inject
    @ConfigProperty(name = "tincay.report.reminder-days", defaultValue = "7")
    private int reminderDays;

    private final Clock clock = Clock.systemUTC();

    // ---- the caller's own reports --------------------------------------------------------------------

    /** The caller's unit's report for every period of this year and last year (periods made on first use). */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public List<ReportRow> ownReports() {
        Caller caller = callers.get();
        LocalDate today = LocalTime.today(clock);
        return ownReports(caller, periods(requireDistrict(caller), today.getYear()), today);
    }

    private List<ReportRow> ownReports(Caller caller, List<ReportingPeriod> periods, LocalDate today) {
        long districtId = requireDistrict(caller);
        Long schoolId = caller.role() == Role.SCHOOL_FOCAL_POINT ? caller.schoolId() : null;
        Map<Long, PeriodicReport> reports = new HashMap<>();
        for (PeriodicReport r : em.createQuery("SELECT r FROM PeriodicReport r WHERE r.district.id = :d "
                        + "AND r.unitKey = :u", PeriodicReport.class)
                .setParameter("d", districtId).setParameter("u", schoolId == null ? 0L : schoolId).getResultList()) {
            reports.put(r.getPeriodId(), r);
        }
        String unitName = unitName(caller);
        List<ReportRow> rows = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            rows.add(row(period, reports.get(period.getId()), schoolId, unitName, today));
        }
        return rows;
    }

    /** The caller's own periods that are due soon or overdue and not submitted, for the home page. */
    private List<ReportRow> dueSoon(List<ReportRow> rows) {
        return rows.stream().filter(r -> r.firstSubmittedAt() == null || r.status() == ReportStatus.RETURNED)
                .filter(r -> r.overdue() || r.daysLeft() <= Math.max(reminderDays, 30)).toList();
    }

    /**
     * The home page's deadline card in one call, the periods read once: the caller's own reports due soon or
     * overdue and, for the coordinator, the periods with schools still to send or to review.
     */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public HomeDeadlines homeDeadlines() {
        Caller caller = callers.get();
        LocalDate today = LocalTime.today(clock);
        List<ReportingPeriod> periods = periods(requireDistrict(caller), today.getYear());
        return new HomeDeadlines(dueSoon(ownReports(caller, periods, today)),
                caller.role() == Role.DISTRICT_COORDINATOR ? schoolsDue(caller, periods, today) : List.of());
    }

    public int reminderDays() {
        return reminderDays;
    }

    /**
     * Opens the caller's unit's report of a period; a new one is created pre-filled from the register
     * and the cases (for the district office: from the consolidation).
     */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public long open(long periodId) {
        Caller caller = callers.get();
        long districtId = requireDistrict(caller);
        PeriodInfo period = period(periodId, districtId);
        Long schoolId = caller.role() == Role.SCHOOL_FOCAL_POINT ? caller.schoolId() : null;
        PeriodicReport existing = find(districtId, schoolId, periodId);
        if (existing != null) {
            return existing.getId();
        }
        Instant now = Instant.now(clock);
        District district = em.find(District.class, districtId);
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        PeriodicReport report = new PeriodicReport(district, school, periodId, caller.username(), now);
        ReportFigures figures = figuresFor(report, period);
        report.refreshFigures(figures, caller.username(), now);
        ReportContent content = prefill(report, period, figures);
        ReportUnit unit = unitOf(report);
        content.setPlace(unit.defaultPlace());
        content.setDocumentNumber(unit.numberAfter(highestNumberUsed(districtId, schoolId, period.year())));
        content.setSignerTitle(unit.defaultSignerTitle());
        content.setSignerName(unit.signerName(false));
        content.setRecipients(unit.defaultRecipients());
        report.edit(content, caller.username(), now);
        em.persist(report);
        em.flush();
        keepVersion(report, ReportAction.CREATED, null, caller.username(), now);
        return report.getId();
    }

    /**
     * The highest report number ("12/BC-…") the unit has given its reports of a year: numbers restart
     * each year, so the next report is offered the one after it.
     */
    private int highestNumberUsed(long districtId, Long schoolId, int year) {
        int highest = 0;
        for (String number : em.createQuery("SELECT r.documentNumber FROM PeriodicReport r, ReportingPeriod p "
                        + "WHERE p.id = r.periodId AND r.district.id = :d AND r.unitKey = :u AND p.year = :y "
                        + "AND r.documentNumber IS NOT NULL", String.class)
                .setParameter("d", districtId).setParameter("u", schoolId == null ? 0L : schoolId)
                .setParameter("y", year).getResultList()) {
            highest = Math.max(highest, ReportUnit.leadingNumber(number));
        }
        return highest;
    }

    /** The number the unit's next report would get, to offer on the form when the number is missing. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public String nextNumber(long id) {
        Caller caller = callers.get();
        PeriodicReport report = readable(caller, id);
        PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
        return unitOf(report).numberAfter(highestNumberUsed(report.getDistrict().getId(),
                report.isSchoolReport() ? report.getSchool().getId() : null, period.year()));
    }

    /** The names of the caller's unit's head and deputy, who sign its reports: {head, deputy}, either may be null. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public String[] unitSigners() {
        Caller caller = callers.get();
        requireDistrict(caller);
        if (caller.role() == Role.SCHOOL_FOCAL_POINT) {
            School school = em.find(School.class, caller.schoolId());
            return new String[] {school.getHeadName(), school.getDeputyHeadName()};
        }
        District district = em.find(District.class, caller.districtId());
        return new String[] {district.getOfficeHeadName(), district.getOfficeDeputyName()};
    }

    /** The unit sets who signs its reports (new reports start with the head's name). */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public void changeUnitSigners(String head, String deputy) {
        Caller caller = callers.get();
        requireDistrict(caller);
        for (String name : new String[] {head, deputy}) {
            if (name != null && name.strip().length() > vn.tincay.organisation.Limits.NAME) {
                throw new UserFacingException("report.error.tooLong", vn.tincay.organisation.Limits.NAME);
            }
        }
        if (caller.role() == Role.SCHOOL_FOCAL_POINT) {
            School school = em.find(School.class, caller.schoolId(), LockModeType.PESSIMISTIC_WRITE);
            school.setHeadName(head);
            school.setDeputyHeadName(deputy);
        } else {
            District district = em.find(District.class, caller.districtId(), LockModeType.PESSIMISTIC_WRITE);
            district.setOfficeHeadName(head);
            district.setOfficeDeputyName(deputy);
        }
        audit.record(caller, vn.tincay.audit.AuditAction.REPORT_SIGNERS_CHANGED,
                caller.role() == Role.SCHOOL_FOCAL_POINT ? "School" : "District",
                caller.role() == Role.SCHOOL_FOCAL_POINT ? caller.schoolId() : caller.districtId(), null);
    }

    /** The signer block for the head or for a deputy signing "KT.": title lines and name. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public String[] signer(long id, boolean deputySigns) {
        ReportUnit unit = unitOf(readable(callers.get(), id));
        return new String[] {unit.signerTitle(deputySigns), unit.signerName(deputySigns)};
    }

    private ReportFigures figuresFor(PeriodicReport report, PeriodInfo period) {
        long districtId = report.getDistrict().getId();
        if (report.isSchoolReport()) {
            return sources.schoolFigures(districtId, report.getSchool().getId(), period);
        }
        return Consolidation.combine(sources.acceptedSchoolSums(districtId, period.id()),
                sources.officeFigures(districtId, period));
    }

    private ReportContent prefill(PeriodicReport report, PeriodInfo period, ReportFigures figures) {
        long districtId = report.getDistrict().getId();
        RegisterScope scope = report.isSchoolReport() ? RegisterScope.school(districtId, report.getSchool().getId())
                : RegisterScope.districtOffice(districtId);
        List<String> schoolCases = report.isSchoolReport() ? List.of()
                : sources.acceptedSchoolCaseSummaries(districtId, period.id());
        return ReportTexts.prefill(sources.prefillData(scope, period, figures, schoolCases));
    }

    // ---- reading --------------------------------------------------------------------------------------

    public ReportView view(long id) {
        Caller caller = callers.get();
        PeriodicReport report = readable(caller, id);
        PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
        boolean mayEdit = isOwner(caller, report) && report.getStatus().isEditable();
        boolean mayReview = caller.role() == Role.DISTRICT_COORDINATOR && report.isSchoolReport()
                && report.getStatus() == ReportStatus.SUBMITTED;
        List<SubmissionRow> schools = report.isSchoolReport() ? List.of() : submissions(report.getDistrict().getId(),
                period);
        ReportDocument document = ReportDocumentBuilder.build(unitOf(report), kindOf(period), period.year(),
                report.content(), report.figures(), report.getReportDate(), report.isSchoolReport() ? null : schools,
                !report.getStatus().isSubmittedOrLater());
        return new ReportView(report.getId(), report.getVersion(), report.isSchoolReport(), unitNameOf(report),
                report.getDistrict().getName(), period.id(), period.year(), kindOf(period), period.coversFrom(),
                period.coversTo(), period.dueDateFor(!report.isSchoolReport()), report.getStatus(),
                report.getReturnComment(), report.getDecidedBy(), report.getDecidedAt(), report.getFirstSubmittedAt(),
                report.getSubmittedAt(), report.isLate(period.dueDateFor(!report.isSchoolReport())), report.getFiguresAsOf(), report.content(), report.figures(), mayEdit,
                mayReview, schools, document);
    }

    /** The school's cases reported in the period, to cite in II.2 b): code, type and status only. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public List<CaseChoice> caseChoices(long id) {
        Caller caller = callers.get();
        PeriodicReport report = readable(caller, id);
        if (!report.isSchoolReport()) {
            return List.of();
        }
        PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
        return em.createQuery("SELECT NEW vn.tincay.report.CaseChoice(i.id, i.caseCode, i.type, i.status, "
                        + "i.reportedDate) FROM Incident i WHERE i.school.id = :s AND i.reportedDate BETWEEN :from "
                        + "AND :to ORDER BY i.reportedDate, i.id", CaseChoice.class)
                .setParameter("s", report.getSchool().getId()).setParameter("from", period.coversFrom())
                .setParameter("to", period.coversTo()).setMaxResults(500).getResultList();
    }

    public List<VersionRow> versions(long id) {
        PeriodicReport report = readable(callers.get(), id);
        return em.createQuery("SELECT NEW vn.tincay.report.VersionRow(v.id, v.number, v.action, v.status, v.actedBy, "
                        + "v.actedAt, v.comment) FROM ReportVersion v WHERE v.report = :r ORDER BY v.number DESC",
                        VersionRow.class)
                .setParameter("r", report).getResultList();
    }

    /** A kept version with the report it belongs to (the province sees none: it reads final reports only). */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public VersionView version(long versionId) {
        ReportVersion version = em.find(ReportVersion.class, versionId);
        if (version == null) {
            throw new RecordNotFoundException();
        }
        ReportView report = view(version.getReport().getId());
        ReportSnapshot snapshot = version.snapshot();
        ReportDocument document = ReportDocumentBuilder.build(unitOf(version.getReport()), report.kind(),
                report.year(), snapshot.content(), snapshot.figures(), snapshot.reportDate(),
                report.schoolReport() ? null : report.schools(), !snapshot.status().isSubmittedOrLater());
        return new VersionView(new VersionRow(version.getId(), version.getNumber(), version.getAction(),
                version.getStatus(), version.getActedBy(), version.getActedAt(), version.getComment()),
                snapshot, report, document);
    }

    // ---- writing ------------------------------------------------------------------------------------

    /** Saves the unit's text as a draft; every save is kept as a version. @return the new row version */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public int save(long id, int expectedVersion, ReportContent content) {
        Caller caller = callers.get();
        PeriodicReport report = ownForUpdate(caller, id, expectedVersion);
        Instant now = Instant.now(clock);
        report.edit(checkedCases(report, content), caller.username(), now);
        keepVersion(report, ReportAction.SAVED, null, caller.username(), now);
        em.flush();
        return report.getVersion();
    }

    /** Saves and submits the report to the district office (the district's report: to the province). */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public void submit(long id, int expectedVersion, ReportContent content) {
        Caller caller = callers.get();
        PeriodicReport report = ownForUpdate(caller, id, expectedVersion);
        if (!ReportUnit.isRealNumber(content.getDocumentNumber())) {
            PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
            throw new UserFacingException("report.error.numberRequired", unitOf(report).numberAfter(
                    highestNumberUsed(report.getDistrict().getId(),
                            report.isSchoolReport() ? report.getSchool().getId() : null, period.year())));
        }
        Instant now = Instant.now(clock);
        boolean again = report.getFirstSubmittedAt() != null;
        report.edit(checkedCases(report, content), caller.username(), now);
        report.submit(caller.username(), now);
        keepVersion(report, ReportAction.SUBMITTED, null, caller.username(), now);
        notices.submitted(report, again, now);
    }

    /** Reads the figures again from the register and the cases (or the consolidation); the text stays. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public int refreshFigures(long id, int expectedVersion) {
        Caller caller = callers.get();
        PeriodicReport report = ownForUpdate(caller, id, expectedVersion);
        PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
        report.refreshFigures(figuresFor(report, period), caller.username(), Instant.now(clock));
        em.flush();
        return report.getVersion();
    }

    /** Writes the section texts again from the data (figures refreshed too); replaces what was written. */
    @RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME})
    public int prefillAgain(long id, int expectedVersion) {
        Caller caller = callers.get();
        PeriodicReport report = ownForUpdate(caller, id, expectedVersion);
        PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
        Instant now = Instant.now(clock);
        ReportFigures figures = figuresFor(report, period);
        report.refreshFigures(figures, caller.username(), now);
        ReportContent fresh = prefill(report, period, figures);
        ReportContent current = report.content();
        fresh.setDocumentNumber(current.getDocumentNumber());
        fresh.setPlace(current.getPlace());
        fresh.setSignerTitle(current.getSignerTitle());
        fresh.setSignerName(current.getSignerName());
        fresh.setRecipients(current.getRecipients());
        if (report.isSchoolReport()) {
            fresh.setCases(current.getCases());
        }
        for (ReportSection section : List.of(ReportSection.II_2_B, ReportSection.II_3_A, ReportSection.II_3_B,
                ReportSection.II_3_C, ReportSection.III, ReportSection.IV, ReportSection.V)) {
            fresh.text(section, current.text(section));
        }
        report.edit(fresh, caller.username(), now);
        keepVersion(report, ReportAction.SAVED, null, caller.username(), now);
        em.flush();
        return report.getVersion();
    }

    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public void accept(long id, int expectedVersion) {
        Caller caller = callers.get();
        PeriodicReport report = reviewable(caller, id, expectedVersion);
        Instant now = Instant.now(clock);
        report.accept(caller.username(), now);
        keepVersion(report, ReportAction.ACCEPTED, null, caller.username(), now);
        notices.decided(report, now);
    }

    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public void returnForChanges(long id, int expectedVersion, String comment) {
        Caller caller = callers.get();
        PeriodicReport report = reviewable(caller, id, expectedVersion);
        Instant now = Instant.now(clock);
        report.returnForChanges(comment, caller.username(), now);
        keepVersion(report, ReportAction.RETURNED, report.getReturnComment(), caller.username(), now);
        notices.decided(report, now);
    }

    /** Only the school's own cases may be cited, and their codes are taken from the cases themselves. */
    private ReportContent checkedCases(PeriodicReport report, ReportContent content) {
        ReportContent checked = content.copy();
        if (!report.isSchoolReport()) {
            checked.getCases().forEach(c -> {
                c.setCaseCode(null);
                c.setIncidentId(null);
            });
            return checked;
        }
        for (ReportedCase chosen : checked.getCases()) {
            if (chosen.getIncidentId() == null) {
                throw new UserFacingException("report.error.caseMissing");
            }
            List<String> codes = em.createQuery("SELECT i.caseCode FROM Incident i WHERE i.id = :i AND i.school.id = :s",
                            String.class)
                    .setParameter("i", chosen.getIncidentId()).setParameter("s", report.getSchool().getId())
                    .getResultList();
            if (codes.isEmpty()) {
                throw new RecordNotFoundException();
            }
            chosen.setCaseCode(codes.get(0));
        }
        return checked;
    }

    private void keepVersion(PeriodicReport report, ReportAction action, String comment, String by, Instant now) {
        Integer last = em.createQuery("SELECT MAX(v.number) FROM ReportVersion v WHERE v.report = :r", Integer.class)
                .setParameter("r", report).getSingleResult();
        em.persist(new ReportVersion(report, last == null ? 1 : last + 1, action, comment, by, now));
    }

    // ---- the district ---------------------------------------------------------------------------------

    /** The coordinator's view of a period: every school's report, the consolidation so far, the district report. */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public DistrictOverview districtOverview(long periodId) {
        Caller caller = callers.get();
        long districtId = requireDistrict(caller);
        PeriodInfo period = period(periodId, districtId);
        Map<Long, Long> reportIds = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.school.id, r.id FROM PeriodicReport r WHERE r.district.id = :d "
                        + "AND r.periodId = :p AND r.school IS NOT NULL", Object[].class)
                .setParameter("d", districtId).setParameter("p", periodId).getResultList()) {
            reportIds.put((Long) r[0], (Long) r[1]);
        }
        List<DistrictOverview.SchoolReportRow> schools = submissions(districtId, period).stream()
                .map(s -> new DistrictOverview.SchoolReportRow(s, reportIds.get(s.schoolId()))).toList();
        PeriodicReport own = find(districtId, null, periodId);
        return new DistrictOverview(periodId, period.year(), kindOf(period), period.coversFrom(), period.coversTo(),
                period.dueDate(), period.districtDueDate(), schools, Consolidation.combine(sources.acceptedSchoolSums(districtId, periodId),
                sources.officeFigures(districtId, period)), own == null ? null : own.getId(),
                own == null ? null : own.getStatus());
    }

    /** Per period of this and last year, the schools that have not sent their report and the reports to review. */
    private List<SchoolsDue> schoolsDue(Caller caller, List<ReportingPeriod> periods, LocalDate today) {
        long districtId = requireDistrict(caller);
        List<SchoolsDue> result = new ArrayList<>();
        long schools = em.createQuery("SELECT COUNT(s) FROM School s WHERE s.district.id = :d AND s.active = TRUE",
                Long.class).setParameter("d", districtId).getSingleResult();
        for (ReportingPeriod period : periods) {
            // The schools' reports of the period: sent at least once (by schools still active), and waiting to
            // be reviewed – one reading of the period's reports. SQL, so that the 1 and 0 stay literals: the
            // embedded database cannot sum parameters of no known type, which JPQL would bind them as.
            Object[] counts = (Object[]) em.createNativeQuery("SELECT SUM(CASE WHEN s.active = TRUE "
                            + "AND r.first_submitted_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN r.status = ? "
                            + "THEN 1 ELSE 0 END) FROM periodic_report r JOIN school s ON s.id = r.school_id "
                            + "WHERE r.district_id = ? AND r.period_id = ?")
                    .setParameter(1, ReportStatus.SUBMITTED.name()).setParameter(2, districtId)
                    .setParameter(3, period.getId()).getSingleResult();
            long submitted = counts[0] == null ? 0 : ((Number) counts[0]).longValue();
            long awaiting = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
            long daysLeft = ChronoUnit.DAYS.between(today, period.getDueDate());
            if (schools - submitted > 0 || awaiting > 0) {
                result.add(new SchoolsDue(period.getId(), period.getYear(), ReportKind.valueOf(period.getKind().name()),
                        period.getDueDate(), today.isAfter(period.getDueDate()), daysLeft, schools - submitted,
                        awaiting));
            }
        }
        return result;
    }

    /**
     * "Nhắc nộp": the coordinator reminds a school of the district whose report for the period is not in
     * (not submitted, or returned and not submitted again) – in the app and by e-mail; once a day.
     * @return how many accounts were told (0: the school has no focal point)
     */
    @RolesAllowed(Role.DISTRICT_COORDINATOR_NAME)
    public int remindSchool(long periodId, long schoolId) {
        Caller caller = callers.get();
        long districtId = requireDistrict(caller);
        period(periodId, districtId);
        School school = em.find(School.class, schoolId);
        if (school == null || !Objects.equals(school.getDistrict().getId(), districtId) || !school.isActive()) {
            throw new RecordNotFoundException();
        }
        PeriodicReport report = find(districtId, schoolId, periodId);
        if (report != null && report.getStatus().isSubmittedOrLater()) {
            throw new UserFacingException("report.remind.notMissing");
        }
        try {
            return reminders.request(periodId, districtId, schoolId, caller.username());
        } catch (jakarta.mail.MessagingException e) {
            throw new UserFacingException("report.remind.mailFailed");
        }
    }

    /** Every active school of the district with the state of its report for the period, by name. */
    private List<SubmissionRow> submissions(long districtId, PeriodInfo period) {
        List<SubmissionRow> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.name, r.status, r.firstSubmittedAt FROM School s "
                        + "LEFT JOIN PeriodicReport r ON r.school = s AND r.periodId = :p WHERE s.district.id = :d "
                        + "AND s.active = TRUE ORDER BY s.name", Object[].class)
                .setParameter("d", districtId).setParameter("p", period.id()).getResultList()) {
            rows.add(Consolidation.row((Long) r[0], (String) r[1], (ReportStatus) r[2], (Instant) r[3],
                    period.dueDate()));
        }
        return rows;
    }

    // ---- the province ---------------------------------------------------------------------------------

    /** The province's districts' consolidated reports that have been submitted, newest period first. */
    @RolesAllowed(Role.PROVINCE_VIEWER_NAME)
    public List<ProvinceReportRow> provinceReports() {
        Caller caller = callers.get();
        if (caller.provinceId() == null) {
            throw new RecordNotFoundException();
        }
        List<ProvinceReportRow> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r, d.name, p FROM PeriodicReport r JOIN r.district d, "
                        + "ReportingPeriod p WHERE p.id = r.periodId AND d.province.id = :prov AND r.school IS NULL "
                        + "AND r.status IN :st ORDER BY p.year DESC, p.dueDate DESC, d.name", Object[].class)
                .setParameter("prov", caller.provinceId())
                .setParameter("st", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).getResultList()) {
            PeriodicReport report = (PeriodicReport) r[0];
            ReportingPeriod period = (ReportingPeriod) r[2];
            rows.add(new ProvinceReportRow(report.getId(), (String) r[1], period.getYear(),
                    ReportKind.valueOf(period.getKind().name()), period.getDistrictDueDate(), report.getStatus(),
                    report.getSubmittedAt(), report.isLate(period.getDistrictDueDate())));
        }
        return rows;
    }

    // ---- export ---------------------------------------------------------------------------------------

    /** The report as DOCX or PDF in the administrative format. */
    public ExportedFile export(long id, ExportFormat format) {
        Caller caller = callers.get();
        PeriodicReport report = readable(caller, id);
        PeriodInfo period = PeriodInfo.of(em.find(ReportingPeriod.class, report.getPeriodId()));
        ReportDocument document = ReportDocumentBuilder.build(unitOf(report), kindOf(period), period.year(),
                report.content(), report.figures(), report.getReportDate(),
                report.isSchoolReport() ? null : submissions(report.getDistrict().getId(), period),
                !report.getStatus().isSubmittedOrLater());
        return new ExportedFile(fileName(report, period, format), format.contentType(),
                documents.write(document, format));
    }

    static String fileName(String unitCode, ReportKind kind, int year, ReportStatus status, ExportFormat format) {
        String draft = status.isSubmittedOrLater() ? "" : "_du-thao";
        return VietnameseText.asciiFileName("BaoCao_" + (kind == ReportKind.INTERIM ? "SoKet" : "TongKet") + "_" + year
                + "_" + unitCode + draft) + "." + format.extension();
    }

    private static String fileName(PeriodicReport report, PeriodInfo period, ExportFormat format) {
        String unitCode = report.isSchoolReport() ? report.getSchool().getCode()
                : report.getDistrict().getCode() + "_PGDDT";
        return fileName(unitCode, kindOf(period), period.year(), report.getStatus(), format);
    }

    // ---- scope ----------------------------------------------------------------------------------------

    private PeriodicReport readable(Caller caller, long id) {
        PeriodicReport report = em.createQuery("SELECT r FROM PeriodicReport r JOIN FETCH r.district d "
                        + "LEFT JOIN FETCH r.school WHERE r.id = :id", PeriodicReport.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
        boolean visible = switch (caller.role()) {
            case SCHOOL_FOCAL_POINT -> report.isSchoolReport()
                    && Objects.equals(report.getSchool().getId(), caller.schoolId());
            case DISTRICT_COORDINATOR -> Objects.equals(report.getDistrict().getId(), caller.districtId());
            case PROVINCE_VIEWER -> !report.isSchoolReport() && report.getStatus().isSubmittedOrLater()
                    && caller.provinceId() != null
                    && Objects.equals(report.getDistrict().getProvince().getId(), caller.provinceId());
            default -> false;
        };
        if (!visible) {
            throw new RecordNotFoundException();
        }
        return report;
    }

    /** The unit's own report: the focal point's school report, the coordinator's district report. */
    private static boolean isOwner(Caller caller, PeriodicReport report) {
        return switch (caller.role()) {
            case SCHOOL_FOCAL_POINT -> report.isSchoolReport()
                    && Objects.equals(report.getSchool().getId(), caller.schoolId());
            case DISTRICT_COORDINATOR -> !report.isSchoolReport()
                    && Objects.equals(report.getDistrict().getId(), caller.districtId());
            default -> false;
        };
    }

    private PeriodicReport ownForUpdate(Caller caller, long id, int expectedVersion) {
        PeriodicReport report = readable(caller, id);
        if (!isOwner(caller, report)) {
            throw new RecordNotFoundException();
        }
        return locked(report, expectedVersion);
    }

    private PeriodicReport reviewable(Caller caller, long id, int expectedVersion) {
        PeriodicReport report = readable(caller, id);
        if (!report.isSchoolReport()) {
            throw new RecordNotFoundException();
        }
        return locked(report, expectedVersion);
    }

    private PeriodicReport locked(PeriodicReport report, int expectedVersion) {
        if (report.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleEdit");
        }
        em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return report;
    }

    private static long requireDistrict(Caller caller) {
        boolean ok = caller.role() == Role.DISTRICT_COORDINATOR && caller.districtId() != null
                || caller.role() == Role.SCHOOL_FOCAL_POINT && caller.schoolId() != null && caller.districtId() != null;
        if (!ok) {
            throw new RecordNotFoundException();
        }
        return caller.districtId();
    }

    private PeriodInfo period(long periodId, long districtId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null || !Objects.equals(period.getDistrict().getId(), districtId)) {
            throw new RecordNotFoundException();
        }
        return PeriodInfo.of(period);
    }

    /** The district's periods of this year and last year; this year's default periods are made on first use. */
    private List<ReportingPeriod> periods(long districtId, int year) {
        periodService.periodsOf(year);
        return em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.district.id = :d AND p.year BETWEEN :a AND :b "
                        + "ORDER BY p.year DESC, p.dueDate DESC", ReportingPeriod.class)
                .setParameter("d", districtId).setParameter("a", year - 1).setParameter("b", year).getResultList();
    }

    private PeriodicReport find(long districtId, Long schoolId, long periodId) {
        return em.createQuery("SELECT r FROM PeriodicReport r WHERE r.district.id = :d AND r.unitKey = :u "
                        + "AND r.periodId = :p", PeriodicReport.class)
                .setParameter("d", districtId).setParameter("u", schoolId == null ? 0L : schoolId)
                .setParameter("p", periodId).getResultStream().findFirst().orElse(null);
    }

    private ReportRow row(ReportingPeriod period, PeriodicReport report, Long schoolId, String unitName,
                          LocalDate today) {
        boolean submitted = report != null && report.getFirstSubmittedAt() != null;
        LocalDate due = period.dueDateFor(schoolId == null);
        return new ReportRow(period.getId(), period.getYear(), ReportKind.valueOf(period.getKind().name()),
                period.getCoversFrom(), period.getCoversTo(), due,
                report == null ? null : report.getId(), schoolId, unitName, report == null ? null : report.getStatus(),
                report == null ? null : report.getFirstSubmittedAt(),
                report != null && report.isLate(due),
                !submitted && today.isAfter(due),
                ChronoUnit.DAYS.between(today, due));
    }

    private String unitName(Caller caller) {
        if (caller.role() == Role.SCHOOL_FOCAL_POINT) {
            return em.find(School.class, caller.schoolId()).getName();
        }
        return em.find(District.class, caller.districtId()).getOfficeName();
    }

    private static String unitNameOf(PeriodicReport report) {
        return report.isSchoolReport() ? report.getSchool().getName() : report.getDistrict().getOfficeName();
    }

    static ReportUnit unitOf(PeriodicReport report) {
        District district = report.getDistrict();
        return report.isSchoolReport()
                ? ReportUnit.school(district.getOfficeName(), district.getName(), report.getSchool().getName(),
                report.getSchool().getCode(), report.getSchool().getHeadName(), report.getSchool().getDeputyHeadName())
                : ReportUnit.districtOffice(district.getName(), district.getOfficeHeadName(),
                district.getOfficeDeputyName());
    }

    private static ReportKind kindOf(PeriodInfo period) {
        return ReportKind.valueOf(period.kind().name());
    }
}
