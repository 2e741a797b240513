package vn.tincay.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces' {@link Messages} take bundle keys: {@code Messages.addGlobalError("key", args)}
 * shows the text of that key in the view's language.
 */
@WebListener
public class BundleMessageResolver implements ServletContextListener, Messages.Resolver {

    public static final String BUNDLE = "vn.tincay.i18n.text";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver(this);
    }

    @Override
    public String getMessage(String message, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Faces.getLocale());
        String pattern = bundle.containsKey(message) ? bundle.getString(message) : message;
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, Faces.getLocale()).format(params);
    }
}
