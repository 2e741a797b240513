package vn.tincay.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentFilter;
import vn.tincay.incident.IncidentStatus;

/**
 * The query parameters of GET /incidents. Read as text and converted here, so a bad value answers
 * 400 naming the parameter (JAX-RS itself would answer 404). There is deliberately no name
 * parameter: names belong in the body of POST /incidents/search, never in a URL.
 */
public class IncidentQuery {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("status")
    @Parameter(description = "Only cases in this status", schema = @Schema(implementation = IncidentStatus.class))
    String status;

    @QueryParam("type")
    @Parameter(description = "Only cases of this GBV type", schema = @Schema(implementation = GbvType.class))
    String type;

    @QueryParam("schoolId")
    @Parameter(description = "Only cases of this school", schema = @Schema(type = SchemaType.INTEGER))
    String schoolId;

    @QueryParam("from")
    @Parameter(description = "Incident date on or after (yyyy-MM-dd)", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Incident date on or before (yyyy-MM-dd)", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    String to;

    @QueryParam("urgent")
    @Parameter(description = "Only urgent (true) or only non-urgent (false) cases",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String urgent;

    @QueryParam("overdueOnly")
    @Parameter(description = "Only cases with an overdue next step", schema = @Schema(type = SchemaType.BOOLEAN))
    String overdueOnly;

    @QueryParam("openOnly")
    @Parameter(description = "Only cases that are not closed", schema = @Schema(type = SchemaType.BOOLEAN))
    String openOnly;

    @QueryParam("caseCode")
    @Parameter(description = "Part of the case code")
    String caseCode;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    String page;

    @QueryParam("size")
    @DefaultValue("25")
    @Parameter(description = "Rows per page (1-200)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "200"))
    String size;

    @QueryParam("sort")
    @Parameter(description = "Sort field: caseCode, incidentDate, reportedDate (default), status, type, schoolName, "
            + "urgent")
    String sort;

    @QueryParam("ascending")
    @Parameter(description = "Sort ascending (default: descending)", schema = @Schema(type = SchemaType.BOOLEAN))
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
