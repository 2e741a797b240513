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
        SecondFactor.serve(this);
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

    /** How long the server's log is now, to read what a test made it write ({@link #logSince}). */
    public long logLength() {
        try {
            return java.nio.file.Files.size(server.log());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the server wrote to its log after it was {@code length} long. */
    public String logSince(long length) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(server.log().toFile(), "r")) {
            file.seek(length);
            byte[] added = new byte[(int) (file.length() - length)];
            file.readFully(added);
            return new String(added, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The server's process id (for the JDK's diagnostic commands). */
    public long pid() {
        return server.pid();
    }

    /** Stops the server and leaves its database as it is (for a backup of a quiet database); close() still drops it. */
    public void stopServer() {
        server.close();
    }

    /** Stops the server, then drops its database or deletes its temporary working directory. */
    @Override
    public void close() {
        SecondFactor.forget(this);
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
