package vn.tincay.register.web;

import java.time.LocalDate;

/** A register list filtered by a date range typed above it (either end may be left empty). */
public abstract class DatedRegisterListBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

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
}
