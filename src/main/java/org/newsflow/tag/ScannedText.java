package org.newsflow.tag;

import java.util.Arrays;

/**
 * A text's words, scanned once for every tagger that reads the same article: the lexicon and the
 * trained model's features both start from the lower-cased words, and scanning the text was a third
 * of what each of them cost. A word is letters and digits joined across an inner apostrophe or
 * hyphen; each is kept lower-cased, back to back in one char array, with its
 * {@link String#hashCode()}, whether it is all digits, and whether a point or comma joins it to the
 * next word ({@code 3.5}, {@code 1,000}), which the model's features treat as one number.
 *
 * <p>{@link #of(String)} keeps the last two texts scanned on each thread (an article's headline and
 * body) and answers them again without scanning when asked for the same String objects, so one
 * instance must not be held across another article's scan on the same thread.
 */
public final class ScannedText {

  private static final ThreadLocal<ScannedText[]> RECENT = ThreadLocal.withInitial(() -> new ScannedText[] {new ScannedText(), new ScannedText()});

  /** The text this holds the words of (compared by identity: Strings do not change). */
  private String text;
  char[] chars = new char[4096];
  int[] starts = new int[512];
  int[] lengths = new int[512];
  int[] hashes = new int[512];
  /** Per word: {@link #ALL_DIGITS} and {@link #POINT_TO_NEXT} bits. */
  byte[] flags = new byte[512];
  /** Per word: the point or comma after it when {@link #POINT_TO_NEXT} is set. */
  char[] separators = new char[512];
  int count;
  /** The text's chars: one bulk copy read as an array, as charAt checks the index and the string's coder on every char. */
  private char[] source = new char[4096];

  private static final byte ALL_DIGITS = 1;
  private static final byte POINT_TO_NEXT = 2;

  /**
   * Per ASCII char: its lower case if it is a letter or digit, else 0. One load tells both whether
   * a char is part of a word and what it becomes, where range tests branched on every char.
   */
  private static final char[] ASCII_WORD_CHARS = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
  }

  private ScannedText() {}

  /** The words of {@code text} (null reads as empty), from this thread's two most recent scans if it is one of them. */
  public static ScannedText of(String text) {
    ScannedText[] recent = RECENT.get();
    if (recent[0].text == text && text != null) {
      return recent[0];
    }
    // The other one becomes the most recent: scanned now, or found.
    ScannedText other = recent[1];
    recent[1] = recent[0];
    recent[0] = other;
    if (other.text != text || text == null) {
      other.scan(text);
    }
    return other;
  }

  public int count() {
    return count;
  }

  public int hash(int word) {
    return hashes[word];
  }

  public int length(int word) {
    return lengths[word];
  }

  public boolean allDigits(int word) {
    return (flags[word] & ALL_DIGITS) != 0;
  }

  /** Whether a point or comma comes right after the word and the next word right after that. */
  public boolean pointToNext(int word) {
    return (flags[word] & POINT_TO_NEXT) != 0;
  }

  /** The char between the word and the next when {@link #pointToNext} is true. */
  public char separatorAfter(int word) {
    return separators[word];
  }

  private void scan(String text) {
    this.text = text;
    count = 0;
    if (text == null) {
      return;
    }
    int length = text.length();
    if (source.length < length) {
      source = new char[length];
      chars = new char[length]; // the words are never longer than the text
    }
    char[] source = this.source;
    char[] chars = this.chars;
    text.getChars(0, length, source, 0);
    int used = 0;
    int i = 0;
    while (i < length) {
      char c = source[i];
      char lower = wordChar(c);
      if (lower == 0) {
        i++;
        continue;
      }
      // Lower-cased and hashed while scanning, so that a word is looked up without a String.
      int from = used;
      int hash = 0;
      boolean digits = true;
      while (true) {
        digits &= isDigit(c);
        chars[used++] = lower;
        hash = 31 * hash + lower;
        if (++i == length) {
          break;
        }
        c = source[i];
        lower = wordChar(c);
        if (lower == 0) {
          if (!((c == '-' || c == '\'' || c == '’') && i + 1 < length && wordChar(source[i + 1]) != 0)) {
            break;
          }
          // An inner hyphen or apostrophe is part of the word; the char after it is a word char.
          chars[used++] = c;
          hash = 31 * hash + c;
          c = source[++i];
          lower = wordChar(c);
        }
      }
      boolean point = i + 1 < length && (source[i] == '.' || source[i] == ',') && wordChar(source[i + 1]) != 0;
      add(from, used - from, hash, (byte) ((digits ? ALL_DIGITS : 0) | (point ? POINT_TO_NEXT : 0)), point ? source[i] : 0);
    }
  }

  private void add(int from, int length, int hash, byte flag, char separator) {
    if (count == starts.length) {
      int size = count * 2;
      starts = Arrays.copyOf(starts, size);
      lengths = Arrays.copyOf(lengths, size);
      hashes = Arrays.copyOf(hashes, size);
      flags = Arrays.copyOf(flags, size);
      separators = Arrays.copyOf(separators, size);
    }
    starts[count] = from;
    lengths[count] = length;
    hashes[count] = hash;
    flags[count] = flag;
    separators[count] = separator;
    count++;
  }

  /** {@link Character#toLowerCase(char)} of a letter or digit, 0 for any other char. */
  private static char wordChar(char c) {
    if (c < 128) {
      return ASCII_WORD_CHARS[c];
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  /** {@link Character#isDigit(char)}, without its table lookup for ASCII. */
  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }
}
