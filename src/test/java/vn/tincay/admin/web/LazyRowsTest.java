package vn.tincay.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tincay.admin.Sorting;

class LazyRowsTest {

    @Test
    void theSortedColumnAndItsDirectionReachTheService() {
        Map<String, SortMeta> sortBy = new LinkedHashMap<>();
        sortBy.put("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build());
        assertEquals(new Sorting("name", false), LazyRows.sorting(sortBy));
    }

    @Test
    void anUnsortedTableAsksForTheDefaultOrder() {
        Map<String, SortMeta> sortBy = Map.of("name", SortMeta.builder().field("name").order(SortOrder.UNSORTED).build());
        assertEquals(Sorting.NONE, LazyRows.sorting(sortBy));
        assertEquals(Sorting.NONE, LazyRows.sorting(Map.of()));
    }

    @Test
    void thePageAndTheCountComeFromTheSource() {
        LazyRows<String> rows = new LazyRows<>(() -> 42, (first, max, sorting) -> List.of(first + "/" + max));
        assertEquals(42, rows.count(Map.of()));
        assertEquals(List.of("20/10"), rows.load(20, 10, Map.of(), Map.of()));
    }

    @Test
    void aCopyForAnotherNodeLeavesTheLoadedPageBehindAndLoadsItAgain() throws Exception {
        List<Object> page = List.of("row 1", "row 2");
        LazyRows<Object> rows = new LazyRows<>(() -> 2, (first, max, sorting) -> page);
        rows.setWrappedData(rows.load(0, 10, Map.of(), Map.of()));
        rows.setRowCount(2);

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(rows);
        }
        @SuppressWarnings("unchecked")
        LazyRows<Object> copy = (LazyRows<Object>) new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertEquals(null, copy.getWrappedData());
        assertEquals(2, copy.getRowCount());
        assertEquals(2, copy.load(0, 10, Map.of(), Map.of()).size());
    }
}
