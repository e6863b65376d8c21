// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.store.DbSpec;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them; skipped
 * when absent) on the fixture articles: filters, article evidence, the board, and an article full of markup
 * that must run nothing. Screenshots of each page go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path tmp;

  private JdbcStore store;
  private ParleyServer server;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromedriver not installed (apt-get install chromium chromium-driver): browser tests skipped");
    store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("browser.duckdb")));
    Fixtures.all().forEach(store::put);
    server = ParleyServer.start(store, null, new ParleyServer.Options("127.0.0.1", 0, null, 1 << 20));
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + tmp.resolve("chrome-profile"));
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void blankPage() {
    driver.get("about:blank");
  }

  private void open(String hash, String page) {
    driver.get(server.url() + hash);
    wait.until(d -> page.equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
  }

  private void shot(String name) throws Exception {
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchesThenOpensAnArticleAndClicksAnEventToItsEvidence() throws Exception {
    open("#/", "search");
    driver.findElement(By.id("q")).sendKeys("withdrawal");
    driver.findElement(By.cssSelector("form.filters button")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#article-hits li a")).isEmpty());
    shot("search");
    driver.findElement(By.cssSelector("#article-hits li a")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(
        "Ethiopia and Tigray rebels resume ceasefire talks in Nairobi");
    assertThat(driver.findElements(By.cssSelector(".hl-actor"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".hl-quote"))).isNotEmpty();

    driver.findElement(By.cssSelector("#event-list li[data-event='ev-3']")).click();
    List<WebElement> active = driver.findElements(By.cssSelector(".hl-active"));
    assertThat(active).isNotEmpty();
    assertThat(String.join("", active.stream().map(WebElement::getText).toList()))
        .isEqualTo("The government rejected the demand for a withdrawal.");
    assertThat(driver.findElement(By.id("detail")).getText()).contains("REJECT", "Ethiopian government", "1241");

    // Clicking the highlighted sentence itself shows the event coded from it.
    driver.findElement(By.cssSelector("[data-events~='ev-2']")).click();
    assertThat(driver.findElement(By.id("detail")).getText()).contains("REQUEST", "demand");
    shot("article");
  }

  @Test
  void filtersEventsAndDrawsTheTimeline() throws Exception {
    open("#/events", "events");
    assertThat(driver.findElement(By.id("event-count")).getText()).startsWith("7 events");
    new Select(driver.findElement(By.id("f-type"))).selectByValue("ASSAULT");
    driver.findElement(By.id("apply")).click();
    wait.until(d -> d.findElement(By.id("event-count")).getText().startsWith("2 events"));
    driver.findElement(By.id("f-country")).sendKeys("ETH");
    driver.findElement(By.id("apply")).click();
    wait.until(d -> d.findElement(By.id("event-count")).getText().startsWith("1 events"));
    assertThat(driver.findElement(By.id("events")).getText()).contains("Mekelle");
    assertThat(driver.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
    driver.findElement(By.id("f-from")).sendKeys("next week");
    driver.findElement(By.id("apply")).click();
    wait.until(d -> !d.findElements(By.id("error")).isEmpty());
    assertThat(driver.findElement(By.id("error")).getText()).contains("from must be an ISO date");
    open("#/events", "events");
    shot("events");
    driver.findElement(By.cssSelector("#events a.evidence-link")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(driver.findElements(By.cssSelector(".hl-active"))).isNotEmpty();
  }

  @Test
  void showsTheTrackersBoardWithChangesAndContradictionsAsOfADateAndLeadsFromAStanceToItsEvidence() throws Exception {
    open("#/board", "board");
    WebElement board = driver.findElement(By.id("board"));
    assertThat(board.getText()).contains("ceasefire", "withdrawal", "Ethiopian government", "Tigray rebels", "Kenya (mediator)");
    // Latest stances: government open on ceasefire; rebels demand both; on withdrawal two outlets disagree.
    assertThat(driver.findElements(By.cssSelector("#board .chip.current"))).hasSize(5);
    assertThat(driver.findElements(By.cssSelector("#board td.contested"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#board .history .chip.reject"))).hasSize(1);
    assertThat(driver.findElement(By.id("changes")).getText()).contains("2024-03-06 Ethiopian government on ceasefire: reject → open");
    assertThat(driver.findElement(By.id("conflicts")).getText()).contains("Example Wire", "Horn Daily",
        "The government rejected the demand for a withdrawal.");
    assertThat(driver.findElements(By.cssSelector("#conflicts .side-by-side .account"))).hasSize(2);
    assertThat(driver.findElement(By.id("board-summary")).getText()).contains("mediated by Kenya (2024-03-04 to 2024-03-06)");
    shot("board");
    driver.executeScript("arguments[0].value = '2024-03-04'", driver.findElement(By.id("as-of")));
    driver.findElement(By.id("board-apply")).click();
    wait.until(d -> d.getCurrentUrl().contains("as_of=2024-03-04"));
    wait.until(d -> "board".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(driver.findElement(By.id("changes")).getText()).doesNotContain("reject → open");
    assertThat(driver.findElements(By.cssSelector("#rounds li"))).hasSize(1);
    driver.findElement(By.cssSelector("#board .chip.reject")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(String.join("", driver.findElements(By.cssSelector(".hl-mark")).stream().map(WebElement::getText).toList()))
        .isEqualTo("The government also dismissed calls for an immediate truce.");
  }

  @Test
  void drawsTheNetworkTheMapAndTheQuotes() throws Exception {
    open("#/network", "network");
    assertThat(driver.findElement(By.id("network-summary")).getText()).startsWith("4 actors");
    assertThat(driver.findElements(By.cssSelector("#network canvas"))).isNotEmpty();
    shot("network");
    open("#/map", "map");
    assertThat(driver.findElement(By.id("map-summary")).getText()).isEqualTo("4 of 7 events have coordinates");
    assertThat(driver.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
    shot("map");
    open("#/quotes?speaker=Kenya", "quotes");
    assertThat(driver.findElement(By.id("quotes")).getText()).contains("“The door remains open,”");
    shot("quotes");
    // reported speech is shown as the outlet's paraphrase, never in quotation marks
    open("#/article/a-rival-0004", "article");
    assertThat(driver.findElement(By.id("quote-list")).getText())
        .startsWith("reported: The Ethiopian government is ready to discuss").doesNotContain("“");
  }

  @Test
  void showsMarkupInAnArticleAndRunsNoneOfIt() throws Exception {
    open("#/article/a-hostile-0003", "article");
    String text = driver.findElement(By.id("article-text")).getText();
    assertThat(text).contains("<script>window.__pwned = 1;</script>", "<img src=x onerror=\"window.__pwned = 2\">");
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("<script>window.__pwned = 4;</script>Clashes near the border");
    driver.findElement(By.cssSelector("#event-list li")).click();
    assertThat(driver.findElement(By.id("detail")).getText()).contains("Kassala <script>window.__pwned=8</script>");
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".hl-quote"))).perform();
    shot("hostile-article");
    for (String page : List.of("#/", "#/?q=retreat", "#/events?country=SDN", "#/quotes", "#/network", "#/map")) {
      driver.get(server.url() + page);
      wait.until(d -> !"loading".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    }
    assertThat(driver.findElement(By.id("main")).getText()).isNotEmpty();
    assertThat(driver.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("#main script, #main img"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }
}
