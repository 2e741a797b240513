package vn.tincay.register.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tincay.incident.ResultPage;

/** A lazy table model over a service method that returns one sorted page and the total count. */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page: first row, page size, sort field (null: the service's default) and direction. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        ResultPage<T> fetch(int first, int max, String sortField, boolean ascending);
    }

    /** The row's id. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    /** The largest page the register services return. */
    private static final int PAGE = 100;

    private final Source<T> source;
    private final Key<T> key;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.fetch(0, 1, null, true).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null || sort.getOrder() == SortOrder.UNSORTED ? null : sort.getField();
        ResultPage<T> page = source.fetch(first, pageSize, field, sort == null || sort.getOrder() == SortOrder.ASCENDING);
        setRowCount((int) page.total());
        return page.rows();
    }

    /**
     * Every row of the list as the table's filter holds them (in the service's default order), page by
     * page through the same service call, at most {@code limit}.
     */
    public List<T> allRows(int limit) {
        List<T> rows = new ArrayList<>();
        while (rows.size() < limit) {
            ResultPage<T> page = source.fetch(rows.size(), Math.min(PAGE, limit - rows.size()), null, false);
            rows.addAll(page.rows());
            if (page.rows().isEmpty() || rows.size() >= page.total()) {
                break;
            }
        }
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream()
                .filter(row -> String.valueOf(key.apply(row)).equals(rowKey)).findFirst().orElse(null);
    }
}
