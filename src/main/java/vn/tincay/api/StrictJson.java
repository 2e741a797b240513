package vn.tincay.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON body against the class it is read into before JSON-B binds it, so that nothing is
 * saved as something else: a yes/no field takes only {@code true} or {@code false} (not "yes please",
 * "1" or 1), a number only a number, a text only a string, a choice only one of its names, a date only
 * {@code yyyy-MM-dd}, a single value never a list, and a field the class does not have is refused
 * rather than ignored (a misspelt field would silently lose what it says). Every problem is named by
 * its path in the body; the API answers 422.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

    private static final Set<Class<?>> INTEGRAL = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> DECIMAL = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    /** A body that does not fit its class; the keys say what each field should have been. */
    public static class Violation extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Violation(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** One field of the body and the bundle key of what it should be. */
    public record Problem(String field, String key) {
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonValue value;
        try {
            value = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readValue();
        } catch (JsonException notJson) {
            // Not JSON at all: JSON-B refuses it as before (400).
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        }
        List<Problem> problems = new ArrayList<>();
        check(value, context.getGenericType(), "", problems);
        if (!problems.isEmpty()) {
            throw new Violation(problems);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(JsonValue value, Type type, String path, List<Problem> problems) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return; // Required fields are Bean Validation's to report.
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "request" : path;
        if (raw == boolean.class || raw == Boolean.class) {
            expect(value == JsonValue.TRUE || value == JsonValue.FALSE, field, "api.error.json.boolean", problems);
        } else if (INTEGRAL.contains(raw)) {
            expect(value instanceof JsonNumber number && number.isIntegral() && fits(number, raw), field,
                    "api.error.json.integer", problems);
        } else if (DECIMAL.contains(raw)) {
            expect(value instanceof JsonNumber, field, "api.error.json.number", problems);
        } else if (raw == String.class) {
            expect(value instanceof JsonString, field, "api.error.json.text", problems);
        } else if (raw.isEnum()) {
            expect(value instanceof JsonString text && isConstant(raw, text.getString()), field,
                    "api.error.json.choice", problems);
        } else if (raw == LocalDate.class) {
            expect(value instanceof JsonString text && isDate(text.getString()), field, "api.error.json.date",
                    problems);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                problems.add(new Problem(field, "api.error.json.list"));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", problems);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                problems.add(new Problem(field, "api.error.json.object"));
                return;
            }
            object.forEach((key, entry) -> check(entry, argument(type, 1), join(path, key), problems));
        } else if (raw.getName().startsWith("vn.tincay.")) {
            if (!(value instanceof JsonObject object)) {
                problems.add(new Problem(field, "api.error.json.object"));
                return;
            }
            object.forEach((key, entry) -> {
                Field property = property(raw, key);
                if (property == null) {
                    problems.add(new Problem(join(path, key), "api.error.json.unknown"));
                } else {
                    check(entry, property.getGenericType(), join(path, key), problems);
                }
            });
        }
    }

    private static void expect(boolean fits, String field, String key, List<Problem> problems) {
        if (!fits) {
            problems.add(new Problem(field, key));
        }
    }

    private static boolean fits(JsonNumber number, Class<?> type) {
        try {
            long whole = number.bigDecimalValue().longValueExact();
            return type == long.class || type == Long.class
                    || (type == int.class || type == Integer.class ? whole == (int) whole
                    : type == short.class || type == Short.class ? whole == (short) whole : whole == (byte) whole);
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    private static boolean isConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The bound field of that name in the class or its superclasses (not static, not transient). */
    private static Field property(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getName().equals(name) && !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index
                ? parameterized.getActualTypeArguments()[index] : Object.class;
    }
}
