package vn.tincay.admin;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filter and order of a paged list query. Only the conditions whose value is given take part,
 * and the order comes from a whitelist of sortable fields, so nothing the browser sends ends up in
 * the JPQL text.
 */
final class ListQuery {

    /** Escape character of LIKE patterns; not a backslash, which MySQL and JPQL treat differently. */
    static final char ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds the condition, which uses the named parameter, when the value is given. */
    ListQuery where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The ORDER BY clause: the path the whitelist gives for the sorted field, or the default order
     * when the field is unknown; always ending with the tie breaker, so pages do not overlap.
     */
    static String orderBy(Sorting sorting, Map<String, String> sortable, String defaultOrder, String tieBreaker) {
        String path = sorting == null || sorting.field() == null ? null : sortable.get(sorting.field());
        String order = path == null ? defaultOrder : path + (sorting.ascending() ? " ASC" : " DESC");
        return " ORDER BY " + order + ", " + tieBreaker;
    }

    /** A case-insensitive "contains" LIKE pattern for the typed text, or null when nothing was typed. */
    static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
