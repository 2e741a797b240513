package vn.tincay.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.tincay.register.DocumentDraft;
import vn.tincay.register.DocumentType;
import vn.tincay.register.RegisterKind;
import vn.tincay.register.RegisterKinds;

/** /register/document.xhtml?id=: records or changes an issued document (read-only for other units). */
@Named
@ViewScoped
public class DocumentBacking extends RegisterRecordBacking<DocumentDraft> {

    private static final long serialVersionUID = 1L;

    @Override
    protected RegisterKind<?, DocumentDraft> kind() {
        return RegisterKinds.DOCUMENT;
    }

    @Override
    protected String listPage() {
        return "/register/documents";
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }
}
