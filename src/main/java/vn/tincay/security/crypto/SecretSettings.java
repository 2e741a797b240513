package vn.tincay.security.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tincay.platform.DatabaseSettings;

/**
 * Where the application's secret keys come from: the environment in production (a MySQL database
 * needs them set), or on the embedded demo database a key file created in the demo's data folder –
 * never the database itself.
 */
@ApplicationScoped
public class SecretSettings {

    @Inject
    @ConfigProperty(name = "tincay.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "tincay.db.url")
    String dbUrl;

    /**
     * The configured setting or, on the embedded database only, the demo's own.
     *
     * @param configured the setting as configured, if at all
     * @param variable   its environment variable, for the message when it is missing
     * @param demoFile   the demo's key file in its data folder
     * @param generator  a new setting for a demo that has none yet
     */
    public String secret(Optional<String> configured, String variable, String demoFile, Supplier<String> generator) {
        return configured.filter(value -> !value.isBlank()).orElseGet(() -> {
            if (!DatabaseSettings.isEmbedded(dbUrl)) {
                throw new IllegalStateException(variable + " must be set when running on MySQL (see README: "
                        + "Configuration)");
            }
            return DemoKeyFile.readOrCreate(Path.of(dataDir).resolve(demoFile), generator);
        });
    }
}
