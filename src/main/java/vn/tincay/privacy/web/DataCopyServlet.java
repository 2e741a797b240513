package vn.tincay.privacy.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.privacy.DataCopyService;

/**
 * /incident/data-copy?id=…: the PDF copy of a survivor's data, for the coordinator to hand over.
 * Sent as an attachment, never cached. POST only, so that a link or a prefetch cannot issue one.
 */
@WebServlet(DataCopyServlet.PATH)
public class DataCopyServlet extends HttpServlet {

    public static final String PATH = "/incident/data-copy";
    private static final long serialVersionUID = 1L;

    @EJB
    private DataCopyService copies;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = copies.issue(Long.parseLong(id));
        } catch (RecordNotFoundException | UserFacingException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"ban-sao-du-lieu-" + id + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
