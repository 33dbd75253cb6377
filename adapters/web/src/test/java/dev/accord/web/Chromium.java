package dev.accord.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: the browser the dashboard is
 * tested in. Nothing is downloaded; the paths can be moved with {@code ACCORD_CHROMIUM} and {@code
 * ACCORD_CHROMEDRIVER}. Where neither is installed the browser tests are skipped, unless {@code
 * ACCORD_REQUIRE_BROWSER} is set (as {@code .ci/run} sets it), when they fail instead.
 *
 * <p>Screenshots go to {@code target/browser-screenshots/}, kept as the build's artifacts.
 */
final class Chromium {

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private Chromium() {}

  static ChromeDriver start() {
    Path browser = path("ACCORD_CHROMIUM", "/usr/bin/chromium");
    Path driver = path("ACCORD_CHROMEDRIVER", "/usr/bin/chromedriver");
    boolean installed = Files.isExecutable(browser) && Files.isExecutable(driver);
    if (!installed && System.getenv("ACCORD_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException(
          "the browser tests need "
              + browser
              + " and "
              + driver
              + ": apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        installed,
        "no Chromium: apt-get install chromium chromium-driver to run the browser tests");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  /** Saves what the browser shows as {@code target/browser-screenshots/NAME.png}. */
  static Path screenshot(ChromeDriver chrome, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path path(String variable, String fallback) {
    return Path.of(Optional.ofNullable(System.getenv(variable)).orElse(fallback));
  }
}
