package vn.tincay.statistics.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tincay.platform.LocalTime;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;
import vn.tincay.platform.web.BundleMessageResolver;
import vn.tincay.platform.web.PreferredLocaleViewHandler;
import vn.tincay.security.CurrentUser;
import vn.tincay.statistics.Statistics;
import vn.tincay.statistics.StatisticsFilter;
import vn.tincay.statistics.StatisticsService;
import vn.tincay.statistics.StatisticsWorkbook;

/**
 * Downloads the statistics tables as XLSX, the same period and filter as the page (GET parameters
 * year, from, to, level). /statistics/export.xlsx for the focal point and the coordinator,
 * /province/statistics.xlsx?year= for the province viewer; web.xml guards the folders, the
 * service checks role and scope again.
 */
@WebServlet(urlPatterns = {StatisticsExportServlet.DASHBOARD, StatisticsExportServlet.PROVINCE})
public class StatisticsExportServlet extends HttpServlet {

    static final String DASHBOARD = "/statistics/export.xlsx";
    static final String PROVINCE = "/province/statistics.xlsx";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsService service;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Statistics statistics;
        try {
            if (PROVINCE.equals(request.getServletPath())) {
                String year = request.getParameter("year");
                statistics = service.province(year == null || year.isBlank() ? service.today().getYear()
                        : StatisticsFilter.parse(year, null, null, null, service.today()).year());
            } else {
                statistics = service.dashboard(StatisticsFilter.parse(request.getParameter("year"),
                        request.getParameter("from"), request.getParameter("to"), request.getParameter("level"),
                        service.today()));
            }
        } catch (UserFacingException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = locale(request);
        ResourceBundle bundle = ResourceBundle.getBundle(BundleMessageResolver.BUNDLE, locale);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(statistics) + "\"");
        StatisticsWorkbook.write(statistics, bundle, locale, LocalDateTime.now(LocalTime.ZONE),
                response.getOutputStream());
    }

    /** ASCII only: "thong-ke-2026.xlsx", "thong-ke-2026-01-01_2026-06-30.xlsx", "thong-ke-tinh-2026.xlsx". */
    static String fileName(Statistics statistics) {
        StatisticsFilter filter = statistics.filter();
        String period = filter.isYear() ? String.valueOf(filter.year()) : filter.from() + "_" + filter.to();
        return "thong-ke-" + (statistics.isAnonymous() ? "tinh-" : "") + period + ".xlsx";
    }

    /** The page language: the user's saved choice, the language cookie, else Vietnamese unless the browser asks English. */
    private Locale locale(HttpServletRequest request) {
        if (currentUser.isSignedIn() && PreferredLocaleViewHandler.supported(currentUser.getAccount().preferredLocale())) {
            return Locale.forLanguageTag(currentUser.getAccount().preferredLocale());
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (PreferredLocaleViewHandler.COOKIE.equals(cookie.getName())
                        && PreferredLocaleViewHandler.supported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        return header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
    }
}
