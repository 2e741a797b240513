package vn.tincay.statistics;

import java.util.List;

/**
 * Whose incidents the statistics count, as a SQL condition on the incident alias "i": a school's
 * (focal point), a district's (coordinator) or, for the province viewer, the province's districts'
 * incidents whose survivor agreed to non-identifying statistics.
 */
public record StatisticsScope(Kind kind, long id) {

    public enum Kind {
        SCHOOL, DISTRICT, PROVINCE
    }

    public static StatisticsScope school(long schoolId) {
        return new StatisticsScope(Kind.SCHOOL, schoolId);
    }

    public static StatisticsScope district(long districtId) {
        return new StatisticsScope(Kind.DISTRICT, districtId);
    }

    public static StatisticsScope province(long provinceId) {
        return new StatisticsScope(Kind.PROVINCE, provinceId);
    }

    public boolean isAnonymous() {
        return kind == Kind.PROVINCE;
    }

    /** The condition with "?" placeholders; its parameters are appended to {@code parameters}. */
    String condition(List<Object> parameters) {
        parameters.add(id);
        return switch (kind) {
            case SCHOOL -> "i.school_id = ?";
            case DISTRICT -> "i.district_id = ?";
            case PROVINCE -> "i.district_id IN (SELECT pd.id FROM district pd WHERE pd.province_id = ?) "
                    + "AND i.consent_statistics = 1";
        };
    }

    /** The same condition on the monthly counts' alias "a" ({@code case_month_count}, V53). */
    String countsCondition(List<Object> parameters) {
        parameters.add(id);
        return switch (kind) {
            case SCHOOL -> "a.school_id = ?";
            case DISTRICT -> "a.district_id = ?";
            case PROVINCE -> "a.district_id IN (SELECT pd.id FROM district pd WHERE pd.province_id = ?) "
                    + "AND a.consented = 1";
        };
    }
}
