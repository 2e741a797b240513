package vn.tincay.platform;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source of read-only work ({@link ReadDatabase}): a MySQL replica when
 * {@code tincay.db.read-url} is set (with {@code tincay.db.read-user} and {@code tincay.db.read-password},
 * else the primary's account), else the primary itself.
 */
public class ReadDataSource extends ConfiguredDataSource {

    static final String URL_KEY = "tincay.db.read-url";

    private static Config config() {
        return ConfigProvider.getConfig(ReadDataSource.class.getClassLoader());
    }

    @Override
    protected String url() {
        return config().getOptionalValue(URL_KEY, String.class).filter(url -> !url.isBlank()).orElse(super.url());
    }

    @Override
    protected String user() {
        return config().getOptionalValue("tincay.db.read-user", String.class).orElse(super.user());
    }

    @Override
    protected String password() {
        return config().getOptionalValue("tincay.db.read-password", String.class).orElse(super.password());
    }
}
