package vn.tincay.register;

import java.io.Serializable;

/** How many documents of one type were issued. */
public record DocumentTypeCount(DocumentType type, long documents) implements Serializable {
}
