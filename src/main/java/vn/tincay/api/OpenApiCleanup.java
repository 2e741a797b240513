package vn.tincay.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Tidies the OpenAPI document Payara builds from the annotations (registered as
 * {@code mp.openapi.filter}): it copies every attribute default of {@code @Schema} into the document
 * (multipleOf 0, minItems 2147483647, ...), some of them invalid, and describes java.time values as
 * empty objects. Dates in this API are ISO strings: properties named *Date, from and to are dates,
 * *At are instants.
 */
public class OpenApiCleanup implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getMultipleOf() != null && schema.getMultipleOf().compareTo(BigDecimal.ZERO) <= 0) {
            schema.setMultipleOf(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength()) && schema.getMaxLength() == null) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        schema.setUniqueItems(falseToNull(schema.getUniqueItems()));
        schema.setExclusiveMaximum(falseToNull(schema.getExclusiveMaximum()));
        schema.setExclusiveMinimum(falseToNull(schema.getExclusiveMinimum()));
        schema.setNullable(falseToNull(schema.getNullable()));
        schema.setReadOnly(falseToNull(schema.getReadOnly()));
        schema.setWriteOnly(falseToNull(schema.getWriteOnly()));
        schema.setDeprecated(falseToNull(schema.getDeprecated()));
        if (schema.getRef() != null && schema.getType() == Schema.SchemaType.OBJECT && schema.getProperties() == null) {
            schema.setType(null);
        }
        return schema;
    }

    /**
     * Dates as ISO strings, and the schemas of answers that only the annotations name (errors, the
     * filing result, list rows), which the scanner does not derive.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(components.getSchemas());
        schemas.values().forEach(OpenApiCleanup::datesIn);
        schemas.putIfAbsent("FieldError", object("One invalid field (its value is never echoed)",
                "field", string(), "message", string()));
        schemas.putIfAbsent("ApiError", object("Every error answer: a stable key and the text in the caller's "
                + "language", "error", string(), "message", string(), "fields", arrayOf("FieldError")));
        schemas.putIfAbsent("FiledIncident", object("A filed report", "id", integer(), "caseCode", string(),
                "repeatedSubmission", bool()));
        schemas.putIfAbsent("PossibleDuplicate", object("An existing case that may be the same incident",
                "caseCode", string(), "incidentDate", date(), "type", ref("GbvType"), "status", ref("IncidentStatus")));
        schemas.putIfAbsent("DuplicatesFound", object("Possible duplicates; nothing was saved", "error", string(),
                "message", string(), "possibleDuplicates", arrayOf("PossibleDuplicate")));
        schemas.putIfAbsent("IncidentRow", object("One case of a list, without identity", "id", integer(),
                "caseCode", string(), "schoolName", string(), "type", ref("GbvType"), "status", ref("IncidentStatus"),
                "urgent", bool(), "mustReport", bool(), "incidentDate", date(), "reportedDate", date(),
                "survivorAgeGroup", ref("AgeGroup"), "assignedTo", string()));
        schemas.putIfAbsent("IncidentPage", object("A page of cases; when totalExact is false, counting stopped "
                + "early and more than total cases match", "rows", arrayOf("IncidentRow"),
                "total", integer(), "page", integer(), "size", integer(), "totalExact", bool()));
        schemas.putIfAbsent("CreatedId", object("The id of the record created", "id", integer()));
        schemas.putIfAbsent("ServiceReferralRow", object("A referral as the receiving service sees it in its list",
                "id", integer(), "caseCode", string(), "survivorAgeGroup", ref("AgeGroup"), "survivorSex", ref("Sex"),
                "type", ref("GbvType"), "needs", string(), "status", ref("ReferralStatus"), "referredAt", instant()));
        schemas.putIfAbsent("ServiceReferralPage", object("A page of referrals", "rows", arrayOf("ServiceReferralRow"),
                "total", integer(), "page", integer(), "size", integer(), "totalExact", bool()));
        Schema answer = schemas.get("Answer");
        if (answer != null) {
            answer.setDescription("An answer to a GBVIMS question: YES, NO or UNKNOWN (\"không rõ\", which the "
                    + "district coordinator must resolve while verifying). Every question must be answered.");
        }
        components.setSchemas(schemas);
        openAPI.setComponents(components);
    }

    private static void datesIn(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> {
                dateOrInstant(name, property);
                datesIn(property);
            });
        }
    }

    private static Schema object(String description, Object... namesAndSchemas) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(description);
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            schema.addProperty((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return schema;
    }

    private static Schema string() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
    }

    private static Schema bool() {
        return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }

    private static Schema date() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
    }

    private static Schema instant() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private static Schema arrayOf(String name) {
        return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(ref(name));
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        parameter.setDeprecated(falseToNull(parameter.getDeprecated()));
        parameter.setAllowEmptyValue(falseToNull(parameter.getAllowEmptyValue()));
        parameter.setAllowReserved(falseToNull(parameter.getAllowReserved()));
        return parameter;
    }

    private static void dateOrInstant(String name, Schema property) {
        boolean empty = (property.getType() == null || property.getType() == Schema.SchemaType.OBJECT)
                && property.getRef() == null && isEmpty(property.getProperties()) && property.getItems() == null
                && (property.getEnumeration() == null || property.getEnumeration().isEmpty());
        if (!empty) {
            return;
        }
        if (name.endsWith("Date") || name.equals("from") || name.equals("to")) {
            property.setType(Schema.SchemaType.STRING);
            property.setFormat("date");
        } else if (name.endsWith("At")) {
            property.setType(Schema.SchemaType.STRING);
            property.setFormat("date-time");
        }
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }

    private static Boolean falseToNull(Boolean value) {
        return Boolean.FALSE.equals(value) ? null : value;
    }
}
