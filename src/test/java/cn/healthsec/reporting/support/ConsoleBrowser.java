package cn.healthsec.reporting.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A real headless Chromium for the console's tests: Debian's {@code chromium} and {@code chromedriver}
 * (installed by .ci/run), driven by Selenium, in a fresh profile, with the flags a closed network
 * needs (no background networking, no component updates, no QUIC). One instance per signed-in officer.
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private ConsoleBrowser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    public static ConsoleBrowser start() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        }
        Path profile = Files.createTempDirectory("console-chromium");
        Path downloads = Files.createTempDirectory("console-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new ConsoleBrowser(driver, profile, downloads);
    }

    /** Opens {@code url}; on the identity provider's login page, signs in as {@code user} and waits to be back. */
    public void signIn(String url, String user, String password) {
        driver.get(url);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no login page at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        String back = url.substring(0, url.indexOf("/console"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(back));
    }

    public void open(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The page as a reader sees it. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits (up to 30 s) until the page shows {@code expected}, across the navigation a click started; false if it never does. */
    public boolean shows(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Waits (up to 30 s) until the page's source holds {@code expected} (a page that is not text for readers: a problem document). */
    public boolean sourceShows(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(expected));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    public String source() {
        return driver.getPageSource();
    }

    public void click(By by) {
        driver.findElement(by).click();
    }

    public void check(String css) {
        WebElement box = driver.findElement(By.cssSelector(css));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Replaces a field's whole content (a textarea holding a document) with {@code text}, as a user pasting it would. */
    public void replace(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    public void type(String css, String text) {
        driver.findElement(By.cssSelector(css)).sendKeys(text);
    }

    /** How many charts on the page ECharts has drawn (an SVG inside each {@code .chart}). */
    public long chartsDrawn() {
        Object n = ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('.chart svg').length;");
        return ((Number) n).longValue();
    }

    /** Every resource the page loaded (scripts, styles, images, fonts), by URL. */
    @SuppressWarnings("unchecked")
    public List<String> resourcesLoaded() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Object asyncScript(String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** axe-core, from npm (the version pinned here), installed once under target/axe. */
    static final String AXE = "axe-core@4.14.1";

    static synchronized String axeScript() throws IOException, InterruptedException {
        Path script = Path.of("target/axe/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", "target/axe", AXE)
                    .redirectErrorStream(true).redirectOutput(Path.of("target/axe-npm.log").toFile()).start();
            if (npm.waitFor() != 0 || !Files.isRegularFile(script)) {
                throw new IllegalStateException("npm could not install " + AXE + ": see target/axe-npm.log");
            }
        }
        return Files.readString(script);
    }

    /**
     * The accessibility violations of the page that axe-core rates serious or critical (WCAG 2.x A and
     * AA rules), each as "rule: help (nodes)". axe runs in the page through WebDriver, which the page's
     * CSP does not govern.
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() throws IOException, InterruptedException {
        ((JavascriptExecutor) driver).executeScript(axeScript());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.length + ')'; }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
    }

    /** Waits (up to 30 s) for a download to complete and returns the file whose name ends with {@code suffix}. */
    public Path downloaded(String suffix) {
        try {
            return new org.openqa.selenium.support.ui.FluentWait<>(downloads).withTimeout(Duration.ofSeconds(30))
                    .until(dir -> {
                        try (var files = Files.list(dir)) {
                            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + suffix + " downloaded", e);
        }
    }

    /**
     * Moves the keyboard focus with Tab alone (at most {@code limit} presses) until it rests on the
     * element {@code css} names; false if it never does. What a keyboard-only officer does.
     */
    public boolean tabTo(String css, int limit) {
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i < limit; i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            Object hit = ((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.matches(arguments[0]);", css);
            if (Boolean.TRUE.equals(hit)) {
                return true;
            }
        }
        return false;
    }

    /** Presses a key on whatever has the focus. */
    public void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Whether the focused element shows that it has the focus (a visible outline), as WCAG 2.4.7 asks. */
    public boolean focusVisible() {
        Object visible = ((JavascriptExecutor) driver).executeScript("""
                var e = document.activeElement; if (!e || e === document.body) return false;
                var s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;""");
        return Boolean.TRUE.equals(visible);
    }

    /** The viewport's size, as a tablet's or a laptop's screen. */
    public void size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** How far the page is wider than the viewport, in CSS pixels (0: no sideways scrolling). */
    public long overflow() {
        Object n = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        return ((Number) n).longValue();
    }

    public void screenshot(Path file) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        Processes.deleteRecursively(profile);
        Processes.deleteRecursively(downloads);
    }
}
