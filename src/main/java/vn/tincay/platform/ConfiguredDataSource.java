package vn.tincay.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source class named in the application's {@code @DataSourceDefinition}. The container pool
 * sets URL and user from MicroProfile Config; this class hands them to the driver the URL names, so one
 * setting ({@code TINCAY_DB_URL}) switches between embedded H2 and MySQL Connector/J. The password is
 * read here rather than through the annotation, because an empty password (a common development
 * set-up) is "not set" to MicroProfile Config and would not reach the pool as an empty string.
 */
public class ConfiguredDataSource implements DataSource {

    static final String PASSWORD_KEY = "tincay.db.password";

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;
    private volatile DataSource target;

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    protected String password() {
        if (password != null) {
            return password;
        }
        return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())
                .getOptionalValue(PASSWORD_KEY, String.class).orElse("");
    }

    /** The URL the driver gets: the configured one (a subclass may choose another). */
    protected String url() {
        return url;
    }

    /** The user the driver gets. */
    protected String user() {
        return user;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            current = createTarget();
            target = current;
        }
        return current;
    }

    private DataSource createTarget() throws SQLException {
        String url = url();
        String user = user();
        if (DatabaseSettings.isEmbedded(url)) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password());
            h2.setLoginTimeout(loginTimeoutSeconds);
            return h2;
        }
        if (DatabaseSettings.isMySql(url)) {
            com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
            mysql.setURL(DatabaseSettings.withMySqlDefaults(url));
            mysql.setUser(user);
            mysql.setPassword(password());
            mysql.setConnectTimeout(loginTimeoutSeconds * 1000);
            return mysql;
        }
        throw new SQLException("Unsupported database URL: expected jdbc:mysql:// or jdbc:h2:");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        // The credentials are this data source's own (see the class comment).
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The pool does its own logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
