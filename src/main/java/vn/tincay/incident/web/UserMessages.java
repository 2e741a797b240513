package vn.tincay.incident.web;

import java.util.List;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.platform.web.BundleMessageResolver;

/**
 * Shows refusals from the services and the intake rules as messages in the user's language. Enum
 * arguments (a status, who must consent) are shown by their bundle label, not by their code.
 */
final class UserMessages {

    /** Enums whose codes the domain puts into message arguments as plain text. */
    private static final List<String> ENUM_PREFIXES = List.of("ConsentGiver.", "IncidentStatus.", "CloseReason.");

    private UserMessages() {
    }

    static void error(UserFacingException e) {
        Messages.addGlobalError(e.getMessageKey(), labels(e.getArguments()));
    }

    static void error(String clientId, String key, Object... arguments) {
        Messages.addError(clientId, key, labels(arguments));
    }

    static Object[] labels(Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return arguments;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, Faces.getLocale());
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = label(bundle, arguments[i]);
        }
        return shown;
    }

    private static Object label(ResourceBundle bundle, Object argument) {
        if (argument instanceof Enum<?> value) {
            String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
            return bundle.containsKey(key) ? bundle.getString(key) : value.name();
        }
        if (argument instanceof String code && code.matches("[A-Z_]+")) {
            for (String prefix : ENUM_PREFIXES) {
                if (bundle.containsKey(prefix + code)) {
                    return bundle.getString(prefix + code);
                }
            }
        }
        return argument;
    }
}
