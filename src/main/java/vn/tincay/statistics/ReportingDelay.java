package vn.tincay.statistics;

/**
 * How long after the incident it was reported (reported date minus incident date, in days): 0–3
 * days, 4–5 days, 6–14 days, 2 weeks to a month (15–30 days), over a month (31 days or more).
 * The same bounds classify in Java and in the SQL CASE expression, so they cannot drift apart.
 */
public enum ReportingDelay {
    DAYS_0_3(3),
    DAYS_4_5(5),
    DAYS_6_14(14),
    DAYS_15_30(30),
    OVER_30(Integer.MAX_VALUE);

    private final int upTo;

    ReportingDelay(int upTo) {
        this.upTo = upTo;
    }

    /** The last day (inclusive) of the bucket. */
    public int upTo() {
        return upTo;
    }

    public static ReportingDelay of(long days) {
        for (ReportingDelay bucket : values()) {
            if (days <= bucket.upTo) {
                return bucket;
            }
        }
        return OVER_30;
    }

    /**
     * A SQL CASE expression that gives the bucket's name for a number of days; negative values
     * (which the incident rules do not allow) fall into the first bucket, as in {@link #of}.
     */
    public static String sqlCase(String daysExpression) {
        StringBuilder sql = new StringBuilder("CASE");
        for (ReportingDelay bucket : values()) {
            if (bucket == OVER_30) {
                break;
            }
            sql.append(" WHEN ").append(daysExpression).append(" <= ").append(bucket.upTo)
                    .append(" THEN '").append(bucket.name()).append('\'');
        }
        return sql.append(" ELSE '").append(OVER_30.name()).append("' END").toString();
    }
}
