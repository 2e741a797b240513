package vn.tincay.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** Records each page the table asks for; the database is not needed to count the calls. */
    static class RecordingService extends IncidentService {

        final List<String> calls = new ArrayList<>();

        @Override
        public ResultPage<IncidentRow> list(IncidentFilter filter, int first, int max, String sortField,
                                            boolean ascending) {
            calls.add(first + "/" + max + "/" + sortField + "/" + ascending);
            return new ResultPage<>(List.of(), 42);
        }
    }

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void countingAndLoadingTheSamePageIsOneQuery() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        assertEquals(42, model.count(Map.of()));
        model.load(0, 20, Map.of(), Map.of());
        assertEquals(List.of("0/20/null/false"), service.calls);
    }

    @Test
    void anotherPageOrOrderIsQueriedAgain() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        model.count(Map.of());
        model.load(20, 20, Map.of(), Map.of());
        model.count(Map.of());
        model.load(20, 20, sortedBy("caseCode", SortOrder.ASCENDING), Map.of());
        assertEquals(List.of("0/20/null/false", "20/20/null/false", "20/20/null/false", "20/20/caseCode/true"),
                service.calls);
        assertEquals(42, model.getRowCount());
    }

    @Test
    void theNextRefreshOfTheSamePageQueriesAfresh() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        model.count(Map.of());
        model.load(0, 20, sortedBy("reportedDate", SortOrder.DESCENDING), Map.of());
        model.count(Map.of());
        model.load(0, 20, sortedBy("reportedDate", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("0/20/null/false", "0/20/reportedDate/false", "0/20/reportedDate/false"), service.calls);
    }

    @Test
    void restartingGoesBackToTheFirstPage() {
        RecordingService service = new RecordingService();
        IncidentLazyModel model = new IncidentLazyModel(service, new IncidentFilter());
        model.count(Map.of());
        model.load(40, 20, Map.of(), Map.of());
        model.restart();
        model.count(Map.of());
        model.load(0, 20, Map.of(), Map.of());
        assertEquals(List.of("0/20/null/false", "40/20/null/false", "0/20/null/false"), service.calls);
    }
}
