package vn.tincay.report.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.report.ExportFormat;
import vn.tincay.report.ExportedFile;
import vn.tincay.report.PeriodicReportService;

/**
 * GET /report/download?id=&amp;format=docx|pdf: a report as a file to save ("attachment", a file name
 * without diacritics). The service checks role and scope; outside it the answer is 404.
 */
@WebServlet("/report/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        ExportFormat format;
        try {
            id = Long.parseLong(request.getParameter("id"));
            format = ExportFormat.valueOf(String.valueOf(request.getParameter("format")).toUpperCase());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportedFile file;
        try {
            file = reports.export(id, format);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
