package vn.tincay.register.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.tincay.register.RegisterColumn;
import vn.tincay.register.DocumentLine;
import vn.tincay.register.DocumentService;
import vn.tincay.register.DocumentType;

/** /register/documents.xhtml: the documents a register's unit issued, paged in the database. */
@Named
@ViewScoped
public class DocumentsBacking extends DatedRegisterListBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    private DocumentType type;

    private final PagedModel<DocumentLine> model = new PagedModel<>(
            (first, max, sort, asc) -> documents.list(scope(), getFrom(), getTo(), type, first, max, sort, asc),
            DocumentLine::id);

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public PagedModel<DocumentLine> getModel() {
        return model;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    @Override
    protected RegisterExport<?> exportTable() {
        return new RegisterExport<>("register.documents.title", "van-ban", List.of(
                RegisterColumn.<DocumentLine>text("register.document.number", DocumentLine::number),
                RegisterColumn.<DocumentLine>date("register.document.issuedOn", DocumentLine::issuedOn),
                RegisterColumn.<DocumentLine>label("register.document.type", d -> "DocumentType." + d.type()),
                RegisterColumn.<DocumentLine>text("register.document.title", DocumentLine::title),
                RegisterColumn.<DocumentLine>text("register.unit.column", DocumentLine::unitName)),
                model);
    }
}
