package vn.tincay.incident.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentRow;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.ResultPage;

/**
 * The case list as PrimeFaces pages it. PrimeFaces asks for the count, then for the rows of the page
 * it settled on. The count depends on the filters only, so it is taken once per filter (and again
 * only when paging comes near the end of a bounded count); every page, sort or refresh is then one
 * query for its rows. A large result is counted up to a bound and labelled "more than" (see
 * {@link #isCountExact()}).
 */
public class IncidentLazyModel extends LazyDataModel<IncidentRow> {

    private static final long serialVersionUID = 1L;

    /** Not serialized with the view (a cluster copies it to other nodes): looked up again where it is used. */
    private transient IncidentService service;
    private final IncidentFilter filter;

    private int first;
    private ResultPage<IncidentRow> counted;

    public IncidentLazyModel(IncidentService service, IncidentFilter filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (counted == null) {
            counted = service().count(filter, first);
        }
        return rowCount();
    }

    @Override
    public List<IncidentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        this.first = first;
        if (counted != null && !counted.exact() && first + 2L * pageSize > counted.total()) {
            // Paging came near the end of what was counted: count on from here.
            counted = service().count(filter, first);
            setRowCount(rowCount());
        }
        return service().page(filter, first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING, counted);
    }

    private IncidentService service() {
        if (service == null) {
            service = jakarta.enterprise.inject.spi.CDI.current().select(IncidentService.class).get();
        }
        return service;
    }

    private int rowCount() {
        return (int) Math.min(Integer.MAX_VALUE, counted.total());
    }

    /** False when the count stopped early: the list has more rows than {@link #getRowCount()}. */
    public boolean isCountExact() {
        return counted == null || counted.exact();
    }

    @Override
    public String getRowKey(IncidentRow row) {
        return Objects.toString(row.getId());
    }

    @Override
    public IncidentRow getRowData(String rowKey) {
        return null;
    }

    /** The filters changed: count again, from the first page. */
    public void restart() {
        first = 0;
        counted = null;
    }
}
