package vn.tincay.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;
import vn.tincay.platform.DatabaseFailure;
import vn.tincay.platform.DatabaseUnavailableException;

/**
 * Failures of a page request that the user did not cause and that must not cost what she typed:
 * <ul>
 * <li>the database unreachable (or still locked after the retries) while a form is sent: the same
 * page is shown again, with everything typed still in it, and a message to send it again later;</li>
 * <li>the database unreachable while a page is being shown: the "try again in a few minutes" page
 * (503) instead of a bare error;</li>
 * <li>a form sent without the page's CSP nonce or with another one (a page kept open across a
 * restart, a hand-made request): 400 "reload the page", not a server error.</li>
 * </ul>
 * Each is logged as one line, without a stack trace. Everything else goes on to OmniFaces'
 * handler, which shows the error pages of web.xml for ajax requests too.
 */
public class RecoverableFailures extends ExceptionHandlerWrapper {

    static final String MESSAGES = "messages";
    private static final Logger LOG = Logger.getLogger(RecoverableFailures.class.getName());

    public RecoverableFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Throwable> unavailablePages = new ArrayList<>();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<DatabaseFailure> failure = DatabaseFailure.of(thrown);
            if (failure.isPresent()) {
                events.remove();
                log(context, failure.get().name(), thrown);
                if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE || !context.isPostback()) {
                    unavailablePages.add(thrown);
                } else {
                    keepTheForm(context, failure.get());
                }
            } else if (isCspRefusal(thrown)) {
                events.remove();
                if (!context.getResponseComplete()) {
                    // The phase listener that checks the nonce may report it once per phase: answer once.
                    log(context, "CSP nonce refused", thrown);
                    refuse(context, HttpServletResponse.SC_BAD_REQUEST);
                }
            }
        }
        for (Throwable thrown : unavailablePages) {
            // Handed on as its own type, which web.xml maps to the 503 page (also for ajax requests).
            context.getApplication().publishEvent(context, ExceptionQueuedEvent.class,
                    new ExceptionQueuedEventContext(context, new DatabaseUnavailableException(thrown)));
        }
        getWrapped().handle();
    }

    /** Shows the same view again with the values as sent, and says why nothing was saved. */
    private static void keepTheForm(FacesContext context, DatabaseFailure failure) {
        Messages.addGlobalError(failure == DatabaseFailure.UNAVAILABLE ? "error.database.unavailable"
                : "error.database.busy");
        if (context.getPartialViewContext().isAjaxRequest()) {
            context.getPartialViewContext().getRenderIds().add(MESSAGES);
        }
        context.renderResponse();
    }

    private static void refuse(FacesContext context, int status) {
        try {
            if (context.getExternalContext().isResponseCommitted()) {
                context.responseComplete();
                return;
            }
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static boolean isCspRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }

    private static void log(FacesContext context, String what, Throwable thrown) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootType = root.getClass().getSimpleName();
        LOG.warning(() -> what + " on " + request.getMethod() + " " + request.getRequestURI() + " (" + rootType + ")");
    }

    /** Puts the handler in front of the one the factory it wraps makes. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RecoverableFailures(getWrapped().getExceptionHandler());
        }
    }
}
