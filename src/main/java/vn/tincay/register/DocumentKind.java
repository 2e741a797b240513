package vn.tincay.register;

import java.time.Instant;

/** Documents a unit issued on gender equality, kept by each school and by the district office. */
public final class DocumentKind extends RegisterKind<IssuedDocument, DocumentDraft> {

    DocumentKind() {
        super(IssuedDocument.class, IssuedDocument::new);
    }

    @Override
    public DocumentDraft newDraft() {
        return new DocumentDraft();
    }

    @Override
    public DocumentDraft draftOf(IssuedDocument row) {
        return DocumentDraft.of(row);
    }

    @Override
    protected void write(IssuedDocument row, DocumentDraft draft, String by, Instant at) {
        row.describe(draft.getNumber(), draft.getIssuedOn(), draft.getType(), draft.getTitle().strip(), by, at);
    }
}
