package vn.tincay.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client address of the current request, for the audit log; null outside a request. */
@Dependent
public class RequestOrigin {

    @Inject
    private Instance<HttpServletRequest> request;

    public String ip() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
