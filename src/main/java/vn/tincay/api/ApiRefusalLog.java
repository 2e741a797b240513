package vn.tincay.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Every refused API call (401, 403, 404) is one line in the log – who asked for what – so an insider
 * probing ids shows up without stack traces around it.
 */
@Provider
public class ApiRefusalLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ApiRefusalLog.class.getName());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status == 401 || status == 403 || status == 404) {
            String who = request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
                    ? "-" : request.getSecurityContext().getUserPrincipal().getName();
            LOG.info(() -> "API refused " + request.getMethod() + " /api/v1/" + request.getUriInfo().getPath()
                    + " for " + who + ": " + status);
        }
    }
}
