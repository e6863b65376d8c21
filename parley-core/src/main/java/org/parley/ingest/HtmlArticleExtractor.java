// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * Finds the article in a news page: its body paragraphs in reading order, plus title, date, URL, site, byline
 * and language (see {@link PageMetadata}).
 *
 * <p>How the body is found, in the manner of Readability and trafilatura: page furniture is removed by element
 * (navigation, asides, forms, figures and captions) and by boilerplate words in class and id names (share,
 * related, comments, cookie, ad, newsletter, ...), unless the element holds most of the page's prose. Every
 * paragraph then votes for its parent and grandparent with a score for its length and commas; the votes are
 * discounted by link density. The best container and those of its siblings that read like prose form the
 * article, which is walked in reading order into blocks; link lists, short link-heavy blocks and
 * boilerplate lines are dropped. No rule names a site.
 */
public final class HtmlArticleExtractor {
  /**
   * Markup that broken pages leave as text: an unclosed raw-text element (iframe, textarea, foreign SVG
   * content, CDATA) turns the rest of the page into characters, tags and all. Article prose does not contain
   * tag-shaped runs, so they are dropped from the body.
   */
  private static final Pattern MARKUP_RESIDUE = Pattern.compile(
      "<!--.*?(?:-->|$)|<!\\[CDATA\\[|\\]\\]>|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]{0,2000})?/?>", Pattern.DOTALL);

  static String withoutMarkupResidue(String text) {
    if (text.indexOf('<') < 0 && text.indexOf(']') < 0) {
      return text;
    }
    String cleaned = MARKUP_RESIDUE.matcher(text).replaceAll(" ");
    return cleaned.replaceAll("[ \\t]{2,}", " ").replaceAll(" *\n *", "\n").strip();
  }

  /** What was found in a page. Fields other than {@code text} may be null. */
  public record Extracted(String text, String title, LocalDate published, String url, String siteName,
                          String byline, String language) {}

  private static final String FURNITURE =
      "script, style, noscript, template, nav, footer, aside, figure, figcaption, picture, iframe, svg, canvas, "
          + "object, embed, video, audio, button, select, textarea, input, label, dialog, menu, map, "
          + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
          + "[role=alert], [role=search], [aria-hidden=true], [hidden], [itemprop=author], [rel=author]";

  /** Class/id words (see {@code page-class-words.tsv}), matched as whole segments of a class or id name. */
  private static final Map<String, List<String>> CLASS_WORDS = classWords();
  private static final Pattern NEGATIVE = wordPattern("furniture", "strong-furniture");
  /** Furniture words that never name the article's own wrapper, however much text the element holds. */
  private static final Pattern STRONG_NEGATIVE = wordPattern("strong-furniture");
  private static final Pattern POSITIVE = wordPattern("content");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr",
      "td", "th", "header", "footer", "center", "address", "hr", "br", "form", "fieldset", "details", "summary",
      "figure");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "center",
      "form", "blockquote");
  /** Short lines that are page furniture whatever the markup. */
  private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^\\W*(?:advertisement|advert|sponsored|"
      + "story continues below|article continues below|continue reading|read more|read next|more:|related:|"
      + "see also|also read|recommended|related (?:\\w+ )?(?:stories|articles|roundup|coverage|content|links|posts|reading|topics)|"
      + "tell us what you think|share|share this|share this (?:article|story)|tweet|email|print|"
      + "comments?|subscribe|sign up|follow us|click here|skip (?:to )?(?:main )?content|menu|close|"
      + "photo|image|getty images|ap photo|reuters|file photo|listen to (?:this )?(?:article|story)|"
      + "like this (?:story|article)|\\d+ min(?:ute)?s? read|loading|please enable javascript|copyright|all rights reserved)\\b.{0,60}$");
  private static final Pattern CLICK_HERE = Pattern.compile("(?i)\\bclick here\\b");
  private static final Pattern SHORTCODE = Pattern.compile("\\[/[a-z_]+\\]");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(?:©|\\(c\\)|copyright)\\s.*");

  /** A page nested deeper than the limit: refused, since only hostile pages nest so deep. */
  public static final class TooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeepException(int limit) {
      super("refused: elements nested deeper than " + limit + " levels (nesting limit)", null, false, false);
    }
  }

  private final int maxDepth;

  public HtmlArticleExtractor() {
    this(InputLimits.DEFAULT.maxDepth());
  }

  /** @param maxDepth deepest element nesting read; deeper pages are refused with {@link TooDeepException} */
  public HtmlArticleExtractor(int maxDepth) {
    if (maxDepth <= 0) {
      throw new IllegalArgumentException("maxDepth must be positive, got " + maxDepth);
    }
    this.maxDepth = maxDepth;
  }

  /**
   * Extracts the article of {@code html}.
   *
   * @throws TooDeepException when elements nest deeper than the limit
   */
  public Extracted extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    checkDepth(doc);
    PageMetadata meta = PageMetadata.read(doc, baseUrl);
    clean(doc);
    Element body = doc.body();
    List<String> paragraphs = new ArrayList<>();
    if (body != null) {
      List<Element> parts = articleParts(body);
      for (Element part : parts) {
        collect(part, paragraphs);
      }
      paragraphs = tidy(paragraphs, meta.title());
    }
    String text = withoutMarkupResidue(String.join("\n\n", paragraphs));
    return new Extracted(text, meta.title(), meta.published() != null ? meta.published()
        : Datelines.find(head(text)).orElse(null), meta.url(), meta.siteName(), meta.byline(), meta.language());
  }

  private static String head(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }

  private void checkDepth(Document doc) {
    Map<Element, Integer> depth = new IdentityHashMap<>();
    for (Element e : doc.getAllElements()) {
      Element parent = e.parent();
      int d = parent == null ? 0 : depth.getOrDefault(parent, 0) + 1;
      if (d > maxDepth) {
        throw new TooDeepException(maxDepth);
      }
      depth.put(e, d);
    }
  }

  private static Map<String, List<String>> classWords() {
    Map<String, List<String>> out = new HashMap<>();
    for (DataFile.Row row : DataFile.bundled(HtmlArticleExtractor.class, "page-class-words.tsv", Header.COLUMN_NAMES)) {
      if (row.size() != 2 || !Set.of("furniture", "strong-furniture", "content").contains(row.text(1))) {
        throw new IllegalStateException(row.where() + ": expected a word and furniture, strong-furniture or content");
      }
      out.computeIfAbsent(row.text(1), k -> new ArrayList<>()).add(Pattern.quote(row.text(0)));
    }
    return out;
  }

  private static Pattern wordPattern(String... kinds) {
    List<String> words = new ArrayList<>();
    for (String k : kinds) {
      words.addAll(CLASS_WORDS.getOrDefault(k, List.of()));
    }
    return Pattern.compile("(?i)(?:^|[-_ ])(?:" + String.join("|", words) + ")(?:[-_ ]|$)");
  }

  // ---- cleaning ------------------------------------------------------------------------------------------

  private static void clean(Document doc) {
    doc.select(FURNITURE).remove();
    doc.select("[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]").remove();
    Element body = doc.body();
    if (body == null) {
      return;
    }
    Map<Element, Integer> prose = proseLengths(body);
    int total = prose.getOrDefault(body, 0);
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String names = names(e);
      boolean header = e.normalName().equals("header");
      if (!header && (names.isEmpty() || !NEGATIVE.matcher(names).find())) {
        continue;
      }
      // Embedded posts (a blockquote in a social-media wrapper) are quoted content, not furniture.
      if (!header && e.selectFirst("blockquote") != null) {
        continue;
      }
      // An element named like furniture that holds much of the prose is the page's wrapper, not furniture;
      // for the strong words (comments, related, share, ...) only if it also holds the page's headline.
      int len = prose.getOrDefault(e, 0);
      boolean strong = !header && STRONG_NEGATIVE.matcher(names).find();
      if (len > 0.2 * total && len > 400 && (!strong || holdsArticle(e))) {
        continue;
      }
      if (!header && POSITIVE.matcher(names).find() && len > 0.1 * total && len > 200) {
        continue;
      }
      // A long paragraph is prose whatever its class says ("title", "label", "meta"), unless it is a comment,
      // a share box or the like.
      if (!strong && e.normalName().equals("p") && len >= 120) {
        continue;
      }
      drop.add(e);
    }
    for (Element e : drop) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  /** Class and id, with camelCase split into words ("imageEmbedCaption" reads as "image Embed Caption"). */
  private static String names(Element e) {
    String names = (e.className() + " " + e.id()).strip();
    return names.isEmpty() ? names : CAMEL.matcher(names).replaceAll("$1 $2");
  }

  private static boolean holdsArticle(Element e) {
    return e.selectFirst("h1, article, main, [itemprop=articleBody]") != null;
  }

  /**
   * Length of prose in each element: paragraphs and runs of text of some length, counted bottom-up once, so
   * the measure of how much of the article an element holds costs one pass.
   */
  private static Map<Element, Integer> proseLengths(Element root) {
    Map<Element, Integer> out = new IdentityHashMap<>();
    List<Element> all = root.getAllElements();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int n;
      if (e.normalName().equals("p")) {
        int len = e.text().length();
        n = len >= 60 ? len : 0;
      } else {
        n = 0;
        for (Element c : e.children()) {
          n += out.getOrDefault(c, 0);
        }
        for (Node c : e.childNodes()) {
          if (c instanceof TextNode t) {
            int len = t.text().strip().length();
            if (len >= 60) {
              n += len;
            }
          }
        }
      }
      out.put(e, n);
    }
    return out;
  }

  // ---- choosing the article ------------------------------------------------------------------------------

  private static List<Element> articleParts(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Stats stats = new Stats(body);
    Map<Element, Integer> prose = proseLengths(body);
    for (Element p : body.select("p, pre, td, blockquote, div, section, li")) {
      String name = p.normalName();
      String text;
      if (name.equals("p") || name.equals("pre")) {
        text = p.text();
      } else {
        // Containers vote only for text written directly in them (sites that write paragraphs as <div>s or <br>s).
        text = ownText(p);
      }
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      score *= 1 - stats.linkDensity(p);
      Element parent = name.equals("p") || name.equals("pre") ? p.parent() : p;
      double share = 1;
      for (int level = 0; parent != null && level < 3; level++) {
        scores.merge(parent, score * share, Double::sum);
        share = level == 0 ? 0.5 : share / (level + 1.5);
        parent = parent.parent();
      }
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      Element e = en.getKey();
      if (!CONTAINERS.contains(e.normalName()) && !e.normalName().equals("p")) {
        continue;
      }
      double s = (en.getValue() + classWeight(e)) * (1 - stats.linkDensity(e));
      if (s > 0) {
        ranked.add(Map.entry(e, s));
      }
    }
    if (ranked.isEmpty()) {
      return List.of(body);
    }
    ranked.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
    Element best = ranked.get(0).getKey();
    double bestScore = ranked.get(0).getValue();
    // An article cut into chunks (by ads, pull quotes) has several near-best containers: their common ancestor
    // is the article.
    List<Element> rivals = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (ranked.get(i).getValue() >= bestScore * 0.75 && !ranked.get(i).getKey().parents().contains(best)
          && !best.parents().contains(ranked.get(i).getKey())) {
        rivals.add(ranked.get(i).getKey());
      }
    }
    if (!rivals.isEmpty()) {
      for (Element ancestor = best.parent(); ancestor != null && ancestor != body.parent(); ancestor = ancestor.parent()) {
        int holds = 0;
        for (Element r : rivals) {
          if (r.parents().contains(ancestor)) {
            holds++;
          }
        }
        if (holds >= Math.min(2, rivals.size())) {
          best = ancestor;
          break;
        }
      }
    }
    if (best.normalName().equals("p") && best.parent() != null) {
      best = best.parent();
    }
    // A container split into many similar blocks (one per paragraph group) lets its parent be the article.
    Element parent = best.parent();
    while (parent != null && parent != body.parent()) {
      Double ps = scores.get(parent);
      if (ps == null || ps < bestScore * 0.85 || prose.getOrDefault(parent, 0) > prose.getOrDefault(best, 0) * 1.6 + 200) {
        break;
      }
      best = parent;
      bestScore = Math.max(bestScore, ps);
      parent = best.parent();
    }
    List<Element> parts = new ArrayList<>();
    Element container = best.parent();
    if (container == null || best == body) {
      parts.add(best);
      return parts;
    }
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sibling : container.children()) {
      if (sibling == best) {
        parts.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
      if (s != null && s + bonus >= threshold && stats.linkDensity(sibling) < 0.25) {
        parts.add(sibling);
      } else if (sibling.normalName().equals("p") || !stats.hasBlock(sibling)) {
        String t = sibling.text();
        double ld = stats.linkDensity(sibling);
        if ((t.length() > 80 && ld < 0.25) || (t.length() > 0 && t.length() <= 80 && ld == 0 && t.matches(".*\\.\\s*$"))) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private static double classWeight(Element e) {
    double w = 0;
    String names = names(e);
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (e.normalName().equals("article") || e.normalName().equals("main") || e.attr("itemprop").equals("articleBody")) {
      w += 25;
    }
    return w;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element c && !BLOCKS.contains(c.normalName())) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  /** Text length, link-text length and block descendants of every element, counted bottom-up in one pass. */
  private static final class Stats {
    private final Map<Element, int[]> values = new IdentityHashMap<>();

    Stats(Element root) {
      List<Element> all = root.getAllElements();
      for (int i = all.size() - 1; i >= 0; i--) {
        Element e = all.get(i);
        int text = 0;
        int link = 0;
        int block = 0;
        for (Node n : e.childNodes()) {
          if (n instanceof TextNode t) {
            text += t.text().length();
          } else if (n instanceof Element c) {
            int[] v = values.get(c);
            text += v[0];
            link += v[1];
            block |= v[2] | (BLOCKS.contains(c.normalName()) && !c.normalName().equals("br") ? 1 : 0);
          }
        }
        if (e.normalName().equals("a")) {
          link = text;
        }
        values.put(e, new int[] {text, link, block});
      }
    }

    int text(Element e) {
      int[] v = values.get(e);
      return v == null ? e.text().length() : v[0];
    }

    int links(Element e) {
      int[] v = values.get(e);
      return v == null ? 0 : v[1];
    }

    boolean hasBlock(Element e) {
      int[] v = values.get(e);
      return v != null && v[2] != 0;
    }

    double linkDensity(Element e) {
      int t = text(e);
      return t == 0 ? 0 : Math.min(1.0, (double) links(e) / t);
    }
  }

  // ---- reading the article in order ----------------------------------------------------------------------

  /** One block of text in reading order and how much of it is link text. */
  private record Block(String tag, String text, int linkChars, boolean quoted) {}

  private static void collect(Element root, List<String> out) {
    List<Block> blocks = new ArrayList<>();
    Stats stats = new Stats(root);
    dropLinkLists(root, stats);
    walk(root, blocks, false, stats);
    // A block that is mostly link text is navigation or a teaser, not the article.
    for (Block b : blocks) {
      String t = b.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      double ld = (double) b.linkChars() / t.length();
      if (!b.quoted() && ld > 0.5 && (t.length() < 300 || ld > 0.8)) {
        continue;
      }
      if (b.tag().equals("h1")) {
        continue;
      }
      out.add(t);
    }
  }

  /**
   * Removes lists whose every item carries a link and whose text is largely link text: "more stories", tag
   * and topic lists that sit inside article bodies, item by item too short or too mixed to be caught alone.
   */
  private static void dropLinkLists(Element root, Stats stats) {
    List<Element> drop = new ArrayList<>();
    for (Element list : root.select("ul, ol")) {
      List<Element> items = list.children().stream().filter(c -> c.normalName().equals("li")).toList();
      if (items.size() < 3 || stats.linkDensity(list) <= 0.35 || list.parents().stream()
          .anyMatch(a -> a.normalName().equals("blockquote"))) {
        continue;
      }
      if (items.stream().allMatch(li -> stats.links(li) > 0)) {
        drop.add(list);
      }
    }
    drop.forEach(Element::remove);
  }

  private static void walk(Element e, List<Block> out, boolean quoted, Stats stats) {
    String name = e.normalName();
    quoted |= name.equals("blockquote");
    if (name.equals("li") || name.equals("tr") || name.matches("h[1-6]|pre") || (name.equals("p") && !stats.hasBlock(e))) {
      out.add(new Block(name, e.text(), stats.links(e), quoted));
      return;
    }
    StringBuilder inline = new StringBuilder();
    int[] inlineLinks = {0};
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        inline.append(t.getWholeText());
      } else if (n instanceof Element c) {
        String cn = c.normalName();
        if (cn.equals("br")) {
          if (endsWithBreak(inline)) {
            flush(inline, inlineLinks, name, quoted, out);
          } else {
            inline.append('\n');
          }
        } else if (BLOCKS.contains(cn) || stats.hasBlock(c)) {
          flush(inline, inlineLinks, name, quoted, out);
          walk(c, out, quoted, stats);
        } else {
          inline.append(c.wholeText());
          inlineLinks[0] += stats.links(c);
        }
      }
    }
    flush(inline, inlineLinks, name, quoted, out);
  }

  private static boolean endsWithBreak(StringBuilder sb) {
    for (int i = sb.length() - 1; i >= 0; i--) {
      char c = sb.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static void flush(StringBuilder inline, int[] links, String tag, boolean quoted, List<Block> out) {
    String whole = inline.toString();
    for (String para : whole.split("\n\\s*\n")) {
      String t = para.replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        out.add(new Block(tag, t, Math.min(links[0], t.length()), quoted));
      }
    }
    inline.setLength(0);
    links[0] = 0;
  }


  /** Drops boilerplate lines and a repeated headline; the scraped text of a page often ends in furniture. */
  /** Contact, follow and subscribe lines that close many articles. */
  private static final Pattern TAIL_PROMO = Pattern.compile("(?i)\\b(?:follow (?:us|him|her|them|the .{1,40}?) on|"
      + "subscribe to|sign up for|newsletters?\\b|(?:may|can) be reached at|contact (?:him|her|them|us) at|"
      + "have a (?:news )?tip|letters? to the editor|[\\w.-]+@[\\w-]+\\.[\\w.]+)");

  private static List<String> tidy(List<String> paragraphs, String title) {
    List<String> out = new ArrayList<>();
    String titleKey = title == null ? null : key(title);
    for (String p : paragraphs) {
      if (p.length() < 120 && (BOILERPLATE_LINE.matcher(p).matches() || COPYRIGHT.matcher(p).matches())) {
        continue;
      }
      // Promotion lines ("... Click here for more information.") and unrendered CMS shortcodes ("[button]").
      if ((p.length() < 200 && CLICK_HERE.matcher(p).find()) || SHORTCODE.matcher(p).find()) {
        continue;
      }
      if (titleKey != null && key(p).equals(titleKey)) {
        continue;
      }
      if (p.length() < 80 && Datelines.isBareDate(p)) {
        continue;
      }
      out.add(p);
    }
    while (out.size() > 1 && out.get(out.size() - 1).length() < 300
        && TAIL_PROMO.matcher(out.get(out.size() - 1)).find()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String key(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+", " ").strip();
  }
}
