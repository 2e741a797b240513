package vn.tincay.statistics.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import vn.tincay.statistics.Statistics;
import vn.tincay.statistics.StatisticsService;

/**
 * The anonymous statistics on the province viewer's home page (/province/index.xhtml?year=2026):
 * whole calendar years only, chosen by links.
 */
@Named
@RequestScoped
public class ProvinceStatisticsBacking {

    @EJB
    private StatisticsService service;

    @Inject
    @Param(name = "year")
    private String yearParam;

    private Statistics statistics;
    private List<TableView> tables = List.of();
    private List<Integer> years = List.of();
    private String total;
    /** The year asked for is not one of the offered years (shown next to the year links). */
    private boolean periodRejected;

    @PostConstruct
    void load() {
        years = service.years();
        int year = years.get(0);
        if (yearParam != null && !yearParam.isBlank()) {
            try {
                year = Integer.parseInt(yearParam.trim());
            } catch (NumberFormatException e) {
                periodRejected = true;
            }
            if (!years.contains(year)) {
                periodRejected = true;
                year = years.get(0);
            }
        }
        statistics = service.province(year);
        tables = StatisticsPage.tables(statistics);
        total = StatisticsPage.total(statistics);
    }

    public Statistics getStatistics() {
        return statistics;
    }

    public int getYear() {
        return statistics.filter().year();
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<TableView> getTables() {
        return tables;
    }

    public boolean isPeriodRejected() {
        return periodRejected;
    }

    public String getTotal() {
        return total;
    }
}
