/*
 * Unsaved typing: a form marked data-tc-keep counts what is typed into it. Leaving the page (a link,
 * Back, closing the tab, another form) with typing the server has not yet saved makes the browser
 * ask first. Saved means: the form was sent normally, the server answered an ajax request with the
 * callback parameter tcSaved, or redirected after the request (the action succeeded). A form with
 * data-tc-autosave="name" is also saved a moment after typing stops, through the page's remote
 * command of that name, so that an expired session loses nothing typed before it. Plain DOM, no
 * inline handlers (CSP). The ajax requests must be global (PrimeFaces' default): only those announce
 * themselves to the document.
 */
(function () {
    'use strict';

    var AUTOSAVE_AFTER_MILLIS = 2500;
    var typed = 0;
    var saved = 0;
    var autosaveTimer = null;

    function keptForm(element) {
        return element && element.closest ? element.closest('form[data-tc-keep]') : null;
    }

    function isField(element) {
        return /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName) && element.type !== 'hidden';
    }

    function typing(event) {
        var form = keptForm(event.target);
        if (!event.isTrusted || !form || !isField(event.target)) {
            return;
        }
        typed++;
        var autosave = window[form.getAttribute('data-tc-autosave')];
        if (typeof autosave === 'function') {
            window.clearTimeout(autosaveTimer);
            autosaveTimer = window.setTimeout(function () {
                if (typed > saved) {
                    autosave();
                }
            }, AUTOSAVE_AFTER_MILLIS);
        }
    }

    document.addEventListener('input', typing, true);
    document.addEventListener('change', typing, true);

    document.addEventListener('submit', function (event) {
        if (keptForm(event.target)) {
            saved = typed;
        }
    }, true);

    window.addEventListener('beforeunload', function (event) {
        if (typed > saved) {
            event.preventDefault();
            // Older browsers need a return value; every browser shows its own wording.
            event.returnValue = '';
            return '';
        }
    });

    if (window.jQuery) {
        var $ = window.jQuery;
        $(document).on('pfAjaxSend', function (event, xhr) {
            if (xhr) {
                xhr.tcTyped = typed;
            }
        });
        // Before PrimeFaces follows a redirect: a redirect answers an action that succeeded, unless it is
        // the way to the sign-in page (the session ended and nothing was saved).
        $(document).on('pfAjaxSuccess', function (event, xhr) {
            var response = xhr && xhr.responseXML;
            var redirect = response && response.getElementsByTagName('redirect')[0];
            if (redirect && !/\/login(-code)?\.xhtml/.test(redirect.getAttribute('url') || '')) {
                saved = typed;
            }
        });
        $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            if (args && args.tcSaved && xhr && typeof xhr.tcTyped === 'number') {
                saved = Math.max(saved, xhr.tcTyped);
            }
        });
    }
}());
