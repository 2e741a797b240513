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
 * The case list as PrimeFaces pages it: every page is one call of {@link IncidentService#list},
 * which filters, sorts and pages in the database. PrimeFaces asks for the count before the rows;
 * both come from the same call, so one table refresh is normally one query pair (and one audit
 * entry when searching by name).
 */
public class IncidentLazyModel extends LazyDataModel<IncidentRow> {

    private static final long serialVersionUID = 1L;

    private final IncidentService service;
    private final IncidentFilter filter;

    private int first;
    private int pageSize = 20;
    private String sortField;
    private boolean ascending;
    private transient ResultPage<IncidentRow> fetched;
    private transient Request fetchedFor;

    private record Request(int first, int pageSize, String sortField, boolean ascending) {
    }

    public IncidentLazyModel(IncidentService service, IncidentFilter filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        fetch(new Request(first, pageSize, sortField, ascending));
        return (int) Math.min(Integer.MAX_VALUE, fetched.total());
    }

    @Override
    public List<IncidentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        this.first = first;
        this.pageSize = pageSize;
        this.sortField = sort == null ? null : sort.getField();
        this.ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        Request request = new Request(first, pageSize, sortField, ascending);
        if (!request.equals(fetchedFor)) {
            fetch(request);
        }
        List<IncidentRow> rows = fetched.rows();
        fetched = null;
        fetchedFor = null;
        return rows;
    }

    private void fetch(Request request) {
        fetched = service.list(filter, request.first(), request.pageSize(), request.sortField(),
                request.ascending());
        fetchedFor = request;
        setRowCount((int) Math.min(Integer.MAX_VALUE, fetched.total()));
    }

    @Override
    public String getRowKey(IncidentRow row) {
        return Objects.toString(row.getId());
    }

    @Override
    public IncidentRow getRowData(String rowKey) {
        return null;
    }

    /** Forget the remembered page, e.g. when the filters change and the table goes back to its first page. */
    public void restart() {
        first = 0;
        fetched = null;
        fetchedFor = null;
    }
}
