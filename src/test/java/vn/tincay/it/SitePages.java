package vn.tincay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's pages as the build has them: every .xhtml outside WEB-INF, and which roles web.xml
 * lets open it. Read from the sources (system property {@code tincay.webapp}, else src/main/webapp), so
 * a page added later is covered by the tests that walk every page without changing them.
 */
public final class SitePages {

    private static final Pattern CONSTRAINT = Pattern.compile("<security-constraint>(.*?)</security-constraint>", Pattern.DOTALL);
    private static final Pattern URL_PATTERN = Pattern.compile("<url-pattern>([^<]+)</url-pattern>");
    private static final Pattern ROLE = Pattern.compile("<role-name>([^<]+)</role-name>");
    private static final Pattern METHOD = Pattern.compile("<http-method>");

    private final Path webapp;
    private final Map<String, Set<String>> rolesByPattern = new LinkedHashMap<>();

    private SitePages(Path webapp) {
        this.webapp = webapp;
        String webXml;
        try {
            webXml = Files.readString(webapp.resolve("WEB-INF/web.xml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher constraint = CONSTRAINT.matcher(webXml);
        while (constraint.find()) {
            String block = constraint.group(1);
            if (METHOD.matcher(block).find()) {
                continue;
            }
            Set<String> roles = new TreeSet<>();
            Matcher role = ROLE.matcher(block);
            while (role.find()) {
                roles.add(role.group(1).trim());
            }
            Matcher pattern = URL_PATTERN.matcher(block);
            while (pattern.find()) {
                rolesByPattern.put(pattern.group(1).trim(), roles);
            }
        }
    }

    public static SitePages fromSources() {
        return new SitePages(Path.of(System.getProperty("tincay.webapp", "src/main/webapp")).toAbsolutePath());
    }

    /** Every page path (such as /incident/list.xhtml), sorted. */
    public List<String> all() {
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages web.xml lets this role open (those open to every signed-in user included). */
    public List<String> openTo(String role) {
        List<String> pages = new ArrayList<>();
        for (String page : all()) {
            Set<String> roles = rolesOf(page);
            if (roles != null && (roles.contains(role) || roles.contains("**"))) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** The pages anybody may open without signing in. */
    public List<String> publicPages() {
        return all().stream().filter(page -> rolesOf(page) == null).toList();
    }

    /** Roles of the most specific matching constraint, null when none applies. */
    private Set<String> rolesOf(String page) {
        Set<String> exact = rolesByPattern.get(page);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String pattern : rolesByPattern.keySet()) {
            if (pattern.endsWith("/*") && page.startsWith(pattern.substring(0, pattern.length() - 1))
                    && (best == null || pattern.length() > best.length())) {
                best = pattern;
            }
        }
        return best == null ? null : rolesByPattern.get(best);
    }

    /** The path of a URL, such as /incident/view.xhtml for http://host/incident/view.xhtml?id=3. */
    public static String pathOf(String url) {
        return URI.create(url).getPath();
    }
}
