package vn.tincay.incident.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tincay.it.Browser;

/**
 * What a person does on the issue-3 pages in the real browser: type, choose, click, and wait for
 * the PrimeFaces ajax answer to show. Waits are generous: the test machine is often busy.
 */
public final class Screen {

    private static final Duration WAIT = Duration.ofSeconds(45);

    private final Browser browser;

    public Screen(Browser browser) {
        this.browser = browser;
    }

    public WebDriver driver() {
        return browser.driver();
    }

    public WebElement find(String id) {
        return browser.find(id);
    }

    public boolean has(String id) {
        return browser.has(id);
    }

    /** Clicks like a finger would; when a fixed header covers the element, scrolls it to the middle first. */
    public Screen click(String id) {
        return click(find(id));
    }

    public Screen click(WebElement element) {
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
        }
        return this;
    }

    /** Scrolls the element to the middle of the screen, as a person would before looking at it. */
    public Screen show(String id) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", find(id));
        return this;
    }

    /** Replaces the text of an input (also a masked date input) by typing. */
    public Screen type(String id, String text) {
        WebElement input = find(id);
        click(input);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(text);
        return this;
    }

    public Screen choose(String selectId, String value) {
        new Select(find(selectId)).selectByValue(value);
        return this;
    }

    /** Picks the option of a PrimeFaces radio group with this value, by its label as a person does. */
    public Screen pick(String radioName, String value) {
        WebElement radio = driver().findElement(By.cssSelector("input[type=radio][name='" + radioName + "'][value='"
                + value + "']"));
        click(driver().findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")));
        waitUntil(d -> radio.isSelected());
        return this;
    }

    public Screen tick(String checkboxId) {
        WebElement box = find(checkboxId);
        if (!box.isSelected()) {
            click(box);
        }
        return this;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        // An ajax answer may replace an element between finding and reading it: look again.
        return new WebDriverWait(driver(), WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the element is on the page. */
    public WebElement waitFor(String id) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Waits until the element shows this text. */
    public String waitForText(String id, String text) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            if (found.isEmpty()) {
                return null;
            }
            String shown = found.get(0).getText();
            return shown.contains(text) ? shown : null;
        });
    }

    /** The visible text of the whole page. */
    public String text() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** Whether the page is no wider than the screen (nothing to scroll sideways). */
    public boolean fitsTheScreenWidth() {
        Object fits = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
