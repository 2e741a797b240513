package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tincay.followup.web.AttachmentDownloadServlet;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.register.MinutesDownload;
import vn.tincay.register.WomenCommitteeService;
import vn.tincay.security.Role;

/**
 * /register/committee-minutes?id=(meeting id): the meeting's minutes as a download, never inline, with
 * the type detected at upload. The service checks the register scope and audits the download.
 */
@WebServlet(name = "committeeMinutesDownload", urlPatterns = CommitteeMinutesServlet.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.SCHOOL_FOCAL_POINT_NAME, Role.DISTRICT_COORDINATOR_NAME}))
public class CommitteeMinutesServlet extends HttpServlet {

    public static final String PATH = "/register/committee-minutes";
    private static final long serialVersionUID = 1L;

    @EJB
    private transient WomenCommitteeService committees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = AttachmentDownloadServlet.parseId(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MinutesDownload file;
        try {
            file = committees.minutes(id);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AttachmentDownloadServlet.sendDownload(response, file.contentType(), file.fileName(), file.content());
    }
}
