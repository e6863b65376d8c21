// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bits of Python semantics the referee scripts rely on, so the Java port prints the same figures:
 * truthiness of JSON values, {@code norm}, {@code round} and {@code %.Nf} (both round the exact binary value
 * half to even), and {@code str} of a rounded float.
 */
final class Py {
  private static final Map<Character, String> QUOTES = Map.of(
      '\u201c', "\"", '\u201d', "\"", '\u201e', "\"", '\u2018', "'", '\u2019', "'", '\u2013', "-", '\u2014', "-",
      '\u00a0', " ");
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Py() {}

  /** score.py's {@code norm}: straight quotes and dashes, folded white space, lower case; null gives "". */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      String r = QUOTES.get(s.charAt(i));
      if (r != null) {
        b.append(r);
      } else {
        b.append(s.charAt(i));
      }
    }
    return SPACE.matcher(b).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** {@code s.split()}: fields between runs of white space, none for a blank line. */
  static String[] split(String s) {
    List<String> out = new ArrayList<>();
    for (String f : SPACE.split(s)) {
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out.toArray(new String[0]);
  }

  /** {@code re.findall(r"\w+", s)}. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The member, or null when missing or JSON null (Python's {@code d.get(key)}). */
  static JsonNode get(JsonNode node, String key) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** The member as text, or null when missing, null or not a string. */
  static String str(JsonNode node, String key) {
    JsonNode v = get(node, key);
    return v == null ? null : v.isTextual() ? v.asText() : v.toString();
  }

  /** {@code d.get(key) or fallback}: a missing, null or empty value gives the fallback. */
  static String strOr(JsonNode node, String key, String fallback) {
    String s = str(node, key);
    return s == null || s.isEmpty() ? fallback : s;
  }

  /** Python truthiness of a JSON value. */
  static boolean truthy(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isTextual()) {
      return !v.asText().isEmpty();
    }
    if (v.isContainerNode()) {
      return v.size() > 0;
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.asDouble() != 0;
    }
    return true;
  }

  /** score.py's {@code as_list}: null gives an empty list, a list its items, anything else itself alone. */
  static List<JsonNode> asList(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(out::add);
    } else {
      out.add(v);
    }
    return out;
  }

  /** Items of a JSON array, or none. */
  static List<JsonNode> items(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  /** Python's JSON value as a comparable Java value: text for strings, null for null, else its JSON text. */
  static String value(JsonNode v) {
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  /** {@code "%.Nf" % x}. */
  static String fixed(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code str(round(x, 3))}. */
  static String round3(double x) {
    double r = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    return Double.toString(r);
  }

  /** {@code str(round(a / b, 3)) if b else None}. */
  static String ratio3(int a, int b) {
    return b == 0 ? "None" : round3((double) a / b);
  }

  /** Python's {@code str.isupper()}: some cased character and no lower-case one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        cased = true;
      }
    }
    return cased;
  }

  /** Python's {@code str.strip(chars)} for one character. */
  static String strip(String s, char c) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == c) {
      from++;
    }
    while (to > from && s.charAt(to - 1) == c) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Python slicing {@code s[start:end]} for non-negative bounds: clamped, never throwing. */
  static String slice(String s, int start, int end) {
    int a = Math.max(0, Math.min(start, s.length()));
    int b = Math.max(a, Math.min(end, s.length()));
    return s.substring(a, b);
  }
}
