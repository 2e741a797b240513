package vn.tincay.platform.web;

import org.primefaces.PrimeFaces;

/**
 * Tells the page's script (js/unsaved.js) that what was typed into a form marked data-tc-keep is now
 * saved, so leaving the page no longer asks first. Called by an action after its service call succeeded.
 */
public final class UnsavedTyping {

    static final String CALLBACK_PARAMETER = "tcSaved";

    private UnsavedTyping() {
    }

    public static void saved() {
        PrimeFaces current = PrimeFaces.current();
        if (current.isAjaxRequest()) {
            current.ajax().addCallbackParam(CALLBACK_PARAMETER, true);
        }
    }
}
