package vn.tincay.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A key the embedded demo keeps in its data folder (never in the database), created on first use.
 * Production sets its keys in the environment instead.
 */
public final class DemoKeyFile {

    private static final Logger LOG = Logger.getLogger(DemoKeyFile.class.getName());

    private DemoKeyFile() {
    }

    public static String readOrCreate(Path file, Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String generated = generator.get();
            Files.writeString(file, generated, StandardCharsets.US_ASCII);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Readable by the application's own user only; elsewhere the folder's permissions apply.
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            LOG.info(() -> "Generated " + file.getFileName() + " for the embedded database in its data folder");
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo key " + file.getFileName(), e);
        }
    }
}
