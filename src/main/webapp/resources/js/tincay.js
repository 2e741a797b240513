/*
 * Tin Cậy's own script, on every page, small on purpose (the sign-in page loads nothing else):
 * the calendar's Vietnamese month names, length counters of text fields, the "show password" button,
 * and the coordinator's bell, refreshed without a reload. Plain DOM, no inline handlers (CSP).
 */
(function () {
    'use strict';

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (all, i) {
            return values[i];
        });
    }

    // Calendar (PrimeFaces date picker): month names such as "Tháng 1 … Tháng 12" rather than literary ones,
    // and the calendar button's label, both from the page's bundle (data attributes of the body).
    var pf = window.PrimeFaces;
    var language = document.documentElement.lang;
    var locale = pf && pf.locales && (pf.locales[language] || (language === 'en' && pf.locales.en_US));
    if (locale && document.body) {
        var monthTemplate = document.body.getAttribute('data-tc-month');
        if (monthTemplate) {
            var months = [];
            for (var m = 1; m <= 12; m++) {
                months.push(format(monthTemplate, [m]));
            }
            locale.monthNames = months;
            locale.monthNamesShort = months.slice();
        }
        // PrimeFaces' Vietnamese text for a page link is "Trang {trang}": its placeholder was translated too,
        // so the links were named "Trang {trang}" rather than "Trang 2".
        if (locale.aria && locale.aria.pageLabel) {
            locale.aria.pageLabel = locale.aria.pageLabel.replace(/\{[^}]*\}/, '{page}');
        }
        var calendarLabel = document.body.getAttribute('data-tc-calendar');
        if (calendarLabel) {
            locale.chooseDate = calendarLabel;
        }
    }

    // Tables reflowed on phones: PrimeFaces' sort box finds the sorted column by comparing header texts with
    // the letters outside a-z and Latin-1 removed, which fails for Vietnamese headers, so the box showed its
    // first choice whatever the order. Match by column id instead, and say so when no column is sorted.
    if (pf && pf.widget && pf.widget.DataTable) {
        pf.widget.DataTable.prototype.updateReflowDD = function (columnHeader, sortOrder) {
            if (this.reflowDD && this.reflowDD.length && this.cfg.reflow) {
                showSort(this.reflowDD[0], columnHeader.attr('id'), sortOrder > 0 ? 0 : 1);
            }
        };
    }

    function showSort(select, columnKey, order) {
        var chosen = false;
        for (var i = 0; i < select.options.length; i++) {
            var option = select.options[i];
            option.selected = option.getAttribute('data-columnkey') === columnKey
                && option.getAttribute('data-sortorder') === String(order);
            chosen = chosen || option.selected;
        }
        var unsorted = select.querySelector('option[data-tc-unsorted]');
        if (!chosen && !unsorted) {
            unsorted = document.createElement('option');
            unsorted.setAttribute('data-tc-unsorted', '');
            unsorted.disabled = true;
            unsorted.textContent = '—';
            select.insertBefore(unsorted, select.firstChild);
        }
        if (unsorted) {
            unsorted.selected = !chosen;
        }
    }

    function showSorts() {
        var selects = document.querySelectorAll('select.ui-reflow-dropdown');
        for (var i = 0; i < selects.length; i++) {
            var table = selects[i].closest('.ui-datatable');
            var sorted = table && table.querySelector('th[aria-sort="ascending"], th[aria-sort="descending"]');
            showSort(selects[i], sorted ? sorted.id : null,
                sorted && sorted.getAttribute('aria-sort') === 'descending' ? 1 : 0);
        }
    }

    // The calendar button of a date field: PrimeFaces labels a button it replaces afterwards, so the button on
    // the page had no name. Name it here, with its field ("Chọn ngày trên lịch: Ngày xảy ra").
    function labelCalendarButtons() {
        var label = document.body && document.body.getAttribute('data-tc-calendar');
        var buttons = document.querySelectorAll('.ui-datepicker-trigger:not([aria-label])');
        for (var i = 0; label && i < buttons.length; i++) {
            var input = buttons[i].parentNode.querySelector('input');
            var fieldLabel = input && document.querySelector('label[for="' + input.id + '"]');
            var name = fieldLabel ? fieldLabel.textContent.replace(/\*/g, '').trim() : '';
            var text = name ? label + ': ' + name : label;
            buttons[i].setAttribute('aria-label', text);
            buttons[i].setAttribute('title', label);
            // The hidden text of the icon-only button ("ui-button") must say the same as its name.
            var hidden = buttons[i].querySelector('.ui-button-text');
            if (hidden) {
                hidden.textContent = text;
            }
        }
    }

    // Length counters (t:input, t:textarea): the text is never cut; past the limit the counter says by how much.
    function counterOf(field) {
        return document.getElementById(field.id + 'Counter');
    }

    function count(field) {
        var counter = counterOf(field);
        if (!counter) {
            return;
        }
        var max = parseInt(field.getAttribute('data-tc-max'), 10);
        var length = field.value.length;
        var over = length > max;
        counter.textContent = format(counter.getAttribute(over ? 'data-tc-over' : 'data-tc-counter'),
            [length, max, length - max]);
        // Text areas always show their counter; a one-line field only near its limit (and short ones only past it).
        var quiet = !over && field.tagName !== 'TEXTAREA' && (max < 100 || length < 0.8 * max);
        counter.classList.toggle('tc-counter-over', over);
        counter.classList.toggle('tc-counter-quiet', quiet);
        var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
            return id && id !== counter.id;
        });
        if (!quiet) {
            described.push(counter.id);
        }
        if (described.length) {
            field.setAttribute('aria-describedby', described.join(' '));
        } else {
            field.removeAttribute('aria-describedby');
        }
        if (over) {
            field.setAttribute('aria-invalid', 'true');
        } else if (!field.classList.contains('ui-state-error')) {
            field.removeAttribute('aria-invalid');
        }
    }

    function countAll() {
        var fields = document.querySelectorAll('[data-tc-max]');
        for (var i = 0; i < fields.length; i++) {
            count(fields[i]);
        }
    }

    document.addEventListener('input', function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute('data-tc-max')) {
            count(event.target);
        }
    });

    // "Show password" (t:password): hidden until this script runs, so it never shows as a dead button.
    function revealButtons() {
        var buttons = document.querySelectorAll('button[data-tc-reveal]');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].hidden = false;
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('button[data-tc-reveal]');
        if (!button) {
            return;
        }
        var field = button.parentNode.querySelector('input');
        var show = field.type === 'password';
        field.type = show ? 'text' : 'password';
        button.setAttribute('aria-pressed', String(show));
        button.textContent = button.getAttribute(show ? 'data-tc-hide' : 'data-tc-show');
    });

    // The coordinator's bell: cases that need action, asked again every half minute while the page is seen.
    var POLL_MILLIS = 30000;

    function startBell() {
        var bell = document.querySelector('[data-tc-bell]');
        if (!bell || !window.fetch) {
            return;
        }
        var timer = null;
        var stopped = false;

        function show(state) {
            // Where counting stopped, the number is a lower bound: "999+".
            var count = String(state.needsAction) + (state.needsActionMore ? '+' : '');
            var label = format(bell.getAttribute('data-tc-label'), [count, state.unread]);
            var number = bell.querySelector('.tc-bell-count');
            number.textContent = count;
            number.classList.toggle('tc-bell-unread', state.unread > 0);
            bell.classList.toggle('tc-bell-new', state.unread > 0);
            bell.setAttribute('aria-label', label);
            bell.setAttribute('title', label);
        }

        function ask() {
            if (stopped || document.hidden) {
                return;
            }
            fetch(bell.getAttribute('data-tc-bell'), {
                credentials: 'same-origin', cache: 'no-store', redirect: 'manual',
                headers: {'Accept': 'application/json', 'X-Tincay-Background': 'bell'}
            }).then(function (response) {
                if (response.ok) {
                    return response.json().then(show);
                }
                // Signed out or the session ended: the bell keeps its last numbers and stops asking.
                stopped = true;
            }).catch(function () {
                // Offline for a moment: the next round tries again.
            });
        }

        timer = window.setInterval(ask, POLL_MILLIS);
        document.addEventListener('visibilitychange', function () {
            if (!document.hidden) {
                ask();
            }
        });
        window.addEventListener('pagehide', function () {
            window.clearInterval(timer);
        });
    }

    function ready() {
        labelCalendarButtons();
        if (window.MutationObserver && document.querySelector('.ui-datepicker-trigger')) {
            new MutationObserver(labelCalendarButtons).observe(document.body, {childList: true, subtree: true});
        }
        showSorts();
        countAll();
        revealButtons();
        startBell();
        if (window.jQuery) {
            // Ajax updates bring new fields and counters.
            window.jQuery(document).on('pfAjaxComplete', function () {
                showSorts();
                countAll();
                revealButtons();
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
