package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Several Payara Micro nodes of the application on one MariaDB database, joined in one Hazelcast data
 * grid by TCP/IP member list on 127.0.0.1 (multicast off), started together as a deployment would start
 * them. Close it to stop every node and drop the database.
 */
public final class Cluster implements AutoCloseable {

    private final TestDatabase database;
    private final List<PayaraMicroProcess> nodes;
    private final List<Path> workingDirectories;

    private Cluster(TestDatabase database, List<PayaraMicroProcess> nodes, List<Path> workingDirectories) {
        this.database = database;
        this.nodes = nodes;
        this.workingDirectories = workingDirectories;
    }

    /** Starts {@code size} nodes at once on a fresh database with the demo data and the given extra settings. */
    public static Cluster start(int size, Map<String, String> extraEnvironment, String logPrefix) {
        return start(size, database -> extraEnvironment, logPrefix);
    }

    /** As {@link #start(int, Map, String)}, with settings that depend on the new database (a user of it, say). */
    public static Cluster start(int size, java.util.function.Function<TestDatabase, Map<String, String>> settings,
                                String logPrefix) {
        TestDatabase database = TestDatabase.create();
        Map<String, String> extraEnvironment = settings.apply(database);
        List<Integer> gridPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            gridPorts.add(PayaraMicroProcess.freePort());
        }
        String members = String.join(",", gridPorts.stream().map(port -> "127.0.0.1:" + port).toList());
        String name = "tincay-it-" + TestDatabase.randomHex(4);
        Map<String, String> environment = new HashMap<>(PayaraMicroProcess.mySqlEnvironment(
                database.applicationUrl(), database.user(), database.password()));
        environment.putAll(extraEnvironment);
        List<Path> directories = new ArrayList<>();
        List<CompletableFuture<PayaraMicroProcess>> starting = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                Path directory = Files.createTempDirectory("tincay-it-node-");
                directories.add(directory);
                List<String> options = List.of("--clustermode", "tcpip:" + members, "--clustername", name,
                        "--startport", String.valueOf(gridPorts.get(i)), "--interfaces", "127.0.0.1",
                        // All nodes share one address here: without this, no node would keep a backup of another's sessions.
                        "--nohostaware", "--name", "node" + (i + 1));
                String log = logPrefix + "-node" + (i + 1) + ".log";
                starting.add(CompletableFuture.supplyAsync(() -> PayaraMicroProcess.start(environment, directory, log,
                        false, true, options, PayaraMicroProcess.freePort())));
            }
            List<PayaraMicroProcess> nodes = new ArrayList<>();
            RuntimeException failure = null;
            for (CompletableFuture<PayaraMicroProcess> node : starting) {
                try {
                    nodes.add(node.join());
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                nodes.forEach(PayaraMicroProcess::close);
                throw failure;
            }
            return new Cluster(database, nodes, directories);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            database.close();
            directories.forEach(PayaraMicroProcess::deleteTree);
            throw e;
        }
    }

    public PayaraMicroProcess node(int index) {
        return nodes.get(index);
    }

    public List<URI> baseUrls() {
        return nodes.stream().map(PayaraMicroProcess::baseUrl).toList();
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            nodes.forEach(PayaraMicroProcess::close);
        } finally {
            database.close();
            workingDirectories.forEach(PayaraMicroProcess::deleteTree);
        }
    }
}
