package vn.tincay.incident;

import java.io.Serializable;

/** A case as a link shows it: its id for the URL and its code for the text. Nothing else. */
public record CaseLink(Long id, String caseCode) implements Serializable {
}
