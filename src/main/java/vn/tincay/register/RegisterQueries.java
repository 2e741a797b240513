package vn.tincay.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.Role;

/**
 * Read-only aggregates of the gender-equality register for the periodic reports and the
 * statistics. All sums and counts run in the database. Every method checks that the caller may read
 * the scope ({@link RegisterAccess}); date ranges are inclusive and in the calendar of Vietnam.
 *
 * <p>What falls in a range: an activity by the day it was held, a training by its first day, a
 * document by its issue date, an inspection by its planned date; staff statistics by their
 * "as of" date (or exactly by reporting period).
 */
@Stateless
@RolesAllowed({Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME, Role.PROVINCE_VIEWER_NAME})
public class RegisterQueries {

    /** Upper bound of the rows a list method returns. */
    public static final int MAX_LINES = 1000;

    private static final String UNIT_NAME = "COALESCE(s.name, d.officeName)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterAccess access;

    // ---- communication activities (report II.1a, charts of action months) -------------------------

    /** Number of activities held in the range and their participants by sex. */
    public ActivityTotals activityTotals(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        Object[] row = (Object[]) scope.bind(em.createQuery("SELECT COUNT(a), SUM(a.participantsFemale), "
                        + "SUM(a.participantsMale) FROM CommunicationActivity a WHERE " + scope.condition("a")
                        + " AND a.heldOn BETWEEN :from AND :to"))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new ActivityTotals(n(row[0]), n(row[1]), n(row[2]));
    }

    /** Activities per action month (June; 15/11-15/12; none), every month present, zeros included. */
    public List<ActionMonthTotals> activitiesByActionMonth(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                                           @NotNull LocalDate to) {
        check(scope, from, to);
        Map<ActionMonth, ActionMonthTotals> byMonth = new EnumMap<>(ActionMonth.class);
        for (ActionMonth month : ActionMonth.values()) {
            byMonth.put(month, new ActionMonthTotals(month, 0, 0, 0));
        }
        for (Object[] row : rows(scope.bind(em.createQuery("SELECT a.actionMonth, COUNT(a), SUM(a.participantsFemale), "
                        + "SUM(a.participantsMale) FROM CommunicationActivity a WHERE " + scope.condition("a")
                        + " AND a.heldOn BETWEEN :from AND :to GROUP BY a.actionMonth"))
                .setParameter("from", from).setParameter("to", to))) {
            ActionMonth month = (ActionMonth) row[0];
            byMonth.put(month, new ActionMonthTotals(month, n(row[1]), n(row[2]), n(row[3])));
        }
        return List.copyOf(byMonth.values());
    }

    /** Activities per form (meeting, talk, ...), only forms that occur, most frequent first. */
    public List<FormTotals> activitiesByForm(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                             @NotNull LocalDate to) {
        check(scope, from, to);
        List<FormTotals> result = new ArrayList<>();
        for (Object[] row : rows(scope.bind(em.createQuery("SELECT a.form, COUNT(a), SUM(a.participantsFemale), "
                        + "SUM(a.participantsMale) FROM CommunicationActivity a WHERE " + scope.condition("a")
                        + " AND a.heldOn BETWEEN :from AND :to GROUP BY a.form ORDER BY COUNT(a) DESC, a.form"))
                .setParameter("from", from).setParameter("to", to))) {
            result.add(new FormTotals((ActivityForm) row[0], n(row[1]), n(row[2]), n(row[3])));
        }
        return result;
    }

    /** The activities held in the range, oldest first, at most {@link #MAX_LINES}. */
    public List<ActivityLine> activities(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        return scope.bind(em.createQuery("SELECT NEW vn.tincay.register.ActivityLine(a.id, s.id, " + UNIT_NAME
                        + ", a.title, a.heldOn, a.form, a.audienceStaff, a.audienceStudents, a.audienceParents, "
                        + "a.participantsFemale, a.participantsMale, a.actionMonth, a.effectiveness, a.version) "
                        + "FROM CommunicationActivity a JOIN a.district d LEFT JOIN a.school s WHERE "
                        + scope.condition("a") + " AND a.heldOn BETWEEN :from AND :to ORDER BY a.heldOn, a.id",
                        ActivityLine.class))
                .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_LINES).getResultList();
    }

    // ---- trainings (report II.4c) --------------------------------------------------------------------

    /** Trainings starting in the range: count, participants by sex and by role, leadership trainings for women. */
    public TrainingTotals trainingTotals(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        String sums = "SELECT COUNT(t), SUM(t.participantsFemale), SUM(t.participantsMale), "
                + "SUM(t.participantsManagers), SUM(t.participantsCommittee), SUM(t.participantsTeachers) "
                + "FROM Training t WHERE " + scope.condition("t") + " AND t.startsOn BETWEEN :from AND :to";
        Object[] all = (Object[]) scope.bind(em.createQuery(sums))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] lead = (Object[]) scope.bind(em.createQuery(sums + " AND t.leadershipForWomen = TRUE"))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new TrainingTotals(n(all[0]), n(all[1]), n(all[2]), n(all[3]), n(all[4]), n(all[5]), n(lead[0]),
                n(lead[1]), n(lead[2]));
    }

    /** The trainings starting in the range, oldest first, at most {@link #MAX_LINES}. */
    public List<TrainingLine> trainings(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        return scope.bind(em.createQuery("SELECT NEW vn.tincay.register.TrainingLine(t.id, s.id, " + UNIT_NAME
                        + ", t.topic, t.startsOn, t.endsOn, t.organiser, t.participantsFemale, t.participantsMale, "
                        + "t.participantsManagers, t.participantsCommittee, t.participantsTeachers, "
                        + "t.leadershipForWomen, t.note, t.version) FROM Training t JOIN t.district d "
                        + "LEFT JOIN t.school s WHERE " + scope.condition("t")
                        + " AND t.startsOn BETWEEN :from AND :to ORDER BY t.startsOn, t.id", TrainingLine.class))
                .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_LINES).getResultList();
    }

    // ---- documents issued (report II.4a) -------------------------------------------------------------

    /** The documents issued in the range, oldest first, at most {@link #MAX_LINES}. */
    public List<DocumentLine> documents(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        return scope.bind(em.createQuery("SELECT NEW vn.tincay.register.DocumentLine(o.id, s.id, " + UNIT_NAME
                        + ", o.number, o.issuedOn, o.type, o.title, o.version) FROM IssuedDocument o "
                        + "JOIN o.district d LEFT JOIN o.school s WHERE " + scope.condition("o")
                        + " AND o.issuedOn BETWEEN :from AND :to ORDER BY o.issuedOn, o.id", DocumentLine.class))
                .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_LINES).getResultList();
    }

    /** Documents issued in the range per type, only types that occur. */
    public List<DocumentTypeCount> documentsByType(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                                   @NotNull LocalDate to) {
        check(scope, from, to);
        List<DocumentTypeCount> result = new ArrayList<>();
        for (Object[] row : rows(scope.bind(em.createQuery("SELECT o.type, COUNT(o) FROM IssuedDocument o WHERE "
                        + scope.condition("o") + " AND o.issuedOn BETWEEN :from AND :to GROUP BY o.type ORDER BY o.type"))
                .setParameter("from", from).setParameter("to", to))) {
            result.add(new DocumentTypeCount((DocumentType) row[0], n(row[1])));
        }
        return result;
    }

    // ---- inspections (report II.4d) ------------------------------------------------------------------

    /**
     * The district's inspections planned in the range with their results, by planned date. For a
     * SCHOOL scope: the inspections of that school; for DISTRICT_OFFICE, ALL_SCHOOLS and
     * WHOLE_DISTRICT: the district's whole plan (the district office is the one that inspects).
     */
    public List<InspectionLine> inspections(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                            @NotNull LocalDate to) {
        check(scope, from, to);
        RegisterScope plan = inspectionScope(scope);
        return plan.bind(em.createQuery("SELECT NEW vn.tincay.register.InspectionLine(i.id, s.id, s.name, i.planYear, "
                        + "i.plannedOn, i.content, i.doneOn, i.findings, i.recommendations, i.version) "
                        + "FROM InspectionPlanItem i JOIN i.school s WHERE " + plan.condition("i")
                        + " AND i.plannedOn BETWEEN :from AND :to ORDER BY i.plannedOn, s.name, i.id",
                        InspectionLine.class))
                .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_LINES).getResultList();
    }

    /** Inspections planned in the range and how many of them are done (same scope rule as {@link #inspections}). */
    public InspectionTotals inspectionTotals(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                             @NotNull LocalDate to) {
        check(scope, from, to);
        RegisterScope plan = inspectionScope(scope);
        Object[] row = (Object[]) plan.bind(em.createQuery("SELECT COUNT(i), COUNT(i.doneOn) "
                        + "FROM InspectionPlanItem i WHERE "
                        + plan.condition("i") + " AND i.plannedOn BETWEEN :from AND :to"))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new InspectionTotals(n(row[0]), n(row[1]));
    }

    /**
     * The checklist topics covered by the inspections planned in the range, and how the done ones came
     * out (same scope rule as {@link #inspections}).
     */
    public ChecklistTally inspectionTopics(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                           @NotNull LocalDate to) {
        check(scope, from, to);
        RegisterScope plan = inspectionScope(scope);
        return tally(plan.bind(em.createQuery("SELECT c.result, COUNT(i) FROM InspectionPlanItem i JOIN i.checklist c "
                        + "WHERE " + plan.condition("i") + " AND i.plannedOn BETWEEN :from AND :to GROUP BY c.result"))
                .setParameter("from", from).setParameter("to", to));
    }

    /** Self-inspections the scope's schools carried out in the range. */
    public long selfInspections(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        return n(scope.bind(em.createQuery("SELECT COUNT(x) FROM SelfInspection x WHERE " + scope.condition("x")
                        + " AND x.doneOn BETWEEN :from AND :to"))
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** The topics of those self-inspections by result. */
    public ChecklistTally selfInspectionTopics(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                               @NotNull LocalDate to) {
        check(scope, from, to);
        return tally(scope.bind(em.createQuery("SELECT c.result, COUNT(x) FROM SelfInspection x JOIN x.checklist c "
                        + "WHERE " + scope.condition("x") + " AND x.doneOn BETWEEN :from AND :to GROUP BY c.result"))
                .setParameter("from", from).setParameter("to", to));
    }

    private static ChecklistTally tally(Query byResult) {
        long covered = 0;
        Map<ChecklistResult, Long> counts = new EnumMap<>(ChecklistResult.class);
        for (Object[] r : rows(byResult)) {
            covered += n(r[1]);
            if (r[0] != null) {
                counts.merge((ChecklistResult) r[0], n(r[1]), Long::sum);
            }
        }
        return new ChecklistTally(covered, counts.getOrDefault(ChecklistResult.MET, 0L),
                counts.getOrDefault(ChecklistResult.PARTLY_MET, 0L), counts.getOrDefault(ChecklistResult.NOT_MET, 0L));
    }

    private static RegisterScope inspectionScope(RegisterScope scope) {
        return scope.kind() == RegisterScope.Kind.SCHOOL ? scope : RegisterScope.allSchools(scope.districtId());
    }

    // ---- staff statistics and the target (report II.1b, chart of women's share) ----------------------

    /** The district's target range for women's share (the default 20-25 % until the coordinator sets one). */
    public TargetRange target(long districtId) {
        access.requireDistrictSettingsReadable(districtId);
        return targetOf(districtId);
    }

    TargetRange targetOf(long districtId) {
        DistrictTarget target = em.find(DistrictTarget.class, districtId);
        return target == null ? TargetRange.DEFAULT : target.range();
    }

    /** Staff statistics of the scope's units for exactly this reporting period, summed. */
    public StaffStatisticsSummary staffStatistics(@NotNull RegisterScope scope, long periodId) {
        access.requireReadable(scope);
        String where = scope.condition("x") + " AND x.period.id = :period";
        return summary(scope, where, q -> q.setParameter("period", periodId));
    }

    /**
     * The latest staff statistics of each of the scope's units with an "as of" date in the range
     * (the later reporting period wins on the same date), summed over the units.
     */
    public StaffStatisticsSummary latestStaffStatistics(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                                        @NotNull LocalDate to) {
        check(scope, from, to);
        String where = scope.condition("x") + " AND x.asOf BETWEEN :from AND :to AND NOT EXISTS (SELECT y.id FROM "
                + "StaffStatistics y WHERE y.district = x.district AND y.unitKey = x.unitKey "
                + "AND y.asOf BETWEEN :from AND :to AND (y.asOf > x.asOf OR (y.asOf = x.asOf AND y.id > x.id)))";
        return summary(scope, where, q -> q.setParameter("from", from).setParameter("to", to));
    }

    /** Per unit: the staff statistics of the period, school by name with the district office first. */
    public List<UnitStaffStatistics> staffStatisticsPerUnit(@NotNull RegisterScope scope, long periodId) {
        access.requireReadable(scope);
        List<UnitStaffStatistics> result = new ArrayList<>();
        for (Object[] r : rows(scope.bind(em.createQuery("SELECT x.id, s.id, " + UNIT_NAME + ", p.id, p.year, p.kind, "
                        + "x.asOf, x.staffFemale, x.staffMale, x.leadersFemale, x.leadersMale, x.partyCommitteeFemale, "
                        + "x.partyCommitteeMale, x.standingCommitteeFemale, x.standingCommitteeMale, x.committeeFemale, "
                        + "x.committeeMale, x.note, x.version, x.successionPoolFemale, x.successionPoolMale "
                        + "FROM StaffStatistics x JOIN x.district d JOIN x.period p "
                        + "LEFT JOIN x.school s WHERE " + scope.condition("x") + " AND p.id = :period "
                        + "ORDER BY x.unitKey, s.name"))
                .setParameter("period", periodId))) {
            result.add(new UnitStaffStatistics(n(r[0]), (Long) r[1], (String) r[2], n(r[3]), (Integer) r[4],
                    (PeriodKind) r[5], (LocalDate) r[6], new Headcounts(n(r[7]), n(r[8]), n(r[9]), n(r[10]),
                    n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15]), n(r[16]), n(r[19]), n(r[20])), (String) r[17],
                    (Integer) r[18]));
        }
        result.sort((a, b) -> a.schoolId() == null ? -1 : b.schoolId() == null ? 1
                : a.unitName().compareToIgnoreCase(b.unitName()));
        return result;
    }

    private StaffStatisticsSummary summary(RegisterScope scope, String where,
                                           java.util.function.UnaryOperator<Query> parameters) {
        Object[] r = (Object[]) parameters.apply(scope.bind(em.createQuery("SELECT COUNT(x), SUM(x.staffFemale), "
                + "SUM(x.staffMale), SUM(x.leadersFemale), SUM(x.leadersMale), SUM(x.partyCommitteeFemale), "
                + "SUM(x.partyCommitteeMale), SUM(x.standingCommitteeFemale), SUM(x.standingCommitteeMale), "
                + "SUM(x.committeeFemale), SUM(x.committeeMale), SUM(x.successionPoolFemale), "
                + "SUM(x.successionPoolMale) FROM StaffStatistics x WHERE " + where)))
                .getSingleResult();
        Headcounts counts = new Headcounts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                n(r[9]), n(r[10]), n(r[11]), n(r[12]));
        TypedQuery<String> noWoman = scope.bind(em.createQuery("SELECT " + UNIT_NAME + " FROM StaffStatistics x "
                + "JOIN x.district d LEFT JOIN x.school s WHERE " + where
                + " AND x.standingCommitteeFemale = 0 AND x.standingCommitteeMale > 0 ORDER BY x.unitKey", String.class));
        parameters.apply(noWoman);
        return new StaffStatisticsSummary(counts, n(r[0]), noWoman.setMaxResults(MAX_LINES).getResultList(),
                targetOf(scope.districtId()));
    }

    // ---- reporting periods ---------------------------------------------------------------------------

    /** A reporting period of a district the caller may read. */
    public PeriodInfo period(long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new RecordNotFoundException();
        }
        access.requireDistrictSettingsReadable(period.getDistrict().getId());
        return PeriodInfo.of(period);
    }

    // ---- topics, partners, nominations (report II.1 a, II.1 b, II.3 a, II.3 c) ------------------------

    /** Activities held in the range per topic, only topics that occur; one activity may count under several. */
    public Map<ActivityTopic, Long> activitiesByTopic(@NotNull RegisterScope scope, @NotNull LocalDate from,
                                                      @NotNull LocalDate to) {
        check(scope, from, to);
        Map<ActivityTopic, Long> byTopic = new EnumMap<>(ActivityTopic.class);
        for (Object[] row : rows(scope.bind(em.createQuery("SELECT t, COUNT(a) FROM CommunicationActivity a "
                        + "JOIN a.topics t WHERE " + scope.condition("a") + " AND a.heldOn BETWEEN :from AND :to "
                        + "GROUP BY t"))
                .setParameter("from", from).setParameter("to", to))) {
            byTopic.put((ActivityTopic) row[0], n(row[1]));
        }
        return byTopic;
    }

    /** Number of trainings starting in the range on a topic. */
    public long trainingsOnTopic(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to,
                                 @NotNull ActivityTopic topic) {
        check(scope, from, to);
        return scope.bind(em.createQuery("SELECT COUNT(x) FROM Training x JOIN x.topics t WHERE "
                        + scope.condition("x") + " AND x.startsOn BETWEEN :from AND :to AND t = :topic", Long.class))
                .setParameter("from", from).setParameter("to", to).setParameter("topic", topic).getSingleResult();
    }

    /** Number of activities held in the range with at least one partner. */
    public long activitiesWithPartners(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        return scope.bind(em.createQuery("SELECT COUNT(a) FROM CommunicationActivity a WHERE " + scope.condition("a")
                        + " AND a.heldOn BETWEEN :from AND :to AND a.partners IS NOT EMPTY", Long.class))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** The activities and trainings of the range on a topic, in date order (at most MAX_LINES of each). */
    public List<TopicWork> workOnTopic(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to,
                                       @NotNull ActivityTopic topic) {
        check(scope, from, to);
        List<TopicWork> work = new ArrayList<>();
        scope.bind(em.createQuery("SELECT a FROM CommunicationActivity a JOIN a.topics t WHERE " + scope.condition("a")
                        + " AND a.heldOn BETWEEN :from AND :to AND t = :topic ORDER BY a.heldOn, a.id",
                        CommunicationActivity.class))
                .setParameter("from", from).setParameter("to", to).setParameter("topic", topic)
                .setMaxResults(MAX_LINES).getResultStream()
                .forEach(a -> work.add(new TopicWork(a.getHeldOn(), a.getTitle(), unitName(a), false,
                        a.getParticipantsFemale(), a.getParticipantsMale())));
        scope.bind(em.createQuery("SELECT x FROM Training x JOIN x.topics t WHERE " + scope.condition("x")
                        + " AND x.startsOn BETWEEN :from AND :to AND t = :topic ORDER BY x.startsOn, x.id",
                        Training.class))
                .setParameter("from", from).setParameter("to", to).setParameter("topic", topic)
                .setMaxResults(MAX_LINES).getResultStream()
                .forEach(x -> work.add(new TopicWork(x.getStartsOn(), x.getTopic(), unitName(x), true,
                        x.getParticipantsFemale(), x.getParticipantsMale())));
        work.sort(java.util.Comparator.comparing(TopicWork::on));
        return work;
    }

    /**
     * The activity of the range held with partners that reached the most people (the latest of equals),
     * for the report's one concrete example of coordination; empty when none was held with partners.
     */
    public java.util.Optional<PartneredActivity> largestPartneredActivity(@NotNull RegisterScope scope,
                                                                          @NotNull LocalDate from,
                                                                          @NotNull LocalDate to) {
        check(scope, from, to);
        return scope.bind(em.createQuery("SELECT a FROM CommunicationActivity a WHERE " + scope.condition("a")
                        + " AND a.heldOn BETWEEN :from AND :to AND a.partners IS NOT EMPTY ORDER BY "
                        + "a.participantsFemale + a.participantsMale DESC, a.heldOn DESC, a.id DESC",
                        CommunicationActivity.class))
                .setParameter("from", from).setParameter("to", to).setMaxResults(1).getResultStream().findFirst()
                .map(a -> new PartneredActivity(a.getHeldOn(), a.getTitle(), unitName(a), a.getForm(), a.getPartners(),
                        a.getParticipantsFemale(), a.getParticipantsMale(), a.getEffectiveness()));
    }

    /** Nominations proposed in the range: collectives, and individuals by sex. */
    public NominationTotals nominations(@NotNull RegisterScope scope, @NotNull LocalDate from, @NotNull LocalDate to) {
        check(scope, from, to);
        long collectives = 0;
        long female = 0;
        long male = 0;
        for (Object[] row : rows(scope.bind(em.createQuery("SELECT n.nomineeKind, n.sex, COUNT(n) FROM "
                        + "EmulationNomination n WHERE " + scope.condition("n") + " AND n.proposedOn BETWEEN :from "
                        + "AND :to GROUP BY n.nomineeKind, n.sex"))
                .setParameter("from", from).setParameter("to", to))) {
            long count = n(row[2]);
            if (row[0] == NomineeKind.COLLECTIVE) {
                collectives += count;
            } else if (row[1] == vn.tincay.incident.Sex.FEMALE) {
                female += count;
            } else {
                male += count;
            }
        }
        return new NominationTotals(collectives, new WomenShare(female, male));
    }

    private static String unitName(UnitRecord row) {
        return row.getSchool() == null ? row.getDistrict().getOfficeName() : row.getSchool().getName();
    }

    /** The district's periods of a year that exist so far (see ReportingPeriodService.periodsOf for defaults). */
    public List<PeriodInfo> periods(long districtId, int year) {
        access.requireDistrictSettingsReadable(districtId);
        return em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.district.id = :d AND p.year = :y "
                        + "ORDER BY p.dueDate", ReportingPeriod.class)
                .setParameter("d", districtId).setParameter("y", year).getResultStream().map(PeriodInfo::of).toList();
    }

    private void check(RegisterScope scope, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new UserFacingException("period.error.rangeBackwards");
        }
        access.requireReadable(scope);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long n(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
