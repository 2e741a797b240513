package vn.tincay.security.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.platform.DatabaseSettings;

/**
 * Loads the data keys once and hands out the cipher and the name index. Production must set
 * {@code TINCAY_DATA_KEY}; the embedded demo creates its own key and keeps it in its data folder,
 * never in the database.
 */
@ApplicationScoped
public class Confidentiality {

    static final String DEMO_KEY_FILE = "data.key";
    private static final Logger LOG = Logger.getLogger(Confidentiality.class.getName());

    @Inject
    @ConfigProperty(name = "tincay.data-key")
    Optional<String> dataKey;

    @Inject
    @ConfigProperty(name = "tincay.index-key")
    Optional<String> indexKey;

    @Inject
    @ConfigProperty(name = "tincay.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "tincay.db.url")
    String dbUrl;

    private FieldCipher cipher;
    private NameIndex nameIndex;

    /** Set once the keys are loaded, so converters need no CDI lookup (a stack walk) for every value. */
    private static volatile Confidentiality loaded;

    @PostConstruct
    void loadKeys() {
        String setting = dataKey.filter(value -> !value.isBlank()).orElseGet(this::embeddedDemoKey);
        DataKeys keys = DataKeys.parse(setting, indexKey.orElse(null));
        cipher = new FieldCipher(keys);
        nameIndex = new NameIndex(keys.indexKey());
        loaded = this;
    }

    private String embeddedDemoKey() {
        if (!DatabaseSettings.isEmbedded(dbUrl)) {
            throw new IllegalStateException("TINCAY_DATA_KEY must be set when running on MySQL "
                    + "(see README: Configuration)");
        }
        Path file = Path.of(dataDir).resolve(DEMO_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.getParent());
            String generated = DataKeys.generateSetting(new SecureRandom());
            Files.writeString(file, generated, StandardCharsets.US_ASCII);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Readable by the application's own user only; elsewhere the folder's permissions apply.
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            LOG.info("Generated a data key for the embedded database in its data folder");
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo data key", e);
        }
    }

    public FieldCipher cipher() {
        return cipher;
    }

    public NameIndex nameIndex() {
        return nameIndex;
    }

    /** For JPA converters, which the persistence provider creates outside CDI. */
    static Confidentiality current() {
        Confidentiality instance = loaded;
        return instance != null ? instance : CDI.current().select(Confidentiality.class).get();
    }
}
