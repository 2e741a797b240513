package vn.tincay.security.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the data keys once and hands out the cipher and the name index. Production must set
 * {@code TINCAY_DATA_KEY}; the embedded demo creates its own key and keeps it in its data folder,
 * never in the database.
 */
@ApplicationScoped
public class Confidentiality {

    static final String DEMO_KEY_FILE = "data.key";

    @Inject
    @ConfigProperty(name = "tincay.data-key")
    Optional<String> dataKey;

    @Inject
    @ConfigProperty(name = "tincay.index-key")
    Optional<String> indexKey;

    @Inject
    SecretSettings secrets;

    private FieldCipher cipher;
    private NameIndex nameIndex;

    /** Set once the keys are loaded, so converters need no CDI lookup (a stack walk) for every value. */
    private static volatile Confidentiality loaded;

    @PostConstruct
    void loadKeys() {
        String setting = secrets.secret(dataKey, "TINCAY_DATA_KEY", DEMO_KEY_FILE,
                () -> DataKeys.generateSetting(new SecureRandom()));
        DataKeys keys = DataKeys.parse(setting, indexKey.orElse(null));
        cipher = new FieldCipher(keys);
        nameIndex = new NameIndex(keys.indexKey());
        loaded = this;
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
