package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.DocumentService;
import vn.tincay.register.DocumentType;

/** /register/documents.xhtml: the documents a register's unit issued, paged in the database. */
@Named
@ViewScoped
public class DocumentsBacking extends RegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    private LocalDate from;
    private LocalDate to;
    private DocumentType type;

    private final PagedModel<DocumentLine> model = new PagedModel<>(
            (first, max, sort, asc) -> documents.list(scope(), from, to, type, first, max, sort, asc),
            DocumentLine::id);

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public PagedModel<DocumentLine> getModel() {
        return model;
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

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }
}
