package vn.tincay.followup.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.tincay.followup.AttachmentDownload;
import vn.tincay.followup.AttachmentService;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.security.Role;

/**
 * /incident/attachment?id=…: serves an attachment as a download, never inline, with the type
 * detected at upload. The service checks the case scope and audits the download; the URL carries
 * only the attachment id.
 */
@WebServlet(name = "attachmentDownload", urlPatterns = AttachmentDownloadServlet.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.SCHOOL_STAFF_NAME, Role.SCHOOL_FOCAL_POINT_NAME,
        Role.DISTRICT_COORDINATOR_NAME}))
public class AttachmentDownloadServlet extends HttpServlet {

    public static final String PATH = "/incident/attachment";
    private static final long serialVersionUID = 1L;

    @EJB
    private transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = parseId(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload file;
        try {
            file = attachments.download(id);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        sendDownload(response, file.contentType(), file.fileName(), file.content());
    }

    /** Writes a stored file as a download (never inline) with the type detected at upload. */
    public static void sendDownload(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        // Binary content has no charset, whatever default the container would add.
        response.setCharacterEncoding((String) null);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        // The security filter sets nosniff and no-store already; repeated here because a download must never be sniffed.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }

    /** "attachment" with an ASCII fallback name and the UTF-8 name (RFC 6266 / RFC 5987). */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The id of a download URL: digits only, else null (answered 404). */
    public static Long parseId(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
