package vn.tincay.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The figures of one report: a count per {@link Figure}, zero when absent. */
public final class ReportFigures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<Figure, Long> values = new EnumMap<>(Figure.class);

    public ReportFigures() {
    }

    public ReportFigures(Map<Figure, Long> values) {
        values.forEach(this::set);
    }

    public long get(Figure figure) {
        return values.getOrDefault(figure, 0L);
    }

    public ReportFigures set(Figure figure, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative " + figure);
        }
        values.put(figure, value);
        return this;
    }

    public ReportFigures add(Figure figure, long value) {
        return set(figure, get(figure) + value);
    }

    /** Share of women in a female/male pair, in percent with one decimal; null when nobody is counted. */
    public Percent share(Figure female, Figure male) {
        return Percent.of(get(female), get(female) + get(male));
    }

    public long total(Figure female, Figure male) {
        return get(female) + get(male);
    }

    public Map<Figure, Long> asMap() {
        return Collections.unmodifiableMap(new EnumMap<>(values));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportFigures f && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
