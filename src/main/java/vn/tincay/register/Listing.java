package vn.tincay.register;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tincay.incident.ResultPage;

/**
 * A paged, sorted DTO query over one kind of register row: the WHERE clause is built from the
 * scope and optional filters, the page and the total count come from the database.
 */
final class Listing<T> {

    static final int MAX_PAGE = 100;

    private final StringBuilder where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final RegisterScope scope;
    private final String alias;

    Listing(RegisterScope scope, String alias) {
        this.scope = scope;
        this.alias = alias;
        this.where = new StringBuilder(" WHERE ").append(scope.condition(alias));
    }

    Listing<T> and(Object value, String clause, String name) {
        if (value != null) {
            where.append(" AND ").append(clause);
            parameters.put(name, value);
        }
        return this;
    }

    Listing<T> where(boolean applies, String clause) {
        if (applies) {
            where.append(" AND ").append(clause);
        }
        return this;
    }

    /** The rows of an aggregate over the filtered rows, e.g. a GROUP BY: select, then what follows the WHERE. */
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows(EntityManager em, String selectFrom, String tail) {
        jakarta.persistence.Query query = scope.bind(em.createQuery(selectFrom + where + tail));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    ResultPage<T> page(EntityManager em, String select, String from, String countFrom, Map<String, String> sortable,
                       String sortField, boolean ascending, String defaultOrder, String tieBreak, Class<T> type,
                       int first, int max) {
        String column = sortField == null ? null : sortable.get(sortField);
        String order = column == null ? defaultOrder : column + (ascending ? " ASC" : " DESC");
        TypedQuery<T> rows = scope.bind(em.createQuery(select + from + where + " ORDER BY " + order + ", " + tieBreak,
                type));
        TypedQuery<Long> count = scope.bind(em.createQuery("SELECT COUNT(" + alias + ") " + countFrom + where, Long.class));
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new ResultPage<>(rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList(), count.getSingleResult());
    }
}
