package vn.tincay.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build is running, as stamped by Maven into {@code build.properties}. Static resource URLs carry it
 * (v=...), so browsers cache them for a year and still fetch the new ones after an upgrade.
 */
@Named
@ApplicationScoped
public class BuildInfo {

    static final String FILE = "/vn/tincay/build/build.properties";

    private final String version = read();

    public String getVersion() {
        return version;
    }

    static String read() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version").replaceAll("[^A-Za-z0-9._-]", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
