package vn.tincay.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tincay.ApplicationClasses;

/**
 * The API's resources serve every call from one instance: nothing of a request may be kept in a field of
 * theirs, or one caller's URI, language or role would answer another's call.
 */
class ApiResourcesTest {

    @Test
    void everyResourceIsOneInstanceWhoseFieldsHoldOnlyServices() {
        List<Class<?>> resources = ApplicationClasses.all().stream()
                .filter(type -> type.getName().startsWith("vn.tincay.") && type.isAnnotationPresent(Path.class))
                .toList();
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource : resources) {
            if (!resource.isAnnotationPresent(ApplicationScoped.class)) {
                wrong.add(resource.getSimpleName() + " is not application-scoped");
            }
            for (Field field : resource.getDeclaredFields()) {
                boolean service = field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class);
                boolean constant = Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
                if (field.isAnnotationPresent(Context.class) || !(service || constant)) {
                    wrong.add(resource.getSimpleName() + "." + field.getName() + " holds something of a request");
                }
            }
        }
        List<String> found = resources.stream().map(Class::getSimpleName).sorted().toList();
        assertAll(
                () -> assertTrue(found.containsAll(List.of("IncidentResource", "ReferralResource",
                        "CaseReferralResource", "CoordinationResource")), "resources found: " + found),
                () -> assertEquals(List.of(), wrong));
    }
}
