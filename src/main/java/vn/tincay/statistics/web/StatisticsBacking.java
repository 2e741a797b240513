package vn.tincay.statistics.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.platform.UserFacingException;
import vn.tincay.statistics.Statistics;
import vn.tincay.statistics.StatisticsFilter;
import vn.tincay.statistics.StatisticsService;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.Role;

/**
 * /statistics/index.xhtml: the dashboard of the focal point's school or the coordinator's district.
 * The filter lives in the URL (?year= or ?from=&amp;to=, &amp;level=), so a view can be bookmarked
 * and the XLSX link downloads exactly what is shown.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    @EJB
    private StatisticsService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "year")
    private String yearParam;

    @Inject
    @Param(name = "from")
    private String fromParam;

    @Inject
    @Param(name = "to")
    private String toParam;

    @Inject
    @Param(name = "level")
    private String levelParam;

    private Integer year;
    private LocalDate from;
    private LocalDate to;
    private SchoolLevel level;
    private List<Integer> years = List.of();
    private Statistics statistics;
    private List<TableView> tables = List.of();
    private String total;

    /** The filter's choices, also on the form's postback (a choice outside them would not validate). */
    @PostConstruct
    void choices() {
        years = service.years();
    }

    /** Loads the statistics of the period in the URL; a bad period falls back to this year, with a message. */
    public void load() {
        StatisticsFilter filter;
        try {
            filter = StatisticsFilter.parse(yearParam, fromParam, toParam, levelParam, service.today());
        } catch (UserFacingException e) {
            Messages.addGlobalError(e.getMessageKey());
            filter = StatisticsFilter.year(service.today().getYear(), knownLevel(levelParam));
        }
        statistics = service.dashboard(filter);
        year = statistics.filter().isYear() ? statistics.filter().year() : null;
        from = statistics.filter().from();
        to = statistics.filter().to();
        level = statistics.filter().level();
        tables = StatisticsPage.tables(statistics);
        total = StatisticsPage.total(statistics);
    }

    /** Shows the chosen year. */
    public void applyYear() throws IOException {
        redirect(year == null ? "" : year.toString(), "", "");
    }

    /** Shows the typed date range (the date fields read the dates; the page checks the range when it loads it). */
    public void applyRange() throws IOException {
        redirect("", text(from), text(to));
    }

    private void redirect(String yearValue, String fromValue, String toValue) throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/statistics/index.xhtml?year=%s&from=%s&to=%s&level=%s",
                yearValue, fromValue, toValue, level == null ? "" : level.name());
    }

    private static SchoolLevel knownLevel(String name) {
        for (SchoolLevel candidate : SchoolLevel.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static String text(LocalDate value) {
        return value == null ? "" : StatisticsFilter.format(value);
    }

    /** Whether the caller sees a district (school levels to choose from) rather than one school. */
    public boolean isDistrict() {
        return currentUser.hasRole(Role.DISTRICT_COORDINATOR);
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    /** The period the statistics shown count, "01/01/2026 – 31/12/2026". */
    public String getPeriod() {
        return statistics == null ? null : StatisticsFilter.format(statistics.filter().from()) + " – "
                + StatisticsFilter.format(statistics.filter().to());
    }

    public String getUnitName() {
        return statistics == null ? null : statistics.unitName();
    }

    /** The school level of the statistics shown (null: all levels). */
    public SchoolLevel getShownLevel() {
        return statistics == null ? null : statistics.filter().level();
    }

    public Statistics getStatistics() {
        return statistics;
    }

    public List<TableView> getTables() {
        return tables;
    }

    public String getTotal() {
        return total;
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public void setLevel(SchoolLevel level) {
        this.level = level;
    }

    /** The export's query string: the period and level of what is shown. */
    public String getExportQuery() {
        if (statistics == null) {
            return "";
        }
        StatisticsFilter filter = statistics.filter();
        String period = filter.isYear() ? "year=" + filter.year()
                : "from=" + filter.from() + "&to=" + filter.to();
        return period + (filter.level() == null ? "" : "&level=" + filter.level().name());
    }
}
