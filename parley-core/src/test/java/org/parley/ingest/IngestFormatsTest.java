// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;

/** Feeds, WARC files, character sets and hostile inputs, read end to end into articles. */
class IngestFormatsTest {
  @TempDir
  Path dir;

  private final CollectedInput sink = new CollectedInput();
  private final List<RawDocument> docs = sink.docs;
  private final List<InputProblem> problems = sink.problems;
  private final List<InputProblem> notes = sink.notes;
  private final InputReader reader = new InputReader(InputLimits.DEFAULT);

  private List<Article> articles() {
    ArticleMaker maker = new ArticleMaker();
    return docs.stream().map(d -> maker.make(d, sink).orElseThrow()).toList();
  }

  private Path copyFixture(String name) throws IOException {
    return Files.writeString(dir.resolve(name), HtmlArticleExtractorTest.fixture(name));
  }

  // ---- feeds ---------------------------------------------------------------------------------------------

  @Test
  void readsEachOfThreeRssItemsAsAnArticleWithLinkTitleAndDate() throws IOException {
    Path feed = copyFixture("feed-rss.xml");
    reader.read(feed.toString(), sink);
    assertThat(problems).isEmpty();
    List<Article> items = articles();
    assertThat(items).hasSize(3);
    assertThat(items).extracting(Article::title).containsExactly("Envoys agree to a second round of talks",
        "Aid convoy reaches the river valley", "Parliament debates the truce");
    assertThat(items).extracting(Article::published).containsExactly(LocalDate.of(2024, 3, 18),
        LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 20));
    assertThat(items.get(0).url()).isEqualTo("https://ledger.example/world/envoys-second-round");
    // content:encoded wins over the one-line description.
    assertThat(items.get(0).text()).startsWith("Envoys from Veloria").contains("\n\nThe two sides did not sign");
    assertThat(items.get(1).text()).isEqualTo("A convoy of twelve trucks carrying food and medicine reached the "
        + "river valley on Tuesday, the relief agency said, the first to arrive since January.");
    assertThat(items).extracting(Article::origin).containsExactly(feed + "#1", feed + "#2", feed + "#3");
  }

  @Test
  void readsAtomEntriesWithAlternateLinks() throws IOException {
    reader.read(copyFixture("feed-atom.atom").toString(), sink);
    List<Article> entries = articles();
    assertThat(entries).extracting(Article::url).containsExactly("https://wire.example/port-strike-ends",
        "https://wire.example/ferry-services-resume");
    assertThat(entries.get(0).text()).startsWith("Dock workers ended a nine-day strike");
    assertThat(entries.get(1).published()).isEqualTo(LocalDate.of(2024, 5, 2));
  }

  @Test
  void sniffsAFeedSavedWithAPageNameAndRefusesXmlThatIsNoFeed() throws IOException {
    Path saved = Files.writeString(dir.resolve("latest.html"), HtmlArticleExtractorTest.fixture("feed-rss.xml"));
    Path sitemap = Files.writeString(dir.resolve("sitemap.xml"),
        "<?xml version=\"1.0\"?><urlset><url><loc>https://news.example/a</loc></url></urlset>");
    reader.read(saved.toString(), sink);
    reader.read(sitemap.toString(), sink);
    assertThat(docs).hasSize(3);
    assertThat(problems).extracting(InputProblem::line).containsExactly(sitemap + ": not an RSS or Atom feed");
  }

  // ---- character sets ------------------------------------------------------------------------------------

  @Test
  void decodesAWindows1251PageThatDeclaresNoCharset() throws IOException {
    String body = "Переговоры между делегациями возобновились в понедельник в Стамбуле, сообщили источники. "
        + "Стороны обсудили обмен пленными и прекращение огня на линии фронта, заявил представитель министерства.";
    String page = "<html><head><title>Переговоры</title></head><body><p>" + body + "</p></body></html>";
    Path f = Files.write(dir.resolve("ru.html"), page.getBytes(Charset.forName("windows-1251")));
    reader.read(f.toString(), sink);
    assertThat(articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(body));
  }

  @Test
  void decodesWindows1252AndLatin2PagesWithoutMojibake() throws IOException {
    String french = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
        + "<body><p>Le ministre a déclaré « nous sommes prêts » après la réunion à Genève.</p></body></html>";
    String polish = "<html><head><meta charset=\"iso-8859-2\"></head>"
        + "<body><p>Rozmowy w Łodzi zakończyły się porozumieniem w sprawie wymiany jeńców.</p></body></html>";
    reader.read(Files.write(dir.resolve("fr.html"), french.getBytes(Charset.forName("windows-1252"))).toString(), sink);
    reader.read(Files.write(dir.resolve("pl.html"), polish.getBytes(Charset.forName("ISO-8859-2"))).toString(), sink);
    assertThat(docs).extracting(RawDocument::content).satisfiesExactly(
        fr -> assertThat(fr).contains("déclaré « nous sommes prêts »"),
        pl -> assertThat(pl).contains("Rozmowy w Łodzi zakończyły się porozumieniem"));
  }

  // ---- WARC ----------------------------------------------------------------------------------------------

  private static final String PAGE = "<html><head><title>%s</title></head><body><article><h1>%s</h1>"
      + "<p>Negotiators met in the border town on %s to discuss a prisoner exchange, according to two people "
      + "familiar with the talks.</p><p>Officials said the talks would resume next week, after both delegations "
      + "consult their capitals about the ceasefire terms.</p></article></body></html>";

  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
        + ">\r\nWARC-Date: 2023-05-02T10:00:00Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] response(String uri, String mediaType, byte[] body) {
    return response(uri, mediaType, "", body);
  }

  private static byte[] response(String uri, String mediaType, String extraHeaders, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + mediaType + "\r\n" + extraHeaders + "Content-Length: "
        + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] block = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, block, head.length, body.length);
    return record("response", uri, "application/http; msgtype=response", block);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static List<byte[]> crawl() {
    return List.of(
        record("warcinfo", null, "application/warc-fields", "software: parley-test\r\n".getBytes(StandardCharsets.US_ASCII)),
        record("request", "https://news.example/talks", "application/http; msgtype=request",
            "GET /talks HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
        response("https://news.example/talks", "text/html; charset=utf-8",
            String.format(PAGE, "Talks in the border town", "Talks in the border town", "Monday")
                .getBytes(StandardCharsets.UTF_8)),
        response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}),
        response("https://news.example/ru", "text/html; charset=windows-1251",
            ("<html><body><p>Делегации встретились в пограничном городе во вторник, чтобы обсудить обмен "
                + "пленными, сообщили два источника.</p></body></html>").getBytes(Charset.forName("windows-1251"))));
  }

  @Test
  void readsHtmlResponsesOfAWarcWithTargetUriAndCaptureDateAndCountsTheOtherRecords() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    crawl().forEach(warc::writeBytes);
    Path f = Files.write(dir.resolve("crawl.warc"), warc.toByteArray());
    reader.read(f.toString(), sink);
    assertThat(problems).isEmpty();
    List<Article> pages = articles();
    assertThat(pages).extracting(Article::url).containsExactly("https://news.example/talks", "https://news.example/ru");
    assertThat(pages.get(0).title()).isEqualTo("Talks in the border town");
    assertThat(pages.get(0).published()).isEqualTo(LocalDate.of(2023, 5, 2));
    assertThat(pages.get(0).origin()).matches(java.util.regex.Pattern.quote(f.toString()) + "@\\d+");
    // The HTTP header's charset decodes a page that declares none in its markup.
    assertThat(pages.get(1).text()).startsWith("Делегации встретились в пограничном городе во вторник");
    assertThat(notes).extracting(InputProblem::reason)
        .containsExactly("skipped 3 WARC record(s) that are not HTML responses");
  }

  @Test
  void keepsTheRecordsBeforeATruncatedWarcGzRecordAndNamesItsOffset() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    for (byte[] r : crawl()) {
      offsets.add((long) warc.size());
      warc.writeBytes(gzip(r));
    }
    byte[] whole = warc.toByteArray();
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 40));
    Path next = Files.writeString(dir.resolve("next.txt"), "Troops withdrew from the town on Friday, officials said.");
    reader.read(cut.toString(), sink);
    reader.read(next.toString(), sink);
    assertThat(docs).extracting(RawDocument::url).containsExactly("https://news.example/talks", null);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo(cut + "@" + offsets.get(4));
      assertThat(p.reason()).containsAnyOf("truncated", "corrupt", "unreadable");
    });
  }

  @Test
  void resumesAfterACorruptGzipMemberKeepingTheRecordsOnBothSidesAndNamesTheDamagedOffset() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      offsets.add((long) warc.size());
      warc.writeBytes(gzip(response("https://news.example/day" + i, "text/html; charset=utf-8",
          String.format(PAGE, "Day " + i + " of the talks", "Day " + i + " of the talks", "day " + i)
              .getBytes(StandardCharsets.UTF_8))));
    }
    byte[] bytes = warc.toByteArray();
    // Overwrite the middle of member 2's deflate data: its header stays, its body cannot be inflated.
    long mid = (offsets.get(1) + offsets.get(2)) / 2;
    for (int i = 0; i < 12; i++) {
      bytes[(int) mid + i] = (byte) 0xA5;
    }
    Path f = Files.write(dir.resolve("damaged.warc.gz"), bytes);
    reader.read(f.toString(), sink);
    assertThat(docs).extracting(RawDocument::url)
        .containsExactly("https://news.example/day1", "https://news.example/day3", "https://news.example/day4");
    assertThat(docs.get(1).origin()).isEqualTo(f + "@" + offsets.get(2));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo(f + "@" + offsets.get(1));
      assertThat(p.reason()).contains("resumes at byte " + offsets.get(2));
    });
  }

  @Test
  void skipsOneUndecodableResponseAndReadsTheNextPageOfTheWarc() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(response("https://news.example/packed", "text/html", "Content-Encoding: compress\r\n",
        new byte[] {31, (byte) 157, 90, 1, 2, 3}));
    warc.writeBytes(crawl().get(2));
    Path f = Files.write(dir.resolve("mixed.warc"), warc.toByteArray());
    reader.read(f.toString(), sink);
    assertThat(docs).extracting(RawDocument::url).containsExactly("https://news.example/talks");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo(f + "@0");
      assertThat(p.reason()).contains("Content-Encoding not supported: compress");
    });
  }

  @Test
  void refusesAWarcWhoseRecordsDeclareFarMoreThanTheFileCanHold() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    byte[] block = new byte[8 * 1024 * 1024];
    bomb.writeBytes(gzip(record("resource", "urn:x", "application/octet-stream", block)));
    Path f = Files.write(dir.resolve("bomb.warc.gz"), bomb.toByteArray());
    new InputReader(new InputLimits(1024 * 1024, 20, 1000, 1000)).read(f.toString(), sink);
    assertThat(docs).isEmpty();
    assertThat(problems).singleElement().satisfies(p ->
        assertThat(p.reason()).startsWith("refused: records declare").contains("decompression bomb"));
  }

  // ---- hostile pages -------------------------------------------------------------------------------------

  @Test
  void refusesAGzipBombPageAndAHundredThousandDeepPageButReadsTheRestOfTheBatch() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 16; i++) {
        gz.write(spaces);
      }
    }
    Path bomb = Files.write(dir.resolve("bomb.html.gz"), bytes.toByteArray());
    Path deep = Files.writeString(dir.resolve("deep.html"),
        "<html><body>" + "<div>".repeat(100_000) + "<p>Deep.</p>" + "</div>".repeat(100_000) + "</body></html>");
    Path good = Files.writeString(dir.resolve("good.html"), HtmlArticleExtractorTest.fixture("news-page.html"));
    for (Path p : List.of(bomb, deep, good)) {
      reader.read(p.toString(), sink);
    }
    ArticleMaker maker = new ArticleMaker();
    List<Article> read = docs.stream().flatMap(d -> maker.make(d, sink).stream()).toList();
    assertThat(read).extracting(Article::title).containsExactly("Border talks resume after prisoner swap");
    assertThat(problems).extracting(InputProblem::origin).containsExactly(bomb.toString(), deep.toString());
    assertThat(problems.get(0).reason()).startsWith("refused: gzip expands beyond");
    assertThat(problems.get(1).reason()).contains("nested deeper than 1000 levels");
  }
}
