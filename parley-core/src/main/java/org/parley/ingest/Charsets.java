// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how bytes of unknown encoding become text, so that no page turns into mojibake.
 *
 * <p>Order: a byte-order mark; bytes that are valid UTF-8 (a non-ASCII text that decodes strictly as UTF-8 is
 * practically never anything else, whatever a header claims); the HTTP header's charset; the page's
 * {@code <meta charset>}; statistical detection (juniversalchardet, Mozilla's detector); Windows-1252.
 */
final class Charsets {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)");

  private Charsets() {}

  static String decode(byte[] bytes, boolean html) {
    return decode(bytes, html, null);
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param html          whether a {@code <meta charset>} or XML declaration may name the charset
   * @param contentType   the HTTP Content-Type header, or null
   */
  static String decode(byte[] bytes, boolean html, String contentType) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    String strict = strictUtf8(bytes);
    if (strict != null) {
      return strict;
    }
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      Charset declared = m.find() ? forName(m.group(1)) : null;
      if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
        return new String(bytes, declared);
      }
    }
    if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
        Matcher m = p.matcher(head);
        if (m.find()) {
          Charset declared = forName(m.group(1));
          // A page that declares UTF-8 but is not valid UTF-8 was mislabelled: detect instead.
          if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
          }
        }
      }
    }
    Charset detected = detect(bytes);
    return new String(bytes, detected != null ? detected : Charset.forName("windows-1252"));
  }

  /** The charset juniversalchardet finds for {@code bytes}, or null when it cannot tell. */
  static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? null : forName(name);
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset forName(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding); so do we.
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
        return Charset.forName("windows-1252");
      }
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
