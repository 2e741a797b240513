package vn.tincay.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.followup.Agency;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.register.ActionMonth;
import vn.tincay.register.ActionMonthTotals;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.ActivityTopic;
import vn.tincay.register.ActivityTotals;
import vn.tincay.register.ChecklistTally;
import vn.tincay.register.CommunicationActivity;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.IssuedDocument;
import vn.tincay.register.Training;
import vn.tincay.register.TrainingLine;
import vn.tincay.register.DocumentTypeCount;
import vn.tincay.register.Headcounts;
import vn.tincay.register.InspectionTotals;
import vn.tincay.register.NominationTotals;
import vn.tincay.register.PeriodInfo;
import vn.tincay.register.RegisterQueries;
import vn.tincay.register.RegisterScope;
import vn.tincay.register.StaffStatisticsSummary;
import vn.tincay.register.TrainingTotals;
import vn.tincay.register.WorkPlanService;
import vn.tincay.register.WorkPlanTotals;
import vn.tincay.register.WomenCommitteeService;
import vn.tincay.register.CommitteeFigures;

/**
 * Reads what a report is pre-filled from: counts of the school's cases in the period (anonymous,
 * GROUP BY in the database), the unit's register through {@link RegisterQueries}, and for the
 * district the sums of the schools' accepted reports. Called by {@link PeriodicReportService}, which
 * has checked the caller's role and scope already.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReportSources {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RegisterQueries register;

    @EJB
    private WorkPlanService workPlans;

    @EJB
    private WomenCommitteeService committees;

    /** The school's figures: its cases reported in the period and its register. */
    public ReportFigures schoolFigures(long districtId, long schoolId, PeriodInfo period) {
        ReportFigures figures = new ReportFigures();
        caseFigures(figures, schoolId, period.coversFrom(), period.coversTo());
        registerFigures(figures, RegisterScope.school(districtId, schoolId), period);
        return figures;
    }

    /** The district office's own register figures (inspections: the district's whole plan). */
    public ReportFigures officeFigures(long districtId, PeriodInfo period) {
        ReportFigures figures = new ReportFigures();
        registerFigures(figures, RegisterScope.districtOffice(districtId), period);
        return figures;
    }

    /** Figures summed over the schools' accepted reports of the period, in SQL. */
    public ReportFigures acceptedSchoolSums(long districtId, long periodId) {
        ReportFigures sums = new ReportFigures();
        for (Object row : em.createNativeQuery("SELECT f.figure, SUM(f.figure_value) FROM periodic_report_figure f "
                        + "JOIN periodic_report r ON r.id = f.report_id WHERE r.district_id = ? AND r.period_id = ? "
                        + "AND r.school_id IS NOT NULL AND r.status = ? GROUP BY f.figure")
                .setParameter(1, districtId).setParameter(2, periodId).setParameter(3, ReportStatus.ACCEPTED.name())
                .getResultList()) {
            Object[] r = (Object[]) row;
            try {
                sums.set(Figure.valueOf((String) r[0]), ((Number) r[1]).longValue());
            } catch (IllegalArgumentException unknownFigure) {
                // a figure no longer produced: ignore
            }
        }
        return sums;
    }

    /** The summaries (never the codes) of the cases the schools chose in their accepted reports. */
    @SuppressWarnings("unchecked")
    public List<String> acceptedSchoolCaseSummaries(long districtId, long periodId) {
        return em.createNativeQuery("SELECT c.summary FROM periodic_report_case c JOIN periodic_report r "
                        + "ON r.id = c.report_id JOIN school s ON s.id = r.school_id WHERE r.district_id = ? "
                        + "AND r.period_id = ? AND r.status = ? ORDER BY s.name, c.position")
                .setParameter(1, districtId).setParameter(2, periodId).setParameter(3, ReportStatus.ACCEPTED.name())
                .setMaxResults(ReportContent.MAX_CASES).getResultList();
    }

    private void caseFigures(ReportFigures f, long schoolId, LocalDate from, LocalDate to) {
        for (Object[] r : rows(em.createQuery("SELECT i.type, COUNT(i) FROM Incident i WHERE i.school.id = :s "
                + "AND i.reportedDate BETWEEN :from AND :to GROUP BY i.type"), schoolId, from, to)) {
            f.set(Figure.casesOfType((GbvType) r[0]), n(r[1]));
        }
        for (Object[] r : rows(em.createQuery("SELECT i.status, COUNT(i) FROM Incident i WHERE i.school.id = :s "
                + "AND i.reportedDate BETWEEN :from AND :to GROUP BY i.status"), schoolId, from, to)) {
            f.set(Figure.casesInStatus((IncidentStatus) r[0]), n(r[1]));
        }
        // One group per combination of the four flags (at most 16 rows); no CASE literals, which H2 cannot type.
        long total = 0;
        for (Object[] r : rows(em.createQuery("SELECT i.domesticViolence, i.childAbuse, i.onlineViolence, "
                + "i.marriageBrokering, COUNT(i) FROM Incident i WHERE i.school.id = :s "
                + "AND i.reportedDate BETWEEN :from AND :to GROUP BY i.domesticViolence, i.childAbuse, "
                + "i.onlineViolence, i.marriageBrokering"), schoolId, from, to)) {
            long count = n(r[4]);
            total += count;
            f.add(Figure.CASES_DOMESTIC, Boolean.TRUE.equals(r[0]) ? count : 0);
            f.add(Figure.CASES_CHILD_ABUSE, Boolean.TRUE.equals(r[1]) ? count : 0);
            f.add(Figure.CASES_ONLINE, Boolean.TRUE.equals(r[2]) ? count : 0);
            f.add(Figure.CASES_MARRIAGE_BROKERING, Boolean.TRUE.equals(r[3]) ? count : 0);
        }
        f.set(Figure.CASES, total);
        Object[] referrals = rows(em.createQuery("SELECT COUNT(DISTINCT r.incident.id), COUNT(r) FROM Referral r "
                + "WHERE r.incident.school.id = :s AND r.incident.reportedDate BETWEEN :from AND :to"),
                schoolId, from, to).get(0);
        f.set(Figure.CASES_REFERRED, n(referrals[0]));
        f.set(Figure.REFERRALS, n(referrals[1]));
        for (Object[] r : rows(em.createQuery("SELECT c.agency, COUNT(DISTINCT c.incident.id) FROM CoordinationEntry c "
                + "WHERE c.incident.school.id = :s AND c.incident.reportedDate BETWEEN :from AND :to "
                + "AND c.agency IN :agencies GROUP BY c.agency")
                .setParameter("agencies", List.of(Agency.POLICE, Agency.JUSTICE)), schoolId, from, to)) {
            f.set(r[0] == Agency.POLICE ? Figure.CASES_WITH_POLICE : Figure.CASES_WITH_JUSTICE, n(r[1]));
        }
    }

    private void registerFigures(ReportFigures f, RegisterScope scope, PeriodInfo period) {
        LocalDate from = period.coversFrom();
        LocalDate to = period.coversTo();
        ActivityTotals activities = register.activityTotals(scope, from, to);
        f.set(Figure.ACTIVITIES, activities.activities());
        f.set(Figure.ACTIVITY_PARTICIPANTS_FEMALE, activities.participantsFemale());
        f.set(Figure.ACTIVITY_PARTICIPANTS_MALE, activities.participantsMale());
        for (ActionMonthTotals month : register.activitiesByActionMonth(scope, from, to)) {
            if (month.actionMonth() == ActionMonth.DOMESTIC_VIOLENCE_JUNE) {
                f.set(Figure.ACTIVITIES_JUNE, month.activities());
            } else if (month.actionMonth() == ActionMonth.GENDER_EQUALITY_NOV_DEC) {
                f.set(Figure.ACTIVITIES_NOV_DEC, month.activities());
            }
        }
        StaffStatisticsSummary staff = register.staffStatistics(scope, period.id());
        Headcounts c = staff.counts();
        f.set(Figure.STAFF_FEMALE, c.staffFemale()).set(Figure.STAFF_MALE, c.staffMale())
                .set(Figure.LEADERS_FEMALE, c.leadersFemale()).set(Figure.LEADERS_MALE, c.leadersMale())
                .set(Figure.PARTY_COMMITTEE_FEMALE, c.partyCommitteeFemale())
                .set(Figure.PARTY_COMMITTEE_MALE, c.partyCommitteeMale())
                .set(Figure.STANDING_COMMITTEE_FEMALE, c.standingCommitteeFemale())
                .set(Figure.STANDING_COMMITTEE_MALE, c.standingCommitteeMale())
                .set(Figure.COMMITTEE_FEMALE, c.committeeFemale()).set(Figure.COMMITTEE_MALE, c.committeeMale())
                .set(Figure.SUCCESSION_POOL_FEMALE, c.successionPoolFemale())
                .set(Figure.SUCCESSION_POOL_MALE, c.successionPoolMale())
                .set(Figure.STANDING_COMMITTEES_WITHOUT_WOMAN, staff.unitsWithoutWomanInStandingCommittee().size());
        long documents = 0;
        for (DocumentTypeCount type : register.documentsByType(scope, from, to)) {
            f.add(ReportTexts.documentFigure(type.type()), type.documents());
            documents += type.documents();
        }
        f.set(Figure.DOCUMENTS, documents);
        TrainingTotals trainings = register.trainingTotals(scope, from, to);
        f.set(Figure.TRAININGS, trainings.trainings())
                .set(Figure.TRAININGS_LEADERSHIP_FOR_WOMEN, trainings.leadershipTrainings())
                .set(Figure.TRAINING_PARTICIPANTS_FEMALE, trainings.participantsFemale())
                .set(Figure.TRAINING_PARTICIPANTS_MALE, trainings.participantsMale());
        InspectionTotals inspections = register.inspectionTotals(scope, from, to);
        f.set(Figure.INSPECTIONS_PLANNED, inspections.planned()).set(Figure.INSPECTIONS_DONE, inspections.done());
        ChecklistTally topics = register.inspectionTopics(scope, from, to);
        f.set(Figure.INSPECTION_TOPICS_PLANNED, topics.covered()).set(Figure.INSPECTION_TOPICS_MET, topics.met())
                .set(Figure.INSPECTION_TOPICS_PARTLY_MET, topics.partlyMet())
                .set(Figure.INSPECTION_TOPICS_NOT_MET, topics.notMet());
        ChecklistTally own = register.selfInspectionTopics(scope, from, to);
        f.set(Figure.SELF_INSPECTIONS, register.selfInspections(scope, from, to))
                .set(Figure.SELF_INSPECTION_TOPICS_MET, own.met())
                .set(Figure.SELF_INSPECTION_TOPICS_PARTLY_MET, own.partlyMet())
                .set(Figure.SELF_INSPECTION_TOPICS_NOT_MET, own.notMet());
        WorkPlanTotals plans = workPlans.totals(scope, from, to);
        f.set(Figure.WORK_PLANS, plans.plans()).set(Figure.WORK_PLAN_BUDGET_PLANNED, plans.planned())
                .set(Figure.WORK_PLAN_BUDGET_SPENT, plans.spent())
                .set(Figure.WORK_PLAN_RESOURCES_MOBILISED, plans.mobilised());
        CommitteeFigures committee = committees.figures(scope, from, to);
        f.set(Figure.WOMEN_COMMITTEES, committee.hasCommittee() ? 1 : 0)
                .set(Figure.WOMEN_COMMITTEES_REFORMED, committee.formedInPeriod() ? 1 : 0)
                .set(Figure.WOMEN_COMMITTEE_MEMBERS_FEMALE, committee.members().female())
                .set(Figure.WOMEN_COMMITTEE_MEMBERS_MALE, committee.members().male())
                .set(Figure.WOMEN_COMMITTEE_MEETINGS, committee.meetings());
        register.activitiesByTopic(scope, from, to).forEach((topic, count) -> f.set(Figure.activitiesOnTopic(topic),
                count));
        f.set(Figure.TRAININGS_TOPIC_CRITERIA_4969, register.trainingsOnTopic(scope, from, to,
                ActivityTopic.CRITERIA_4969));
        f.set(Figure.ACTIVITIES_WITH_PARTNERS, register.activitiesWithPartners(scope, from, to));
        NominationTotals nominations = register.nominations(scope, from, to);
        f.set(Figure.NOMINATED_COLLECTIVES, nominations.collectives())
                .set(Figure.NOMINATED_INDIVIDUALS_FEMALE, nominations.individuals().female())
                .set(Figure.NOMINATED_INDIVIDUALS_MALE, nominations.individuals().male());
    }

    /** The register lines and target a new report's text is written from. */
    public PrefillData prefillData(RegisterScope scope, PeriodInfo period, ReportFigures figures,
                                   List<String> schoolCases) {
        LocalDate from = period.coversFrom();
        LocalDate to = period.coversTo();
        StaffStatisticsSummary staff = scope.kind() == RegisterScope.Kind.DISTRICT_OFFICE
                ? register.staffStatistics(RegisterScope.wholeDistrict(scope.districtId()), period.id())
                : register.staffStatistics(scope, period.id());
        boolean office = scope.kind() == RegisterScope.Kind.DISTRICT_OFFICE;
        return new PrefillData(office, from, to, figures,
                register.target(scope.districtId()), new ArrayList<>(staff.unitsWithoutWomanInStandingCommittee()),
                office ? officeActivities(scope.districtId(), from, to) : register.activities(scope, from, to),
                office ? officeDocuments(scope.districtId(), from, to) : register.documents(scope, from, to),
                office ? officeTrainings(scope.districtId(), from, to) : register.trainings(scope, from, to),
                register.inspections(scope, from, to), schoolCases,
                office ? acceptedSchoolReports(scope.districtId(), period.id()) : 0,
                office ? activeSchools(scope.districtId()) : 0,
                committees.decisionInForce(scope, to),
                register.workOnTopic(scope, from, to, ActivityTopic.CRITERIA_4969),
                register.largestPartneredActivity(scope, from, to).orElse(null));
    }

    private long acceptedSchoolReports(long districtId, long periodId) {
        return em.createQuery("SELECT COUNT(r) FROM PeriodicReport r WHERE r.district.id = :d AND r.periodId = :p "
                        + "AND r.school IS NOT NULL AND r.status = :st", Long.class)
                .setParameter("d", districtId).setParameter("p", periodId).setParameter("st", ReportStatus.ACCEPTED)
                .getSingleResult();
    }

    private long activeSchools(long districtId) {
        return em.createQuery("SELECT COUNT(s) FROM School s WHERE s.district.id = :d AND s.active = TRUE", Long.class)
                .setParameter("d", districtId).getSingleResult();
    }

    // The district office's own register lines. RegisterQueries' lists add "LEFT JOIN a.school s" to the
    // office condition "a.school IS NULL", which EclipseLink turns into an inner join that drops every
    // office row; these read the rows without the join (at most MAX_LINES each).

    private List<ActivityLine> officeActivities(long districtId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM CommunicationActivity a WHERE a.district.id = :d AND a.school IS NULL "
                        + "AND a.heldOn BETWEEN :from AND :to ORDER BY a.heldOn, a.id", CommunicationActivity.class)
                .setParameter("d", districtId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(RegisterQueries.MAX_LINES).getResultStream()
                .map(a -> new ActivityLine(a.getId(), null, a.getDistrict().getOfficeName(), a.getTitle(), a.getHeldOn(),
                        a.getForm(), a.isAudienceStaff(), a.isAudienceStudents(), a.isAudienceParents(),
                        a.getParticipantsFemale(), a.getParticipantsMale(), a.getActionMonth(), a.getEffectiveness(),
                        a.getVersion())).toList();
    }

    private List<DocumentLine> officeDocuments(long districtId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o FROM IssuedDocument o WHERE o.district.id = :d AND o.school IS NULL "
                        + "AND o.issuedOn BETWEEN :from AND :to ORDER BY o.issuedOn, o.id", IssuedDocument.class)
                .setParameter("d", districtId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(RegisterQueries.MAX_LINES).getResultStream()
                .map(o -> new DocumentLine(o.getId(), null, o.getDistrict().getOfficeName(), o.getNumber(),
                        o.getIssuedOn(), o.getType(), o.getTitle(), o.getVersion())).toList();
    }

    private List<TrainingLine> officeTrainings(long districtId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT t FROM Training t WHERE t.district.id = :d AND t.school IS NULL "
                        + "AND t.startsOn BETWEEN :from AND :to ORDER BY t.startsOn, t.id", Training.class)
                .setParameter("d", districtId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(RegisterQueries.MAX_LINES).getResultStream()
                .map(t -> new TrainingLine(t.getId(), null, t.getDistrict().getOfficeName(), t.getTopic(),
                        t.getStartsOn(), t.getEndsOn(), t.getOrganiser(), t.getParticipantsFemale(),
                        t.getParticipantsMale(), t.getParticipantsManagers(), t.getParticipantsCommittee(),
                        t.getParticipantsTeachers(), t.isLeadershipForWomen(), t.getNote(), t.getVersion())).toList();
    }

    private static List<Object[]> rows(jakarta.persistence.Query query, long schoolId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object> result = query.setParameter("s", schoolId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<Object[]> rows = new ArrayList<>();
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static long n(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
