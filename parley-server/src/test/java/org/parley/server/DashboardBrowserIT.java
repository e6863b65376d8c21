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
    if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))) {
      // one line on standard output: Maven's skip count names no reason and -q hides it
      System.out.println("DashboardBrowserIT skipped: " + (Files.isExecutable(CHROMIUM) ? "chromedriver" : "chromium")
          + " not found (" + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM) + "; apt-get install chromium chromium-driver)");
    }
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
    open("#/search", "search");
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
    // why it is a REJECT 1241: the stored trace, step by step, as `parley explain` prints it
    assertThat(driver.findElements(By.cssSelector("#detail-trace li")).stream().map(WebElement::getText).toList())
        .containsExactly("built-in predicates.tsv:163 reject/V: REJECT 120 at 'rejected'",
            "content-refines-code 'demand' REQUEST: REJECT 1241");

    // Clicking the highlighted sentence itself shows the event coded from it.
    driver.findElement(By.cssSelector("[data-events~='ev-2']")).click();
    assertThat(driver.findElement(By.id("detail")).getText()).contains("REQUEST", "demand");
    assertThat(driver.findElement(By.id("detail-trace")).getText()).contains("No trace stored");
    shot("article");
  }

  @Test
  void filtersEventsAndDrawsTheTimeline() throws Exception {
    open("#/events", "events");
    assertThat(driver.findElement(By.id("event-count")).getText()).startsWith("8 events");
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
    // the error is shown inside the page: the filters stay, with what was typed, ready to be corrected
    assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).isEqualTo("next week");
    assertThat(driver.findElement(By.id("f-type")).getAttribute("value")).isEqualTo("ASSAULT");
    shot("events-error");
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
    assertThat(board.getText()).contains("Ceasefire", "Withdrawal", "Ethiopian government", "Tigray rebels", "Kenya (mediator)");
    // Latest stances: government open on ceasefire; rebels demand both; on withdrawal two outlets disagree.
    assertThat(driver.findElements(By.cssSelector("#board .chip.current"))).hasSize(5);
    assertThat(driver.findElements(By.cssSelector("#board td.contested"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#board .history .chip.reject"))).hasSize(1);
    assertThat(driver.findElement(By.id("changes")).getText()).contains("2024-03-06 Ethiopian government on ceasefire: reject → open");
    assertThat(driver.findElement(By.id("conflicts")).getText()).contains("Example Wire", "Horn Daily",
        "The government rejected the demand for a withdrawal.");
    assertThat(driver.findElements(By.cssSelector("#conflicts .side-by-side .account"))).hasSize(2);
    assertThat(driver.findElement(By.id("board-summary")).getText()).contains("mediated by Kenya (2024-03-04 to 2024-03-06)");
    assertThat(driver.findElement(By.id("board-articles")).getText()).contains("Horn Daily: Addis Ababa signals flexibility", "original ↗")
        .doesNotContain("a-rival-0004");
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
    assertThat(driver.findElement(By.id("map-summary")).getText()).isEqualTo("4 of 8 events have coordinates");
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
  void showsWhatChangedAsAWatcherFindsItWithoutReload() throws Exception {
    open("#/", "overview");
    wait.until(d -> d.findElement(By.id("changes")).getText().startsWith("Nothing changed since the server started"));
    script("window.__sameDocument = 'yes';");
    com.fasterxml.jackson.databind.node.ObjectNode change = Json.object().put("id", "browser-change-1")
        .put("kind", "contradiction").put("rule", "contradiction *").put("detected_at", "2024-03-08T10:00:00.123Z")
        .put("summary", "contradiction: ASSAULT ETHMIL -> ETHREB reported by 2 outlets; denied by Capital Herald "
            + "<img src=x onerror=\"window.__pwned=9\">");
    // The page connects its stream on its own time: published until it shows (one id is shown once however often).
    wait.until(d -> {
      server.changes().publish(change);
      return d.findElement(By.id("changes")).getText().contains("denied by Capital Herald");
    });
    assertThat(driver.findElements(By.cssSelector("#changes li[data-id='browser-change-1']"))).hasSize(1);
    assertThat(driver.findElement(By.id("changes")).getText()).contains("2024-03-08 10:00:00Z Contradiction: contradiction:",
        "<img src=x onerror=\"window.__pwned=9\">");
    assertThat(script("return window.__sameDocument")).isEqualTo("yes");
    assertThat(script("return typeof window.__pwned")).isEqualTo("undefined");
    shot("what-changed");
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
    for (String page : List.of("#/", "#/search", "#/?q=retreat", "#/events?country=SDN", "#/quotes", "#/network", "#/map",
        "#/corroboration", "#/corroboration?contradicted=true&min_outlets=0")) {
      driver.get(server.url() + page);
      wait.until(d -> !"loading".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    }
    assertThat(driver.findElement(By.id("main")).getText()).isNotEmpty();
    assertThat(driver.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("#main script, #main img"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  private Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  @Test
  void saysInWordsWhatDidNotHappenWhatIsOnlyIntendedAndWhoseClaimItIsAndKeepsThemOutOfTheCounts() throws Exception {
    open("#/events", "events");
    WebElement table = driver.findElement(By.id("events"));
    WebElement negated = table.findElement(By.cssSelector("tr[data-polarity='negated']"));
    assertThat(negated.getText()).contains("Ethiopian government did not agree with Tigray rebels", "did not happen");
    WebElement plan = table.findElement(By.cssSelector("tr[data-modality='intended']"));
    assertThat(plan.getText()).contains("Kenya intends to meet", "intended, not yet done", "according to Kenya");
    assertThat(table.findElement(By.cssSelector("tr[data-modality='reported']")).getText()).contains("reported claim");
    // readable names, the codes in a tooltip
    assertThat(table.getText()).contains("Ceasefire", "Attack").doesNotContain("ASSAULT");
    assertThat(table.findElement(By.cssSelector(".badge.type")).getAttribute("title")).contains("CAMEO");
    // the negated AGREE is not counted as an agreement: it is stacked apart, labelled
    @SuppressWarnings("unchecked")
    List<String> series = (List<String>) script("return echarts.getInstanceByDom(document.getElementById('timeline'))"
        + ".getOption().series.map(s => s.name + '|' + s.stack)");
    assertThat(series).contains("Did not happen (negated)|apart", "Intended or hypothetical|apart", "Attack|happened")
        .noneMatch(x -> x.startsWith("Agree|"));
    assertThat(driver.findElement(By.id("timeline-note")).getText()).contains("stacked apart");
    shot("events-meaning");

    new Select(driver.findElement(By.id("f-polarity"))).selectByValue("negated");
    driver.findElement(By.id("apply")).click();
    wait.until(d -> d.findElement(By.id("event-count")).getText().startsWith("1 events"));
    new Select(driver.findElement(By.id("f-polarity"))).selectByValue("");
    new Select(driver.findElement(By.id("f-modality"))).selectByValue("intended");
    driver.findElement(By.id("apply")).click();
    wait.until(d -> d.getCurrentUrl().contains("modality=intended") && !d.getCurrentUrl().contains("polarity"));
    wait.until(d -> "events".equals(d.findElement(By.tagName("body")).getAttribute("data-page"))
        && d.findElement(By.id("event-count")).getText().startsWith("1 events"));
    assertThat(driver.findElement(By.id("events")).getText()).contains("according to Kenya");

    open("#/article/a-talks-0002", "article");
    assertThat(driver.findElement(By.id("event-list")).getText())
        .contains("Ethiopian government did not agree with Tigray rebels", "did not happen", "intended, not yet done", "according to Kenya");
    driver.findElement(By.cssSelector("#event-list li[data-event='ev-1']")).click();
    assertThat(driver.findElement(By.id("detail")).getText()).contains("did not agree", "no: the text says it did not happen");
    shot("article-meaning");
  }

  @Test
  void namesOutletTitleAndOriginalLinkAndShowsNoLocalPath() throws Exception {
    open("#/article/a-talks-0001", "article");
    assertThat(driver.findElement(By.id("article-meta")).getText()).contains("Example Wire", "2024-03-04", "original article");
    assertThat(driver.findElement(By.id("article-url")).getAttribute("href")).isEqualTo("https://news.example.org/africa/talks");
    wait.until(d -> !d.findElement(By.id("stats")).getText().isEmpty());
    String page = driver.findElement(By.tagName("body")).getText();
    assertThat(page).doesNotContain("fixtures/", ".duckdb", "browser.duckdb", tmp.toString());
    // a javascript: address is never made a link
    open("#/article/a-hostile-0003", "article");
    assertThat(driver.findElements(By.id("article-url"))).isEmpty();
    open("#/events", "events");
    String events = driver.findElement(By.id("events")).getText();
    assertThat(events).contains("Example Wire: Ethiopia and Tigray rebels resume ceasefire talks in Nairobi", "original ↗")
        .doesNotContain("a-talks-0001", "a-talks-0002");
    assertThat(driver.findElements(By.cssSelector("#events a.original"))).allSatisfy(a ->
        assertThat(a.getAttribute("href")).startsWith("https://"));
    open("#/search", "search");
    assertThat(driver.findElement(By.id("articles")).getText()).contains("Horn Daily", "Addis Ababa signals flexibility on Mekelle troops")
        .doesNotContain("a-rival-0004");
    open("#/quotes", "quotes");
    assertThat(driver.findElement(By.id("quotes")).getText()).contains("Example Wire: ").doesNotContain("a-talks-0001");
    shot("quotes-provenance");
  }

  @Test
  void exportButtonsDownloadTheFilteredEvents() throws Exception {
    open("#/events?type=ASSAULT", "events");
    wait.until(d -> d.findElement(By.id("event-count")).getText().startsWith("2 events"));
    String href = driver.findElement(By.id("export-csv")).getAttribute("href");
    assertThat(href).contains("type=ASSAULT", "format=csv");
    String csv = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e))", href);
    String[] lines = csv.split("\r?\n");
    assertThat(lines).hasSize(1 + 2);
    assertThat(lines[0]).contains("attributed_to", "quad_class", "goldstein", "date_precision", "place_precision");
    assertThat(csv).contains("Mekelle", "Kassala");
    String jsonl = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e))",
        driver.findElement(By.id("export-jsonl")).getAttribute("href"));
    assertThat(jsonl.strip().split("\n")).hasSize(2).allSatisfy(l -> assertThat(Json.parse(l).path("type").asText()).isEqualTo("ASSAULT"));
    String geojson = fetchText(driver.findElement(By.id("export-geojson")).getAttribute("href"));
    assertThat(Json.parse(geojson).path("features")).isNotEmpty().allSatisfy(
        f -> assertThat(f.path("properties").path("type").asText()).isEqualTo("ASSAULT"));
    String gdelt = fetchText(driver.findElement(By.id("export-gdelt")).getAttribute("href"));
    // Not stripped: an empty SOURCEURL ends the last row with a tab.
    assertThat(gdelt.lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));

    open("#/map?type=ASSAULT", "map");
    assertThat(driver.findElement(By.id("export-geojson")).getAttribute("href")).contains("type=ASSAULT", "format=geojson");

    open("#/board", "board");
    String board = fetchText(driver.findElement(By.id("export-board-md")).getAttribute("href"));
    assertThat(board).startsWith("## ").contains("### Rounds", "### Stance changes");
  }

  private String fetchText(String href) {
    return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e))", href);
  }

  @Test
  void theMapIsFittedToTheEventsAndColoursThemByQuadClassWithALegend() throws Exception {
    open("#/map", "map");
    assertThat(driver.findElement(By.id("map-legend")).getText()).contains("Material conflict", "Verbal cooperation",
        "Did not happen, intended or hypothetical");
    Number zoom = (Number) script("return echarts.getInstanceByDom(document.getElementById('map')).getOption().geo[0].zoom");
    assertThat(zoom.doubleValue()).isGreaterThan(2);
    // every placed event is in exactly one marker, and each marker says its place and how many events it holds
    @SuppressWarnings("unchecked")
    List<String> markers = (List<String>) script("return echarts.getInstanceByDom(document.getElementById('map'))"
        + ".getOption().series.flatMap(s => s.data.map(d => s.name + '|' + d.place + '|' + d.value[2]))");
    assertThat(markers).contains("Material conflict|Mekelle|1", "Verbal cooperation|Nairobi|1");
    assertThat(markers.stream().mapToInt(m -> Integer.parseInt(m.substring(m.lastIndexOf('|') + 1))).sum()).isEqualTo(4);
    // events of one kind at one place are one marker counting them, sized by the count
    @SuppressWarnings("unchecked")
    List<String> grouped = (List<String>) script("return clusters([{lon: 39.4753, lat: 13.4967, place_name: 'Mekelle'},"
        + "{lon: 39.4753, lat: 13.4967, place_name: 'Mekelle'}, {lon: 36.8172, lat: -1.2864, place_name: 'Nairobi'}])"
        + ".map(c => c.place + '|' + c.events.length)");
    assertThat(grouped).containsExactly("Mekelle|2", "Nairobi|1");
    Number small = (Number) script("return markerSize(1)");
    Number big = (Number) script("return markerSize(2)");
    assertThat(big.doubleValue()).isGreaterThan(small.doubleValue());
    shot("map-fitted");
  }

  @Test
  void aClickOnATimelineBarFiltersTheTable() throws Exception {
    open("#/events", "events");
    // The bar's own data item goes through the chart's click handlers: a pixel click on the canvas depends on
    // layout and animation timing, which a loaded CI machine does not keep.
    wait.until(d -> Boolean.TRUE.equals(script("const c = echarts.getInstanceByDom(document.getElementById('timeline'));"
        + "return !!c && c.getOption().series.some(s => s.name === 'Attack');")));
    script("const c = echarts.getInstanceByDom(document.getElementById('timeline'));"
        + "const s = c.getOption().series.find(x => x.name === 'Attack');"
        + "c.trigger('click', {seriesName: 'Attack', data: s.data.find(x => x.period === '2024-03')});"
        + "return null;");
    wait.until(d -> d.getCurrentUrl().contains("type=ASSAULT") && d.getCurrentUrl().contains("from=2024-03"));
    wait.until(d -> "events".equals(d.findElement(By.tagName("body")).getAttribute("data-page"))
        && d.findElement(By.id("event-count")).getText().startsWith("1 events"));
    assertThat(driver.findElement(By.id("events")).getText()).contains("Mekelle");
    shot("timeline-click");
  }

  @Test
  void theOverviewListsEachNegotiationWithItsStatusAndLastChangeCountsByKindAMapAndRecentArticles() throws Exception {
    open("#/", "overview");
    WebElement talks = driver.findElement(By.cssSelector("#overview-talks tr[data-track='eth+ethreb']"));
    assertThat(talks.getText()).contains("Ethiopian government – Tigray rebels", "mediated by Kenya",
        "Talks held in Nairobi on 2024-03-06: ended without agreement",
        "2024-03-06 Ethiopian government on ceasefire: reject → open");
    // counts by kind: what happened per quad class; the negated AGREE and the intended meeting are counted apart
    @SuppressWarnings("unchecked")
    List<String> series = (List<String>) script("return echarts.getInstanceByDom(document.getElementById('overview-activity'))"
        + ".getOption().series.map(s => s.name + '|' + s.stack + '|' + s.data.reduce((n, d) => n + d.value[1], 0))");
    assertThat(series).containsExactlyInAnyOrder("Verbal cooperation|happened|1", "Verbal conflict|happened|3",
        "Material conflict|happened|2", "Did not happen or not yet|apart|2");
    assertThat(driver.findElement(By.id("overview-map-summary")).getText()).startsWith("4 of 8 events placed");
    assertThat(driver.findElements(By.cssSelector("#overview-map canvas"))).isNotEmpty();
    // placed: the Nairobi meeting (verbal cooperation), two attacks (material conflict) and the agreement that did
    // not happen, hollow and grey; the legend names only the kinds on the map
    assertThat(driver.findElement(By.id("overview-map-legend")).getText())
        .contains("Verbal cooperation", "Material conflict", "Did not happen or not yet")
        .doesNotContain("Verbal conflict", "Material cooperation");
    assertThat(driver.findElement(By.id("recent-articles")).getText())
        .contains("Horn Daily: Addis Ababa signals flexibility on Mekelle troops").doesNotContain("a-rival-0004");
    shot("overview");
    // the status leads to the sentence that reports the round
    talks.findElement(By.cssSelector("td.talks-status a.source")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(
        "Ethiopia and Tigray rebels end ceasefire talks in Nairobi without deal");
    assertThat(String.join("", driver.findElements(By.cssSelector(".hl-mark")).stream().map(WebElement::getText).toList()))
        .contains("ended in Nairobi on Wednesday without an agreement");
    // and a recent article's title opens it
    open("#/", "overview");
    driver.findElement(By.linkText("Addis Ababa signals flexibility on Mekelle troops")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("Addis Ababa signals flexibility on Mekelle troops");
  }

  @Test
  void theBoardsTimelineShowsRoundsStanceChangesAndMediatorsInDateOrderEachLinkedToItsSentence() throws Exception {
    open("#/board", "board");
    WebElement axis = driver.findElement(By.id("board-timeline"));
    List<String> days = axis.findElements(By.cssSelector("li.day")).stream().map(WebElement::getText).toList();
    assertThat(days).contains("2024-03-04", "2024-03-06").isSorted();
    WebElement first = axis.findElement(By.cssSelector("li[data-kind='round'][data-date='2024-03-04']"));
    assertThat(first.getText()).contains("Second round held in Nairobi on 2024-03-04", "sentence (Example Wire)");
    assertThat(axis.findElement(By.cssSelector("li[data-kind='round'][data-date='2024-03-06']")).getText())
        .contains("ended without agreement");
    assertThat(axis.findElement(By.cssSelector("li[data-kind='change'][data-date='2024-03-06']")).getText())
        .contains("Ethiopian government on ceasefire: reject → open");
    assertThat(axis.findElement(By.cssSelector("li[data-kind='mediator']")).getText())
        .contains("Kenya reported mediating", "last on 2024-03-06");
    shot("board-timeline");
    first.findElement(By.cssSelector("a.source")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(String.join("", driver.findElements(By.cssSelector(".hl-mark")).stream().map(WebElement::getText).toList()))
        .contains("Envoys of the Ethiopian government and the Tigray rebels met in Nairobi");
    // the mediator's link: no round or stance sentence of its articles names Kenya, so where its article names it
    open("#/board", "board");
    driver.findElement(By.cssSelector("#board-timeline li[data-kind='mediator'] a.source")).click();
    wait.until(d -> "article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(
        "Ethiopia and Tigray rebels resume ceasefire talks in Nairobi");
    assertThat(String.join("", driver.findElements(By.cssSelector(".hl-mark")).stream().map(WebElement::getText).toList()))
        .isEqualTo("Kenya");
  }
}
