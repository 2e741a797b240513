package vn.tincay.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' page head without moment.js and the bean-validation script, which PrimeFaces adds to every
 * page once client-side validation is on (web.xml turns it on for the upload size check, which lives in
 * PrimeFaces' core script). No page validates dates or bean constraints in the browser; leaving the two
 * out saves about 70 KB on every first load from a slow phone.
 */
public class LeanHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeValidationResources(FacesContext context, PrimeConfiguration configuration) {
        // Nothing: the upload check needs neither script.
    }
}
