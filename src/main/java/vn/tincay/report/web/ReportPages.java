package vn.tincay.report.web;

import jakarta.ejb.EJBAccessException;
import org.omnifaces.util.Faces;
import vn.tincay.platform.RecordNotFoundException;

/**
 * Loads a report page's data in its view action (before anything is rendered), so that a report
 * outside the caller's scope – or a page of another role – answers 404 rather than an error page.
 */
final class ReportPages {

    private ReportPages() {
    }

    static void load(Runnable loading) {
        try {
            loading.run();
        } catch (RecordNotFoundException | EJBAccessException e) {
            Faces.responseSendError(404, null);
        }
    }
}
