package vn.tincay.report;

import java.time.LocalDate;
import java.util.List;
import vn.tincay.register.ActivityLine;
import vn.tincay.register.CommitteeDecisionLine;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.InspectionLine;
import vn.tincay.register.PartneredActivity;
import vn.tincay.register.TargetRange;
import vn.tincay.register.TopicWork;
import vn.tincay.register.TrainingLine;

/**
 * What a new report is pre-filled from: the period, the figures (register and cases, or the
 * consolidated sums) and the register lines of the unit itself.
 *
 * @param unitsWithoutWomanInStandingCommittee names of units whose standing committee has no woman
 * @param schoolCases summaries of the cases the schools chose (district report only; no codes)
 * @param schoolsReported schools whose accepted reports the district's figures add up (district report only)
 * @param schoolsTotal active schools of the district (district report only)
 * @param committeeDecision the decision setting up or re-forming the unit's own committee in force at the
 *                          period's end; null when there is none (and for the district's sums of schools)
 * @param criteriaWork the unit's activities and trainings on the criteria of Decision 4969 (II.3 a)
 * @param partnered the unit's largest activity held with partners, null if none (II.3 c)
 */
public record PrefillData(boolean districtOffice, LocalDate from, LocalDate to, ReportFigures figures,
                          TargetRange target, List<String> unitsWithoutWomanInStandingCommittee,
                          List<ActivityLine> activities, List<DocumentLine> documents, List<TrainingLine> trainings,
                          List<InspectionLine> inspections, List<String> schoolCases, long schoolsReported,
                          long schoolsTotal, CommitteeDecisionLine committeeDecision,
                          List<TopicWork> criteriaWork, PartneredActivity partnered) {

    public PrefillData(boolean districtOffice, LocalDate from, LocalDate to, ReportFigures figures,
                       TargetRange target, List<String> unitsWithoutWomanInStandingCommittee,
                       List<ActivityLine> activities, List<DocumentLine> documents, List<TrainingLine> trainings,
                       List<InspectionLine> inspections, List<String> schoolCases, long schoolsReported,
                       long schoolsTotal) {
        this(districtOffice, from, to, figures, target, unitsWithoutWomanInStandingCommittee, activities, documents,
                trainings, inspections, schoolCases, schoolsReported, schoolsTotal, null, List.of(), null);
    }

    public PrefillData(boolean districtOffice, LocalDate from, LocalDate to, ReportFigures figures,
                       TargetRange target, List<String> unitsWithoutWomanInStandingCommittee,
                       List<ActivityLine> activities, List<DocumentLine> documents, List<TrainingLine> trainings,
                       List<InspectionLine> inspections, List<String> schoolCases) {
        this(districtOffice, from, to, figures, target, unitsWithoutWomanInStandingCommittee, activities, documents,
                trainings, inspections, schoolCases, 0, 0);
    }

    /** Whether every school's report is in the district's figures, so they speak for the whole sector. */
    public boolean allSchoolsReported() {
        return schoolsTotal > 0 && schoolsReported >= schoolsTotal;
    }
}
