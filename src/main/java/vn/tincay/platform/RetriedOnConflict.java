package vn.tincay.platform;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A web entry point (page bean or API resource) whose calls run again, as a whole, when the
 * transaction they started lost a deadlock or a lock wait. {@link WebEntryPoints} puts it on every
 * page bean and resource; see {@link ConflictRetry}.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {

    final class Literal extends AnnotationLiteral<RetriedOnConflict> implements RetriedOnConflict {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
