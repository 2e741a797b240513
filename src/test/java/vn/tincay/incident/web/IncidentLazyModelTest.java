package vn.tincay.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentRow;
import vn.tincay.incident.IncidentService;
import vn.tincay.incident.ResultPage;

class IncidentLazyModelTest {

    /** Records each query the table causes; the database is not needed to count the calls. */
    static class RecordingService extends IncidentService {

        final List<String> calls = new ArrayList<>();
        long total = 42;
        boolean exact = true;

        @Override
        public List<IncidentRow> page(IncidentFilter filter, int first, int max, String sortField, boolean ascending,
                                      ResultPage<?> counted) {
            calls.add("page " + first + "/" + max + "/" + sortField + "/" + ascending);
            return List.of();
        }

        @Override
        public ResultPage<IncidentRow> count(IncidentFilter filter, int first) {
            calls.add("count from " + first);
            return new ResultPage<>(List.of(), exact ? total : first + total, exact);
        }
    }

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    /** What the data table does on every refresh: count first, then load the page it settled on. */
    private static void refresh(IncidentLazyModel model, int first, Map<String, SortMeta> sort) {
        model.setRowCount(model.count(Map.of()));
        model.load(first, 20, sort, Map.of());
    }

    @Test
    void theFirstLoadCountsOnceAndReadsOnePage() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        refresh(model, 0, Map.of());
        assertEquals(List.of("count from 0", "page 0/20/null/false"), service.calls);
        assertEquals(42, model.getRowCount());
    }

    @Test
    void pagingAndSortingReadOnlyTheRowsAgain() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        refresh(model, 0, Map.of());
        refresh(model, 20, Map.of());
        refresh(model, 20, sortedBy("caseCode", SortOrder.ASCENDING));
        refresh(model, 20, sortedBy("caseCode", SortOrder.ASCENDING));
        assertEquals(List.of("count from 0", "page 0/20/null/false", "page 20/20/null/false",
                "page 20/20/caseCode/true", "page 20/20/caseCode/true"), service.calls);
    }

    @Test
    void changedFiltersAreCountedAgainFromTheFirstPage() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        refresh(model, 40, Map.of());
        model.restart();
        refresh(model, 0, Map.of());
        assertEquals(List.of("count from 0", "page 40/20/null/false", "count from 0", "page 0/20/null/false"),
                service.calls);
    }

    @Test
    void aBoundedCountIsLabelledAndExtendedWhenPagingReachesItsEnd() {
        RecordingService service = new RecordingService();
        service.total = 100;
        service.exact = false;
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        refresh(model, 0, Map.of());
        assertFalse(model.isCountExact());
        assertEquals(100, model.getRowCount());
        refresh(model, 60, Map.of());
        refresh(model, 80, Map.of());
        assertEquals(List.of("count from 0", "page 0/20/null/false", "page 60/20/null/false", "count from 80",
                "page 80/20/null/false"), service.calls);
        assertEquals(180, model.getRowCount());
        service.exact = true;
        model.restart();
        refresh(model, 0, Map.of());
        assertTrue(model.isCountExact());
    }
}
