package vn.tincay.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.account.UserAccount;

/**
 * Every entity names its table exactly as the migrations create it. MySQL and MariaDB on Linux
 * compare table names case-sensitively, and EclipseLink's default name for an entity without
 * {@code @Table} is its upper-case class name (PROVINCE), which H2 in MySQL mode forgives but
 * MariaDB does not.
 */
class EntityMappingTest {

    private static List<Class<?>> entities;
    private static List<String> migratedTables;

    @BeforeAll
    static void findEntitiesAndTables() throws IOException, URISyntaxException {
        Path classes = Path.of(UserAccount.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            entities = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !name.contains("$"))
                    .map(EntityMappingTest::load)
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .collect(Collectors.toList());
        }
        Path migrations = classes.resolve("db/migration");
        Pattern createTable = Pattern.compile("CREATE TABLE\\s+`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> scripts = Files.list(migrations)) {
            // The SQL migrations; a Java one (V66) creates no table.
            migratedTables = scripts.filter(script -> script.toString().endsWith(".sql")).flatMap(script -> {
                Matcher matcher = createTable.matcher(read(script));
                return matcher.results().map(match -> match.group(1)).toList().stream();
            }).toList();
        }
    }

    @Test
    void theEntitiesAndTablesAreFound() {
        assertTrue(entities.size() >= 7, "entities: " + entities);
        assertTrue(migratedTables.contains("user_account"), "tables: " + migratedTables);
    }

    @Test
    void everyEntityNamesItsTableAsTheMigrationsCreateIt() {
        assertAll(entities.stream().map(entity -> () -> {
            Table table = entity.getAnnotation(Table.class);
            assertNotNull(table, entity.getSimpleName() + " has no @Table: EclipseLink would use "
                    + entity.getSimpleName().toUpperCase(Locale.ROOT));
            assertFalse(table.name().isEmpty(), entity.getSimpleName() + " @Table has no name");
            assertTrue(migratedTables.contains(table.name()),
                    entity.getSimpleName() + " maps to " + table.name() + ", not a migrated table " + migratedTables);
        }));
    }

    @Test
    void everyMigratedTableIsInLowerCase() {
        assertEquals(List.of(), migratedTables.stream().filter(t -> !t.equals(t.toLowerCase(Locale.ROOT))).toList());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EntityMappingTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
