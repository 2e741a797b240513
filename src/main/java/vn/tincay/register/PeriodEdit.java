package vn.tincay.register;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting period as edited on the periods page (mutable for the form). */
public class PeriodEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private int version;
    private PeriodKind kind;
    private LocalDate coversFrom;
    private LocalDate coversTo;
    private LocalDate dueDate;
    private LocalDate districtDueDate;

    public static PeriodEdit of(PeriodInfo p) {
        PeriodEdit e = new PeriodEdit();
        e.id = p.id();
        e.version = p.version();
        e.kind = p.kind();
        e.coversFrom = p.coversFrom();
        e.coversTo = p.coversTo();
        e.dueDate = p.dueDate();
        e.districtDueDate = p.districtDueDate();
        return e;
    }

    public PeriodDates dates() {
        return new PeriodDates(coversFrom, coversTo, dueDate, districtDueDate);
    }

    public long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public LocalDate getCoversFrom() {
        return coversFrom;
    }

    public void setCoversFrom(LocalDate coversFrom) {
        this.coversFrom = coversFrom;
    }

    public LocalDate getCoversTo() {
        return coversTo;
    }

    public void setCoversTo(LocalDate coversTo) {
        this.coversTo = coversTo;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getDistrictDueDate() {
        return districtDueDate;
    }

    public void setDistrictDueDate(LocalDate districtDueDate) {
        this.districtDueDate = districtDueDate;
    }
}
