package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the application once per test JVM, on a fresh MariaDB database with the demo data, and
 * stops it (dropping the database) after the last test class. Test classes say
 * {@code @ExtendWith(TinCayServer.class)} and take a {@link RunningApp} parameter in their
 * {@code @BeforeAll} method, constructor or tests.
 *
 * <p>The application connects as a user of its own with a password rather than as root: an empty
 * {@code TINCAY_DB_PASSWORD} is not passed on to the database (see {@code StartUpConfigurationIT}).
 */
public final class TinCayServer implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(TinCayServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    /** The application shared by every test class of this JVM, started by the first one that asks. */
    public static RunningApp shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedApp.class, key -> SharedApp.start(), SharedApp.class)
                .app();
    }

    /**
     * Starts a second, short-lived application with no database settings at all, so it uses the
     * embedded H2 database in a new temporary working directory, with its demo data. About 20-30 s
     * on an idle machine: keep such servers to one test class. Close it when done.
     */
    public static RunningApp startWithEmbeddedDatabase() {
        return startSeparately(Map.of(), "it-server-embedded.log");
    }

    /**
     * Starts a second, short-lived application with exactly the given {@code TINCAY_*} environment,
     * in a new temporary working directory. Close it when done.
     */
    public static RunningApp startSeparately(Map<String, String> environment, String logName) {
        return startSeparately(environment, logName, true);
    }

    /**
     * As {@link #startSeparately(Map, String)}, but returns as soon as the application is deployed,
     * also when it reports itself not ready (for tests of what makes it not ready).
     */
    public static RunningApp startNotReady(Map<String, String> environment, String logName) {
        return startSeparately(environment, logName, false);
    }

    private static RunningApp startSeparately(Map<String, String> environment, String logName, boolean requireReady) {
        Path workingDirectory;
        try {
            workingDirectory = Files.createTempDirectory("tincay-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            PayaraMicroProcess server = PayaraMicroProcess.start(environment, workingDirectory, logName, true,
                    requireReady);
            return new RunningApp(server, null, workingDirectory, true);
        } catch (RuntimeException e) {
            PayaraMicroProcess.deleteTree(workingDirectory);
            throw e;
        }
    }

    /**
     * Starts a second, short-lived application on a fresh MariaDB database of its own, with the
     * demo data and the given extra {@code TINCAY_*} settings (an SMTP server, for instance). Close
     * it when done: that also drops its database.
     */
    public static RunningApp startOnOwnDatabase(Map<String, String> extraEnvironment, String logName) {
        TestDatabase database = TestDatabase.create();
        try {
            Map<String, String> environment = new java.util.HashMap<>(PayaraMicroProcess.mySqlEnvironment(
                    database.applicationUrl(), database.user(), database.password()));
            environment.putAll(extraEnvironment);
            Path workingDirectory = Files.createTempDirectory("tincay-it-");
            PayaraMicroProcess server = PayaraMicroProcess.start(environment, workingDirectory, logName, true);
            return new RunningApp(server, database, workingDirectory, true);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The shared application, or why it could not start (remembered, so later classes fail fast). */
    static final class SharedApp implements ExtensionContext.Store.CloseableResource {

        private final RunningApp app;
        private final RuntimeException failure;

        private SharedApp(RunningApp app, RuntimeException failure) {
            this.app = app;
            this.failure = failure;
        }

        static SharedApp start() {
            TestDatabase database;
            try {
                database = TestDatabase.create();
            } catch (RuntimeException e) {
                return new SharedApp(null, e);
            }
            try {
                PayaraMicroProcess server = PayaraMicroProcess.start(
                        PayaraMicroProcess.mySqlEnvironment(database.applicationUrl(), database.user(), database.password()),
                        PayaraMicroProcess.buildDir(), "it-server.log");
                return new SharedApp(new RunningApp(server, database, PayaraMicroProcess.buildDir(), false), null);
            } catch (RuntimeException e) {
                database.close();
                return new SharedApp(null, e);
            }
        }

        RunningApp app() {
            if (failure != null) {
                throw new IllegalStateException("The application under test did not start", failure);
            }
            return app;
        }

        @Override
        public void close() {
            if (app != null) {
                app.close();
            }
        }
    }
}
