package dev.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.queue.QueuedException;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import dev.accord.storage.QueueFilter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium, over a server holding a generated quarter: sign in
 * through the form, see the scorecard and its charts drawn, walk every page, and resolve an
 * exception through its form. Each page's screenshot is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  private TestServer server;
  private ChromeDriver chrome;
  private WebDriverWait wait;

  @BeforeAll
  void start() {
    chrome = Chromium.start();
    wait = new WebDriverWait(chrome, Duration.ofSeconds(20));
    server = TestServer.start();
    List<RecordEvent> batch = new ArrayList<>();
    FunnelGenerator.generate(
            TestServer.accord(),
            GeneratorSettings.of(1_500, 7, Instant.parse("2025-12-01T00:00:00Z")))
        .events()
        .forEach(event -> {
          batch.add(event);
          if (batch.size() == 2_000) {
            server.store().ingest(List.copyOf(batch), List.of(), Optional.empty());
            batch.clear();
          }
        });
    server.store().ingest(batch, List.of(), Optional.empty());
  }

  @AfterAll
  void stop() {
    if (chrome != null) {
      chrome.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void signing_in_through_the_form_opens_the_scorecard_with_its_charts_drawn() {
    chrome.get(server.uri("/").toString());
    wait.until(ExpectedConditions.urlContains("/login"));
    Chromium.screenshot(chrome, "01-sign-in");

    chrome.findElement(By.name("token")).sendKeys(server.token("priya"));
    chrome.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=tile]")));
    assertThat(chrome.findElement(By.cssSelector("[data-testid=user]")).getText())
        .isEqualTo("Signed in as Priya Shah");
    List<WebElement> tiles = chrome.findElements(By.cssSelector("[data-testid=tile]"));
    assertThat(tiles).hasSizeGreaterThanOrEqualTo(8);
    assertThat(tiles)
        .extracting(tile -> tile.getDomAttribute("data-status"))
        .containsAnyOf("green", "amber", "red");
    // ECharts draws each sparkline as an SVG inside its box, from the page's data block, under a
    // policy that runs no inline script: the charts being there proves the script ran.
    try {
      Files.writeString(java.nio.file.Path.of("target/debug-page.html"), chrome.getPageSource());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    chrome.manage().logs().get("browser").forEach(entry -> System.err.println("BROWSER " + entry));
    wait.until(driver -> !driver.findElements(By.cssSelector(".sparkline svg")).isEmpty());
    assertThat(chrome.findElements(By.cssSelector(".sparkline svg")))
        .hasSizeGreaterThanOrEqualTo(tiles.size() / 2);
    assertThat(
            chrome
                .findElement(
                    By.cssSelector(
                        "[data-testid=tile][data-kpi=mql_volume] [data-testid=tile-value]"))
                .getText())
        .matches("[0-9,]+");
    Chromium.screenshot(chrome, "02-scorecard");
  }

  @Test
  @Order(2)
  void every_page_draws_its_charts_and_tables() {
    page("/funnel", "03-funnel", ".chart svg");
    page("/scorecard/mql_volume", "04-kpi", ".chart svg");
    page("/sla", "05-sla-board", "[data-testid=compliance-row]");
    page("/accord", "06-accord", "[data-testid=stage-diagram] svg");
    page("/goals", "07-goals", "main h1");
    page("/decisions", "08-decisions", "main h1");
    page("/exceptions", "09-exceptions", "[data-testid=exception-row]");
    assertThat(Chromium.SCREENSHOTS.resolve("03-funnel.png"))
        .satisfies(file -> assertThat(Files.size(file)).isGreaterThan(10_000));
  }

  @Test
  @Order(3)
  void an_exception_is_resolved_through_its_form() throws Exception {
    QueuedException open =
        server
            .store()
            .queue(
                new QueueFilter(
                    Optional.of(dev.accord.core.queue.QueueStatus.OPEN),
                    Optional.empty(),
                    Optional.of("sdr")),
                1,
                0)
            .getFirst();
    chrome.get(server.uri("/exceptions?status=open&owner=sdr").toString());
    WebElement row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=exception-row][data-id='" + open.id() + "']")));
    WebElement form = row.findElement(By.cssSelector("[data-testid=resolve-form]"));
    row.findElement(By.xpath(".//summary[normalize-space()='Resolve']")).click();
    wait.until(ExpectedConditions.visibilityOf(form.findElement(By.name("code"))));
    form.findElement(By.name("code")).sendKeys("fixed_in_crm");
    form.findElement(By.name("note")).sendKeys("Owner set in HubSpot");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement notice =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=notice]")));
    assertThat(notice.getText()).contains("Resolved " + open.id() + " as fixed_in_crm");
    assertThat(server.store().queuedException(open.id()).orElseThrow().status().word())
        .isEqualTo("resolved");
    Chromium.screenshot(chrome, "10-exception-resolved");
  }

  private void page(String path, String screenshot, String drawn) {
    chrome.get(server.uri(path).toString());
    wait.until(driver -> !driver.findElements(By.cssSelector(drawn)).isEmpty());
    assertThat(chrome.findElement(By.tagName("h1")).getText()).isNotBlank();
    Chromium.screenshot(chrome, screenshot);
  }
}
