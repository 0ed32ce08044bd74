package org.newsflow.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.newsflow.model.Failure.Reason;

/**
 * Turns raw bytes into text, strictly: UTF-8 (with or without a byte-order mark) or UTF-16 with a
 * byte-order mark. Anything else is rejected rather than decoded into mojibake, and text holding
 * control characters other than tab, line feed, form feed and carriage return is taken for binary.
 */
public final class TextDecoder {

  /** The outcome: the decoded text, or a rejection reason with a detail. */
  public record Decoded(String text, Reason reason, String detail) {
    public boolean ok() {
      return reason == null;
    }
  }

  private TextDecoder() {}

  public static Decoded decode(byte[] raw) {
    if (raw == null) {
      return new Decoded(null, Reason.EMPTY, "the record has no value (a tombstone)");
    }
    if (raw.length == 0) {
      return new Decoded(null, Reason.EMPTY, "the article is empty");
    }
    int offset = 0;
    var charset = StandardCharsets.UTF_8;
    if (raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF) {
      offset = 3;
    } else if (raw.length >= 2 && (raw[0] & 0xff) == 0xFE && (raw[1] & 0xff) == 0xFF) {
      offset = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (raw.length >= 2 && (raw[0] & 0xff) == 0xFF && (raw[1] & 0xff) == 0xFE) {
      offset = 2;
      charset = StandardCharsets.UTF_16LE;
    }
    int ascii = charset == StandardCharsets.UTF_8 ? asciiScan(raw, offset) : NOT_ASCII;
    if (ascii != NOT_ASCII) {
      // ASCII is valid UTF-8 decoding to the same chars: skip the strict decoder and its buffers,
      // and the search for control characters when the bytes have shown there are none.
      String text = new String(raw, offset, raw.length - offset, StandardCharsets.ISO_8859_1);
      return ascii == ASCII_WITH_CONTROL ? checked(text) : notBlank(text);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(raw, offset, raw.length - offset));
      text = chars.toString();
    } catch (MalformedInputException e) {
      return new Decoded(null, Reason.INVALID_ENCODING,
          "not valid " + charset.name() + " text (malformed input of length " + e.getInputLength() + ")"
              + (charset == StandardCharsets.UTF_8 && looksLikeSingleByteText(raw)
                  ? "; it looks like Windows-1252 or Latin-1: convert it to UTF-8" : ""));
    } catch (CharacterCodingException e) {
      return new Decoded(null, Reason.INVALID_ENCODING, "not valid " + charset.name() + " text");
    }
    return checked(text);
  }

  /**
   * Whether the bytes are a JSON object (after JSON's whitespace) in UTF-8 that {@link #decode}
   * would return unchanged: well-formed UTF-8 as the JDK's strict decoder defines it (no overlong
   * forms, no surrogates, nothing above U+10FFFF, no cut sequence) and no control character it
   * rejects. Such bytes may be handed to a JSON parser as they are.
   */
  public static boolean isJsonObjectInCleanUtf8(byte[] raw) {
    if (raw == null) {
      return false;
    }
    int i = 0;
    while (i < raw.length && (raw[i] == ' ' || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t')) {
      i++;
    }
    if (i == raw.length || raw[i] != '{') {
      return false;
    }
    int n = raw.length;
    while (i < n) {
      int b = raw[i];
      if (b >= 0) {
        if (isRejectedControl(b)) {
          return false;
        }
        i++;
        continue;
      }
      int lead = b & 0xff;
      int length;
      int secondMin = 0x80;
      int secondMax = 0xbf;
      if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0) {
          secondMin = 0xa0;
        } else if (lead == 0xed) {
          secondMax = 0x9f;
        }
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0) {
          secondMin = 0x90;
        } else if (lead == 0xf4) {
          secondMax = 0x8f;
        }
      } else {
        return false;
      }
      if (i + length > n) {
        return false;
      }
      int second = raw[i + 1] & 0xff;
      if (second < secondMin || second > secondMax) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((raw[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /** What {@link #asciiScan} found. */
  static final int ASCII = 0;
  static final int ASCII_WITH_CONTROL = 1;
  static final int NOT_ASCII = 2;

  /**
   * Whether the bytes from {@code offset} are ASCII, and if so whether they hold a control byte
   * that {@link #checked} rejects, in one pass: a test for ASCII and a search for control bytes
   * each read the whole article. A byte below a space (a negative one too, for Java's signed
   * bytes) is the rare case, looked at further.
   */
  static int asciiScan(byte[] raw, int offset) {
    boolean control = false;
    for (int i = offset; i < raw.length; i++) {
      byte b = raw[i];
      if (b < 0x20 || b == 0x7f) {
        if (b < 0) {
          return NOT_ASCII;
        }
        control |= isRejectedControl(b);
      }
    }
    return control ? ASCII_WITH_CONTROL : ASCII;
  }

  /**
   * Whether a char (or an ASCII byte) is a control character that marks binary content: C0 controls
   * other than tab, line feed, carriage return and form feed, and DEL.
   */
  private static boolean isRejectedControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f;
  }

  /** The decoded text, unless it holds control characters or nothing but whitespace. */
  private static Decoded checked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isRejectedControl(c)) {
        return new Decoded(null, Reason.BINARY_CONTENT, String.format(java.util.Locale.ROOT,
            "control character U+%04X at character %d: binary content, not text", (int) c, i));
      }
    }
    return notBlank(text);
  }

  private static Decoded notBlank(String text) {
    if (text.isBlank()) {
      return new Decoded(null, Reason.EMPTY, "the article holds only whitespace");
    }
    return new Decoded(text, null, null);
  }

  /**
   * Whether bytes that are not UTF-8 read as text in a single-byte Western encoding: no control
   * bytes, and high bytes only where Windows-1252 has letters and punctuation. Only used to word the
   * rejection; guessing the encoding would route mojibake whenever the guess is wrong.
   */
  static boolean looksLikeSingleByteText(byte[] raw) {
    for (byte b : raw) {
      int c = b & 0xff;
      if (isRejectedControl(c)
          || c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d) {
        return false;
      }
    }
    return true;
  }
}
