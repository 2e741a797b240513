package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the npm package, installed by the build from package-lock.json) run on the page a browser
 * shows: the WCAG 2.x A/AA rules and axe's best practices. The script comes from the system property
 * {@code tincay.axe}, which failsafe sets, or node_modules/axe-core/axe.min.js.
 */
public final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule broken on the page, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (%s): %s %s", rule, impact, help,
                    targets.size() > 6 ? targets.subList(0, 6) + " and " + (targets.size() - 6) + " more" : targets);
        }
    }

    /** Runs axe on the current page and returns what it finds, of every impact. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        Object answer = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                + "  targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')"
                + "  .slice(0, 300))}))))"
                + ".catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));");
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) answer) {
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")));
        }
        return violations;
    }

    private static String load() {
        Path script = Path.of(System.getProperty("tincay.axe", "node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + script.toAbsolutePath()
                    + ": `mvn verify` installs it with npm ci (package-lock.json)", e);
        }
    }
}
