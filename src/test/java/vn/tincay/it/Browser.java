package vn.tincay.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium, sized like a phone or a desktop, with a profile of
 * its own (so cookies never leak between browsers). Uses the system's /usr/bin/chromium and
 * /usr/bin/chromedriver, so nothing is downloaded. Close it after use; one per test class is the
 * fast way.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Window sizes of the devices the product must work on. */
    public enum Device {
        PHONE(360, 800), DESKTOP(1280, 900);

        final int width;
        final int height;

        Device(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final RunningApp app;
    private final Device device;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(RunningApp app, Device device, String acceptLanguage) {
        this.app = app;
        this.device = device;
        try {
            this.profile = Files.createTempDirectory("tincay-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--password-store=basic", "--lang=" + acceptLanguage.split(",")[0],
                "--user-data-dir=" + profile,
                "--window-size=" + device.width + "," + device.height);
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", acceptLanguage,
                "credentials_enable_service", false,
                "profile.password_manager_enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            PayaraMicroProcess.deleteTree(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // The window size includes the browser's own bars and headless Chromium keeps windows at
        // least 500 px wide, so the page's viewport is set exactly, as the device would have it.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", device.width, "height", device.height, "deviceScaleFactor", 1,
                "mobile", device == Device.PHONE));
        if (device == Device.PHONE) {
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        }
    }

    /** A browser that prefers Vietnamese, the product's language. */
    public static Browser open(RunningApp app, Device device) {
        return new Browser(app, device, "vi");
    }

    /** A browser whose Accept-Language is the given list, such as "en-US,en". */
    public static Browser open(RunningApp app, Device device, String acceptLanguage) {
        return new Browser(app, device, acceptLanguage);
    }

    public WebDriver driver() {
        return driver;
    }

    public Device device() {
        return device;
    }

    /** Opens a path of the application, such as "/login.xhtml". */
    public Browser go(String path) {
        driver.get(app.url(path));
        return this;
    }

    /** The path of the current page's URL. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The page's h1 heading. */
    public String heading() {
        return driver.findElement(By.cssSelector("h1")).getText();
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The text of the global messages (inside #messages). */
    public String messages() {
        List<WebElement> messages = driver.findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /**
     * Fills in and sends the sign-in form and waits for the answer: the next page, or the sign-in
     * page again with a message. Does not check which. When the application asks for the second
     * factor and the account's secret is known ({@link SecondFactor}), enters a fresh code too.
     */
    public Browser signIn(String username, String password) {
        go("/login.xhtml");
        WebElement user = find("loginForm:username");
        user.clear();
        user.sendKeys(username);
        WebElement secret = find("loginForm:password");
        secret.clear();
        secret.sendKeys(password);
        clickAndWaitForPage("loginForm:signIn");
        java.util.Optional<String> totp = SecondFactor.secretOf(username);
        if (path().endsWith("/login-code.xhtml") && totp.isPresent()) {
            enterCode(SecondFactor.nextCode(app, username, totp.get()));
        }
        return this;
    }

    /** On the code page of signing in: types a code and sends it. */
    public Browser enterCode(String code) {
        WebElement field = find("codeForm:code");
        field.clear();
        field.sendKeys(code);
        clickAndWaitForPage("codeForm:verify");
        return this;
    }

    /** Presses the sign-out button of the header and waits for the sign-in page. */
    public Browser signOut() {
        clickAndWaitForPage("headerForm:signOut");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login.xhtml"));
        return this;
    }

    /** Clicks an element that submits a form or follows a link, and waits until the next page is there. */
    public Browser clickAndWaitForPage(String id) {
        WebElement element = find(id);
        WebElement body = driver.findElement(By.tagName("body"));
        element.click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(body));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                driver.executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether an element belongs to a page that has been replaced. Chromium answers a stale element either
     * as stale or, while the next document is being attached, as a node that "does not belong to the
     * document"; both mean the page has changed.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Saves a PNG of the whole visible window to target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        Path directory = PayaraMicroProcess.buildDir().resolve("screenshots");
        Path file = directory.resolve(name + ".png");
        try {
            Files.createDirectories(directory);
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save screenshot " + file, e);
        }
        return file;
    }

    /**
     * Gives the page a viewport of this size without reloading it (the layout follows at once), as a phone
     * (touch, mobile) below 720 px and as a desktop above.
     */
    public Browser viewport(int width, int height) {
        boolean phone = width < 720;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", phone));
        return this;
    }

    /** Saves a PNG of the whole page, beyond the visible window, to target/screenshots/{name}.png. */
    @SuppressWarnings("unchecked")
    public Path fullPageScreenshot(String name) {
        Path file = PayaraMicroProcess.buildDir().resolve("screenshots").resolve(name + ".png");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save screenshot " + file, e);
        }
        return file;
    }

    /** Forgets the session cookie (as after closing the browser), keeping the other cookies. */
    public void endSession() {
        driver.manage().deleteCookieNamed(WebClient.SESSION_COOKIE);
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            PayaraMicroProcess.deleteTree(profile);
        }
    }
}
