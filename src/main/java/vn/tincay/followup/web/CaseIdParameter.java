package vn.tincay.followup.web;

import org.omnifaces.util.Faces;

/** The case id of the page the follow-up fragments are included in (?id=…); null when missing or not a number. */
final class CaseIdParameter {

    private CaseIdParameter() {
    }

    static Long read() {
        return parse(Faces.getRequestParameter("id"));
    }

    static Long parse(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
