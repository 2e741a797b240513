package vn.tincay.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tincay.incident.IncidentFilter;

/**
 * The body of POST /incidents/search: the list's filters including the survivor's name (which never
 * goes into a URL), and the page wanted.
 */
@Schema(description = "Filters (including survivorName, matched without diacritics) and the page wanted")
public class IncidentSearch {

    private IncidentFilter filter = new IncidentFilter();
    @Min(0)
    @Max(IncidentQuery.MAX_PAGE)
    private int page;
    @Min(1)
    @Max(IncidentQuery.MAX_SIZE)
    private int size = IncidentQuery.DEFAULT_SIZE;
    private String sort;
    private boolean ascending;

    public IncidentFilter getFilter() {
        return filter;
    }

    public void setFilter(IncidentFilter filter) {
        this.filter = filter;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
