package vn.tincay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The application's own compiled classes (target/classes), for tests of rules every class of a kind must keep. */
public final class ApplicationClasses {

    private ApplicationClasses() {
    }

    /** Every class that loads, loaded without initialising it. */
    public static List<Class<?>> all() {
        Path classes;
        try {
            classes = Paths.get(vn.tincay.security.CurrentUser.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, ApplicationClasses.class.getClassLoader()));
                } catch (NoClassDefFoundError | ClassNotFoundException unloadable) {
                    // A class whose optional dependencies are not on the test class path: not one of the beans.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
