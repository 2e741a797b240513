package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (the Debian package, {@code /usr/sbin/haproxy}) in front of several nodes on 127.0.0.1,
 * configured as docs/operations.md describes: health check on /health/ready, sticky sessions by an
 * inserted cookie ({@value #NODE_COOKIE}), and a request whose node is gone sent to another one.
 */
public final class HaProxy implements AutoCloseable {

    public static final String NODE_COOKIE = "TINCAYNODE";
    private static final String EXECUTABLE = System.getProperty("tincay.it.haproxy", "/usr/sbin/haproxy");

    private final Process process;
    private final int port;
    private final Path log;

    private HaProxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts HAProxy on a free port in front of the given nodes, named n1, n2, … in order. */
    public static HaProxy start(List<URI> nodes) {
        int port = PayaraMicroProcess.freePort();
        Path dir = PayaraMicroProcess.buildDir();
        Path config = dir.resolve("it-haproxy-" + port + ".cfg");
        Path log = dir.resolve("it-haproxy-" + port + ".log");
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            URI node = nodes.get(i);
            servers.append("    server n").append(i + 1).append(' ').append(node.getHost()).append(':')
                    .append(node.getPort()).append(" cookie n").append(i + 1)
                    .append(" check inter 1s fall 2 rise 2\n");
        }
        String text = """
                global
                    maxconn 512

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # A request for a node that is gone goes to another one at once (its last retry).
                    option redispatch
                    retries 2

                frontend web
                    bind 127.0.0.1:%d
                    default_backend app

                backend app
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    cookie %s insert indirect nocache httponly
                %s""".formatted(port, NODE_COOKIE, servers);
        try {
            Files.writeString(config, text, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(EXECUTABLE, "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            HaProxy proxy = new HaProxy(process, port, log);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + EXECUTABLE + " (apt-get install haproxy)", e);
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited: " + PayaraMicroProcess.tail(log, 20));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("HAProxy does not listen on " + port + ": " + PayaraMicroProcess.tail(log, 20));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String logTail(int lines) {
        return PayaraMicroProcess.tail(log, lines);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
