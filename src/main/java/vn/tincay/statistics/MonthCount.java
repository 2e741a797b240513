package vn.tincay.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tincay.followup.Referral;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;

/**
 * One row of {@code case_month_count} (V53): the cases of a school, month received and consent to
 * statistics that fall in one category of one dimension. {@link #of(Incident)} says which rows a case
 * counts in – the same rules as the statistics' SQL over the incidents – so a change of the case moves
 * it from the rows it counted in before to those it counts in now ({@link MonthlyCounts}).
 */
public record MonthCount(long districtId, LocalDate month, long schoolId, boolean consented, Dimension dimension,
                         String category, int days) {

    /** What a row counts. */
    public enum Dimension {
        /** Cases by type. */
        TYPE,
        /** Cases by status. */
        STATUS,
        /** Cases by reporting delay ({@link ReportingDelay}). */
        DELAY,
        /** Cases by survivor age group. */
        AGE,
        /** Closed cases by type and days from the report to the closing day. */
        CLOSED,
        /**
         * The same for the whole district (school 0, no consent split): far fewer rows than the schools'
         * (few distinct days per month and type), for the district's dashboard.
         */
        DISTRICT_CLOSED,
        /** Referrals (not cases) by referral status. */
        REFERRAL
    }

    /** The school id of the rows that count the whole district. */
    public static final long WHOLE_DISTRICT = 0;

    /** The order rows are written in, so that two transactions lock shared rows in the same order. */
    static final Comparator<MonthCount> WRITE_ORDER = Comparator.comparingLong(MonthCount::districtId)
            .thenComparing(MonthCount::dimension)
            .thenComparing(MonthCount::month)
            .thenComparingLong(MonthCount::schoolId)
            .thenComparing(MonthCount::consented)
            .thenComparing(MonthCount::category)
            .thenComparingInt(MonthCount::days);

    /** The rows a case counts in as it stands. */
    public static List<MonthCount> of(Incident incident) {
        Row row = new Row(incident.getDistrict().getId(), incident.getSchool().getId(), incident.getReportedDate(),
                incident.isConsentToStatistics());
        List<MonthCount> rows = new ArrayList<>(5);
        rows.add(row.count(Dimension.TYPE, incident.getType().name(), 0));
        rows.add(row.count(Dimension.STATUS, incident.getStatus().name(), 0));
        long delay = ChronoUnit.DAYS.between(incident.getIncidentDate(), incident.getReportedDate());
        rows.add(row.count(Dimension.DELAY, ReportingDelay.of(delay).name(), 0));
        rows.add(row.count(Dimension.AGE, incident.getSurvivorAgeGroup().name(), 0));
        if (incident.getStatus() == IncidentStatus.CLOSED && incident.getClosedAt() != null) {
            int days = closeDays(incident);
            rows.add(row.count(Dimension.CLOSED, incident.getType().name(), days));
            rows.add(new MonthCount(row.districtId(), monthOf(incident.getReportedDate()), WHOLE_DISTRICT, false,
                    Dimension.DISTRICT_CLOSED, incident.getType().name(), days));
        }
        return rows;
    }

    /** The row a referral counts in with the given status. */
    public static MonthCount of(Referral referral, ReferralStatus status) {
        Incident incident = referral.getIncident();
        // Referrals are never shown to the province, so consent does not split them.
        return new Row(incident.getDistrict().getId(), incident.getSchool().getId(), incident.getReportedDate(), false)
                .count(Dimension.REFERRAL, status.name(), 0);
    }

    /** The first day of the month a case received on {@code reported} counts in. */
    public static LocalDate monthOf(LocalDate reported) {
        return reported.withDayOfMonth(1);
    }

    /** Days from the report to the closing day in Vietnam, as {@link StatisticsQueries#CLOSE_DAYS} counts them. */
    static int closeDays(Incident incident) {
        LocalDate closed = incident.getClosedAt().atOffset(ZoneOffset.ofHours(StatisticsQueries.UTC_OFFSET_HOURS))
                .toLocalDate();
        return Math.toIntExact(ChronoUnit.DAYS.between(incident.getReportedDate(), closed));
    }

    private record Row(long districtId, long schoolId, LocalDate reported, boolean consented) {

        MonthCount count(Dimension dimension, String category, int days) {
            return new MonthCount(districtId, monthOf(reported), schoolId, consented, dimension, category, days);
        }
    }
}
