package vn.tincay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentStatus;

class IncidentQueryTest {

    @Test
    void noParametersMeanTheFirstPageOf25Unfiltered() {
        IncidentQuery query = new IncidentQuery();
        IncidentFilter filter = query.toFilter();
        assertNull(filter.getStatus());
        assertNull(filter.getUrgent());
        assertFalse(filter.isOverdueOnly());
        assertEquals(0, query.page());
        assertEquals(25, query.size());
        assertNull(query.sort());
        assertFalse(query.ascending());
    }

    @Test
    void everyFilterIsRead() {
        IncidentQuery query = new IncidentQuery();
        query.status = "IN_PROGRESS";
        query.type = "RAPE";
        query.schoolId = "7";
        query.from = "2025-01-01";
        query.to = "2025-12-31";
        query.urgent = "false";
        query.overdueOnly = "TRUE";
        query.openOnly = "true";
        query.caseCode = " 2025-01 ";
        query.page = "3";
        query.size = "50";
        query.sort = "incidentDate";
        query.ascending = "true";
        IncidentFilter filter = query.toFilter();
        assertEquals(IncidentStatus.IN_PROGRESS, filter.getStatus());
        assertEquals(GbvType.RAPE, filter.getType());
        assertEquals(7L, filter.getSchoolId());
        assertEquals(LocalDate.of(2025, 1, 1), filter.getFrom());
        assertEquals(LocalDate.of(2025, 12, 31), filter.getTo());
        assertEquals(Boolean.FALSE, filter.getUrgent());
        assertTrue(filter.isOverdueOnly());
        assertTrue(filter.isOpenOnly());
        assertEquals("2025-01", filter.getCaseCode());
        assertNull(filter.getSurvivorName());
        assertEquals(3, query.page());
        assertEquals(50, query.size());
        assertEquals("incidentDate", query.sort());
        assertTrue(query.ascending());
    }

    @Test
    void aValueThatCannotBeReadIsRefusedNamingItsParameter() {
        assertEquals("status", refused(q -> q.status = "OPEN"));
        assertEquals("from", refused(q -> q.from = "31/12/2025"));
        assertEquals("schoolId", refused(q -> q.schoolId = "abc"));
        assertEquals("urgent", refused(q -> q.urgent = "yes"));
    }

    @Test
    void pagesAreBounded() {
        assertEquals("size", refusedPaging(q -> q.size = "0"));
        assertEquals("size", refusedPaging(q -> q.size = "201"));
        assertEquals("page", refusedPaging(q -> q.page = "-1"));
    }

    private static String refused(java.util.function.Consumer<IncidentQuery> setting) {
        IncidentQuery query = new IncidentQuery();
        setting.accept(query);
        return assertThrows(InvalidParameterException.class, query::toFilter).getParameter();
    }

    private static String refusedPaging(java.util.function.Consumer<IncidentQuery> setting) {
        IncidentQuery query = new IncidentQuery();
        setting.accept(query);
        return assertThrows(InvalidParameterException.class, () -> {
            query.page();
            query.size();
        }).getParameter();
    }
}
