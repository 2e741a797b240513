package vn.tincay.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentStatus;

/**
 * The query parameters of GET /incidents. Read as text and converted here, so a bad value answers
 * 400 naming the parameter (JAX-RS itself would answer 404). There is deliberately no name
 * parameter: names belong in the body of POST /incidents/search, never in a URL. Documented for
 * OpenAPI on {@link IncidentResource#list}.
 */
public class IncidentQuery {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("status")
    String status;

    @QueryParam("type")
    String type;

    @QueryParam("schoolId")
    String schoolId;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("urgent")
    String urgent;

    @QueryParam("overdueOnly")
    String overdueOnly;

    @QueryParam("openOnly")
    String openOnly;

    @QueryParam("caseCode")
    String caseCode;

    @QueryParam("page")
    @DefaultValue("0")
    String page;

    @QueryParam("size")
    @DefaultValue("25")
    String size;

    @QueryParam("sort")
    String sort;

    @QueryParam("ascending")
    String ascending;

    public IncidentFilter toFilter() {
        IncidentFilter filter = new IncidentFilter();
        filter.setStatus(QueryParameters.parse("status", status, IncidentStatus::valueOf));
        filter.setType(QueryParameters.parse("type", type, GbvType::valueOf));
        filter.setSchoolId(QueryParameters.parse("schoolId", schoolId, Long::valueOf));
        filter.setFrom(QueryParameters.parse("from", from, LocalDate::parse));
        filter.setTo(QueryParameters.parse("to", to, LocalDate::parse));
        filter.setUrgent(QueryParameters.parse("urgent", urgent, QueryParameters::bool));
        filter.setOverdueOnly(QueryParameters.flag("overdueOnly", overdueOnly));
        filter.setOpenOnly(QueryParameters.flag("openOnly", openOnly));
        filter.setCaseCode(QueryParameters.blankToNull(caseCode));
        return filter;
    }

    public int page() {
        return QueryParameters.range("page", page, 0, 0, MAX_PAGE);
    }

    public int size() {
        return QueryParameters.range("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public String sort() {
        return QueryParameters.blankToNull(sort);
    }

    public boolean ascending() {
        return QueryParameters.flag("ascending", ascending);
    }
}
