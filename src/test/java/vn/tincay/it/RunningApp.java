package vn.tincay.it;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** A started application: where it answers, and (on MariaDB) a way into its database. */
public final class RunningApp implements AutoCloseable {

    private final PayaraMicroProcess server;
    private final TestDatabase database;
    private final Path workingDirectory;
    private final boolean temporaryWorkingDirectory;

    RunningApp(PayaraMicroProcess server, TestDatabase database, Path workingDirectory,
               boolean temporaryWorkingDirectory) {
        this.server = server;
        this.database = database;
        this.workingDirectory = workingDirectory;
        this.temporaryWorkingDirectory = temporaryWorkingDirectory;
    }

    /** For example http://127.0.0.1:41234 (no trailing slash). */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** The absolute URL of a path such as "/login.xhtml". */
    public String url(String path) {
        return baseUrl() + path;
    }

    /** A new JDBC connection to the application's MariaDB database; close it after use. */
    public Connection connect() throws SQLException {
        if (database == null) {
            throw new IllegalStateException("This application runs on the embedded database");
        }
        return database.connect();
    }

    public String databaseName() {
        return database == null ? null : database.name();
    }

    /** The database account the application connects as (its own, one per test run); null on H2. */
    public String databaseUser() {
        return database == null ? null : database.user();
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public String logTail(int lines) {
        return server.logTail(lines);
    }

    /** Stops the server, then drops its database or deletes its temporary working directory. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (database != null) {
                database.close();
            }
            if (temporaryWorkingDirectory) {
                PayaraMicroProcess.deleteTree(workingDirectory);
            }
        }
    }
}
