package vn.tincay.admin.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tincay.admin.Sorting;

/**
 * A PrimeFaces lazy table model that asks a service for one page at a time, so paging, sorting and
 * filtering happen in the database. The filter lives in the backing bean, not in the table.
 *
 * <p>The model lives in a view-scoped bean, which a cluster copies to the other nodes after each
 * request: it travels without the page of rows it last loaded (entities, possibly many), and loads
 * it again where it is next shown.
 */
public class LazyRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows that match the backing bean's current filter. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page of the rows that match the backing bean's current filter. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int max, Sorting sorting);
    }

    private final Counter counter;
    private final Loader<T> loader;

    public LazyRows(Counter counter, Loader<T> loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize, sorting(sortBy));
    }

    /** Serialized without the loaded page: only the way to count and load travels. */
    protected Object writeReplace() {
        LazyRows<T> copy = new LazyRows<>(counter, loader);
        copy.setRowCount(getRowCount());
        copy.setPageSize(getPageSize());
        return copy;
    }

    static Sorting sorting(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(meta -> new Sorting(meta.getField(), meta.getOrder() == SortOrder.ASCENDING))
                .orElse(Sorting.NONE);
    }
}
