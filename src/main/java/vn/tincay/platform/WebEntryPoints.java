package vn.tincay.platform;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

/**
 * Marks every page bean ({@code *Backing}) and API resource of the application
 * {@link RetriedOnConflict}, so no entry point can be written without the retry.
 */
public class WebEntryPoints implements Extension {

    <T> void markEntryPoints(@Observes @WithAnnotations({Named.class, Path.class}) ProcessAnnotatedType<T> type) {
        Class<T> javaClass = type.getAnnotatedType().getJavaClass();
        if (javaClass.getName().startsWith("vn.tincay.")
                && (javaClass.getSimpleName().endsWith("Backing") || javaClass.isAnnotationPresent(Path.class))) {
            type.configureAnnotatedType().add(RetriedOnConflict.Literal.INSTANCE);
        }
    }
}
