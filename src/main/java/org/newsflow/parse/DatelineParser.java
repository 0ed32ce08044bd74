package org.newsflow.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsflow.model.Whitespace;

/**
 * Recognises the dateline that opens a wire story: {@code WASHINGTON (AP) — },
 * {@code LONDON (Reuters) - }, {@code KYIV, Ukraine (AP) — }, {@code SALVADOR, Feb 26 - },
 * {@code SAN JUAN, Puerto Rico — } or {@code NAIROBI — }. The city is in capitals, as agencies
 * print it; an optional region or country follows a comma, then an optional date and agency.
 */
public final class DatelineParser {

  /** A dateline found at the start of a paragraph, and the text after it. */
  public record Match(String text, String city, String region, Integer month, Integer day,
      String agency, String rest) {

    /** The dateline's own date, its year taken from the article date (or none). */
    public Optional<LocalDate> date(LocalDate articleDate) {
      if (month == null || day == null || articleDate == null) {
        return Optional.empty();
      }
      try {
        LocalDate candidate = LocalDate.of(articleDate.getYear(), month, day);
        // A late-December dateline on a story published in early January belongs to the year before.
        return Optional.of(candidate.isAfter(articleDate.plusDays(31)) ? candidate.minusYears(1) : candidate);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  private static final String MONTH_NAMES = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?i:[a-z]{0,6})";
  private static final String MONTH =
      "(?<month>" + MONTH_NAMES + ")\\.?\\s{1,3}(?<day>\\d{1,3})";
  /** The dash that ends a dateline; a hyphen right after a letter joins a name instead ("PORT-AU-PRINCE"). */
  private static final String DASH = "\\s{0,3}(?:—|–|(?<!\\p{L})--|(?<!\\p{L})-)\\s{0,3}(?=\\S)";
  /** A date whose month is misspelt on the wire ("Macrh 31", "Apri l7"): the city still counts, the date not. */
  private static final String MISTYPED_DATE = "\\p{L}{2,6}(?:\\s\\p{L}{1,3})?\\.?\\s{0,3}\\d{1,3}";
  /** "WASHINGTON, March 12, Reuter -": the agency's name after the date. */
  private static final String REUTER_SIGNATURE = "(?:,\\s{0,3}Reuters?)?";
  /** Whatever follows the city: a region, a date, an agency, then the dash. */
  private static final String TAIL =
      "(?:,\\s{0,3}(?!" + MONTH_NAMES + "\\.?\\s{1,3}\\d)(?<region>\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,40}?))?"
          + "(?:(?:,\\s{0,3}|\\s{1,3})(?:" + MONTH + "|" + MISTYPED_DATE + "))?"
          + REUTER_SIGNATURE
          + "(?:\\s{0,3}\\((?<agency>[^()\\n]{1,40})\\))?"
          + ",?" + DASH;
  /** The city in capitals, as agencies print it; stray asterisks before it are wire noise. */
  static final Pattern DATELINE = Pattern.compile(
      "^[*\\s]*(?<city>\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]{0,40}?\\p{Lu}\\.?)" + TAIL);
  /**
   * A city in ordinary case ("Toronto, March 17 -") only with a date after it: without one,
   * "Word -" at the start of a paragraph is too often ordinary prose.
   */
  static final Pattern MIXED_CASE_DATELINE = Pattern.compile(
      "^[*\\s]*(?<city>\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,40}?)"
          + "(?:,\\s{0,3}(?!" + MONTH_NAMES + "\\.?\\s{1,3}\\d)(?<region>\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,40}?))?"
          + ",\\s{0,3}" + MONTH
          + "(?:\\s{0,3}\\((?<agency>[^()\\n]{1,40})\\))?"
          + DASH);

  private static final Pattern TRAILING_DASH = Pattern.compile("\\s*(—|–|--|-)$");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  private DatelineParser() {}

  /** The dateline at the start of {@code paragraph}, if it has one. */
  public static Optional<Match> find(String paragraph) {
    // lookingAt, not find: both patterns are anchored at the start, and find tried every position.
    // Each pattern runs only where the cheap test of what it needs first passes: most paragraphs
    // open with prose, and trying the patterns' lazy city on them was most of the dateline time.
    int start = cityStart(paragraph);
    Matcher m = null;
    if (mayOpenDateline(paragraph, start)) {
      m = DATELINE.matcher(paragraph);
    }
    if (m == null || !m.lookingAt()) {
      m = mayOpenMixedCaseDateline(paragraph, start) ? MIXED_CASE_DATELINE.matcher(paragraph) : null;
      if (m == null || !m.lookingAt()) {
        return Optional.empty();
      }
    }
    String city = m.group("city").strip();
    // A single capitalised word of one letter is an initial, not a city ("A - B testing ...").
    if (letterChars(city) < 2) {
      return Optional.empty();
    }
    String monthText = m.group("month");
    Integer month = monthText == null ? null : MONTHS.get(monthText.substring(0, 3).toLowerCase(Locale.ROOT));
    Integer day = m.group("day") == null || month == null ? null : Integer.valueOf(m.group("day"));
    String agency = m.group("agency") == null ? null : m.group("agency").strip();
    String region = m.group("region") == null ? null : m.group("region").strip();
    String text = TRAILING_DASH.matcher(paragraph.substring(m.start("city"), m.end()).strip()).replaceAll("").strip();
    return Optional.of(new Match(text, city, region, month, day, agency, paragraph.substring(m.end())));
  }

  /** Where a city could start: after the leading asterisks and whitespace both patterns skip. */
  static int cityStart(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == '*' || Whitespace.isRegexSpace(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@link #DATELINE} could match: its city is an upper-case letter then at least one more
   * char of its class (its last letter is of the class too), so a paragraph opening "The" cannot.
   */
  static boolean mayOpenDateline(String text, int start) {
    if (!startsWithUpperCaseLetter(text, start)) {
      return false;
    }
    if (Character.isSupplementaryCodePoint(text.codePointAt(start))) {
      return true;
    }
    if (start + 1 >= text.length()) {
      return false;
    }
    int next = text.codePointAt(start + 1);
    int type = Character.getType(next);
    return type == Character.UPPERCASE_LETTER || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || ".'’- ".indexOf(next) >= 0;
  }

  /**
   * Whether {@link #MIXED_CASE_DATELINE} could match: its city (an upper-case letter and at most 40
   * more code points, none a comma) ends at the first comma, and a month name follows that comma
   * or, after a region (no comma in it either), the next one.
   */
  static boolean mayOpenMixedCaseDateline(String text, int start) {
    if (!startsWithUpperCaseLetter(text, start)) {
      return false;
    }
    int comma = text.indexOf(',', start);
    // 41 code points of at most two chars each.
    if (comma < 0 || comma - start > 82) {
      return false;
    }
    if (monthFollows(text, comma)) {
      return true;
    }
    int second = text.indexOf(',', comma + 1);
    return second >= 0 && monthFollows(text, second);
  }

  private static boolean startsWithUpperCaseLetter(String text, int start) {
    return start < text.length() && Character.getType(text.codePointAt(start)) == Character.UPPERCASE_LETTER;
  }

  /** Whether up to three whitespace chars and the first three letters of a month, in any ASCII case, follow {@code comma}. */
  private static boolean monthFollows(String text, int comma) {
    int i = comma + 1;
    for (int spaces = 0; spaces < 3 && i < text.length() && Whitespace.isRegexSpace(text.charAt(i)); spaces++) {
      i++;
    }
    if (i + 3 > text.length()) {
      return false;
    }
    for (String month : MONTH_PREFIXES) {
      if (text.regionMatches(true, i, month, 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec"};

  /** The chars of {@code text} in letters, as {@code replaceAll("[^\\p{L}]", "").length()} counted them. */
  static int letterChars(String text) {
    int chars = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        chars += Character.charCount(cp);
      }
      i += Character.charCount(cp);
    }
    return chars;
  }

  /** Parses a dateline given on its own (a JSON {@code dateline} field, "SALVADOR, Feb 26"). */
  public static Optional<Match> parseStandalone(String dateline) {
    return find(dateline.strip() + " — x").map(m -> new Match(dateline.strip(), m.city(), m.region(),
        m.month(), m.day(), m.agency(), ""));
  }

}
