package vn.tincay.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tincay.ApplicationClasses;

/**
 * Everything kept in the session and view scope is replicated to the other nodes of a cluster after
 * each request: every such bean must be serializable, and may hold plain values only – no entity
 * (a graph of them would travel with every request), no EntityManager, no service other than through
 * an injected proxy (an {@code @EJB} or {@code @Inject} reference, which serializes as a handle).
 */
class SessionStateTest {

    private static final Set<Class<? extends Annotation>> PASSIVATING = Set.of(SessionScoped.class, ViewScoped.class,
            ConversationScoped.class, FlowScoped.class, org.omnifaces.cdi.ViewScoped.class);

    @Test
    void everyBeanOfTheSessionOrViewScopeIsSerializableAndHoldsNoEntityOrEntityManager() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() > 20, "found the application's view and session beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    check(bean, field).ifPresent(problems::add);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aBeanThatHoldsAnEntityIsFound() {
        assertTrue(check(SessionStateTest.class, field(HoldsEntity.class, "account")).isPresent());
        assertTrue(check(SessionStateTest.class, field(HoldsEntity.class, "accounts")).isPresent());
        assertTrue(check(SessionStateTest.class, field(HoldsEntity.class, "em")).isPresent());
        assertTrue(check(SessionStateTest.class, field(HoldsEntity.class, "thread")).isPresent());
        assertFalse(check(SessionStateTest.class, field(HoldsEntity.class, "service")).isPresent());
        assertFalse(check(SessionStateTest.class, field(HoldsEntity.class, "names")).isPresent());
        assertFalse(check(SessionStateTest.class, field(HoldsEntity.class, "cache")).isPresent());
    }

    @SuppressWarnings("unused")
    private static final class HoldsEntity implements Serializable {
        private vn.tincay.account.UserAccount account;
        private List<vn.tincay.account.UserAccount> accounts;
        private transient EntityManager transientEm;
        private EntityManager em;
        private Thread thread;
        @EJB
        private vn.tincay.incident.IncidentService service;
        private List<String> names;
        private transient Object cache;
    }

    private static java.util.Optional<String> check(Class<?> bean, Field field) {
        int modifiers = field.getModifiers();
        String name = bean.getSimpleName() + "." + field.getName();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
            return java.util.Optional.empty();
        }
        if (field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)) {
            // Container proxies: serialized as a reference, re-resolved on the other node.
            return java.util.Optional.empty();
        }
        List<Class<?>> types = new ArrayList<>();
        if (field.getType() != vn.tincay.admin.web.LazyRows.class) {
            // LazyRows travels without its loaded page (writeReplace): its row type does not matter.
            collect(field.getGenericType(), types, new java.util.HashSet<>());
        }
        for (Class<?> type : types) {
            if (type.getName().startsWith("vn.tincay.") && !type.isInterface() && !type.isEnum()
                    && !type.isAnnotationPresent(Entity.class) && !Serializable.class.isAssignableFrom(type)) {
                return java.util.Optional.of(name + " holds " + type.getSimpleName() + ", which is not serializable");
            }
            if (type.isAnnotationPresent(Entity.class)
                    || type.isAnnotationPresent(Embeddable.class) && !Serializable.class.isAssignableFrom(type)) {
                return java.util.Optional.of(name + " holds the entity " + type.getSimpleName());
            }
            if (EntityManager.class.isAssignableFrom(type)) {
                return java.util.Optional.of(name + " holds an EntityManager");
            }
        }
        Class<?> declared = field.getType();
        if (!declared.isPrimitive() && !declared.isInterface() && !Serializable.class.isAssignableFrom(declared)) {
            return java.util.Optional.of(name + " of type " + declared.getName() + " is not serializable");
        }
        return java.util.Optional.empty();
    }

    /** The types a field can hold: its own, its type arguments, and (for the application's own classes) their fields'. */
    private static void collect(Type type, List<Class<?>> into, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            into.add(element);
            if (element.getName().startsWith("vn.tincay.") && !element.isAnnotationPresent(Entity.class)) {
                if (element.getGenericSuperclass() != null) {
                    collect(element.getGenericSuperclass(), into, seen);
                }
                for (Field inner : element.getDeclaredFields()) {
                    if (!Modifier.isStatic(inner.getModifiers()) && !Modifier.isTransient(inner.getModifiers())
                            && !inner.isSynthetic()) {
                        collect(inner.getGenericType(), into, seen);
                    }
                }
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into, seen);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, into, seen);
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> passivatingBeans() {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> type : ApplicationClasses.all()) {
            for (Class<? extends Annotation> scope : PASSIVATING) {
                if (type.isAnnotationPresent(scope)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
