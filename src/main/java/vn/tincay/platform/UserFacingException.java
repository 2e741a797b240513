package vn.tincay.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can act on, named by its message bundle key (and arguments). Rolls the
 * transaction back; the page shows the message in the user's language and keeps what was typed.
 */
@ApplicationException(rollback = true)
public class UserFacingException extends RuntimeException {

    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
