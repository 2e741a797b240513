package vn.tincay.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
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
        filter.setStatus(parse("status", status, IncidentStatus::valueOf));
        filter.setType(parse("type", type, GbvType::valueOf));
        filter.setSchoolId(parse("schoolId", schoolId, Long::valueOf));
        filter.setFrom(parse("from", from, LocalDate::parse));
        filter.setTo(parse("to", to, LocalDate::parse));
        filter.setUrgent(parse("urgent", urgent, IncidentQuery::bool));
        filter.setOverdueOnly(Boolean.TRUE.equals(parse("overdueOnly", overdueOnly, IncidentQuery::bool)));
        filter.setOpenOnly(Boolean.TRUE.equals(parse("openOnly", openOnly, IncidentQuery::bool)));
        filter.setCaseCode(blankToNull(caseCode));
        return filter;
    }

    public int page() {
        return range("page", page, 0, 0, MAX_PAGE);
    }

    public int size() {
        return range("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public String sort() {
        return blankToNull(sort);
    }

    public boolean ascending() {
        return Boolean.TRUE.equals(parse("ascending", ascending, IncidentQuery::bool));
    }

    static int range(String name, String text, int fallback, int min, int max) {
        Integer value = parse(name, text, Integer::valueOf);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name);
        }
        return value;
    }

    static <T> T parse(String name, String text, Function<String, T> parser) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidParameterException(name);
        }
    }

    static Boolean bool(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
