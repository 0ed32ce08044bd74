package org.newsflow.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsflow.model.Mention;
import org.newsflow.model.Quote;
import org.newsflow.model.Whitespace;

/**
 * Direct quotations with their speakers. The speaker is taken from an attribution next to the quote
 * ({@code ,” Xi said.} / {@code said Maria Santos} / {@code Lagarde said: “}), from a pronoun
 * ("he said", the person last named), or from the sentence's subject when the sentence reports
 * speech; otherwise the quote has no speaker rather than a guessed one.
 */
public final class QuoteExtractor {

  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,4}";
  private static final List<String> VERBS = List.of("said", "says", "told", "wrote", "added", "explained", "noted",
      "argued", "warned", "stated", "asked", "replied", "insisted", "tweeted", "posted", "declared", "announced",
      "recalled", "continued", "admitted", "acknowledged", "cautioned", "conceded");
  private static final String VERB = "(?:" + String.join("|", VERBS) + ")";
  /** Lower-case words describing the speaker before the name: "mission director", "federal prosecutor". */
  private static final String DESCRIPTOR = "(?:[\\p{Ll}][\\p{Ll}-]*\\s+){0,3}";
  static final Pattern AFTER_NAME_VERB =
      Pattern.compile("^[,.!?]?\\s*" + DESCRIPTOR + "(?<name>" + NAME + ")(?:,\\s[^,“”\"]{1,80},)?\\s+" + VERB + "\\b");
  static final Pattern AFTER_VERB_NAME =
      Pattern.compile("^[,.!?]?\\s*" + VERB + "\\s+" + DESCRIPTOR + "(?<name>" + NAME + ")");
  static final Pattern AFTER_PRONOUN =
      Pattern.compile("^[,.!?]?\\s*(?<pronoun>he|she|they)\\s+" + VERB + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING_TO = Pattern.compile("according to (?:the )?(" + NAME + ")");
  private static final Pattern ATTRIBUTION_ONLY = Pattern.compile("(?s)[^“”\"]*[.,:]$");
  static final Pattern BEFORE_NAME_VERB = Pattern.compile(
      "(?<name>" + NAME + ")\\s+" + VERB + "(?:\\s+[\\p{Ll}\\p{N} ,'’-]{0,60})?\\s*[:,]\\s*$");
  static final Pattern BEFORE_PRONOUN = Pattern.compile(
      "\\b(?<pronoun>he|she)\\s+" + VERB + "(?:\\s+[\\p{Ll}\\p{N} ,'’-]{0,60})?\\s*[:,]\\s*$", Pattern.CASE_INSENSITIVE);
  private static final List<String> SPEECH_WORDS = List.of("said", "says", "told", "wrote", "saying", "vowing",
      "vowed", "urged", "called", "according to", "warned", "pledged", "promised", "described");
  private static final Pattern REPORTED_SPEECH = Pattern.compile("\\b(?:" + String.join("|", SPEECH_WORDS) + ")\\b");

  /**
   * Quotes in the given paragraphs. {@code names} resolves a name as written ("President Xi") to
   * the article's full name for that person ("Xi Jinping"), or to nothing.
   */
  public List<Quote> extract(List<String> paragraphs, NameFinder.Result names) {
    List<Quote> quotes = new ArrayList<>();
    LastPerson lastPerson = new LastPerson(names);
    for (String paragraph : paragraphs) {
      if (paragraph.indexOf('“') < 0 && paragraph.indexOf('"') < 0) {
        // No quotation mark, no quote: only the names in it matter, and the regex's scan is dear.
        lastPerson.read(paragraph, 0, paragraph.length());
        continue;
      }
      int consumed = 0;
      String paragraphSpeaker = null;
      int lastQuoteEnd = 0;
      // A quote starts at a quotation mark: each is tried in turn, the next after a quote's end.
      int next = nextQuoteMark(paragraph, 0);
      while (next >= 0) {
        int start = next;
        int close = closingMark(paragraph, start);
        if (close < 0) {
          next = nextQuoteMark(paragraph, start + 1);
          continue;
        }
        int end = close + 1;
        next = nextQuoteMark(paragraph, end);
        String text = paragraph.substring(start + 1, close).strip();
        lastPerson.read(paragraph, consumed, start);
        consumed = start;
        if (!isSpeech(text)) {
          continue;
        }
        String speaker = speakerAfter(paragraph, end, names, lastPerson)
            .or(() -> speakerBefore(paragraph, start, names))
            .orElse(null);
        if (speaker == null) {
          speaker = sentenceSubject(paragraph, start, end, names).orElse(null);
        }
        if (speaker == null && paragraphSpeaker != null && isAttributionOnly(paragraph.substring(lastQuoteEnd, start))) {
          // "“A,” Tanui said. “B.”": the quote goes on after its attribution.
          speaker = paragraphSpeaker;
        }
        quotes.add(new Quote(trimPunctuation(text), speaker));
        paragraphSpeaker = speaker;
        lastQuoteEnd = end;
        if (speaker != null && names.person(speaker).isPresent()) {
          lastPerson.set(speaker);
        }
      }
      lastPerson.read(paragraph, consumed, paragraph.length());
    }
    return quotes;
  }

  private static int nextQuoteMark(String paragraph, int from) {
    int curly = paragraph.indexOf('“', from);
    int straight = paragraph.indexOf('"', from);
    return curly < 0 ? straight : straight < 0 ? curly : Math.min(curly, straight);
  }

  /**
   * Where the quote opening at {@code open} (a “ or ") closes, as {@code “([^“”]{2,2000}?)”} or
   * {@code "([^"\n]{2,2000}?)"} would match there; -1 where it would not. The closing mark must come
   * after 2 to 2,000 code points and before any mark that may not occur inside; the regex's
   * reluctant loop tried the closing mark after every character instead.
   */
  static int closingMark(String paragraph, int open) {
    boolean curly = paragraph.charAt(open) == '“';
    int close = paragraph.indexOf(curly ? '”' : '"', open + 1);
    if (close < 0) {
      return -1;
    }
    int inside = paragraph.indexOf(curly ? '“' : '\n', open + 1);
    if (inside >= 0 && inside < close) {
      return -1;
    }
    int chars = close - open - 1;
    // Code points, as the regex counts: a surrogate pair is one; 4 to 2,000 chars hold 2 to 2,000.
    int length = chars >= 4 && chars <= MAX_QUOTE_LENGTH ? chars : Character.codePointCount(paragraph, open + 1, close);
    return length >= 2 && length <= MAX_QUOTE_LENGTH ? close : -1;
  }

  private static final int MAX_QUOTE_LENGTH = 2000;

  /**
   * The person last named in the text read so far. Only a pronoun attribution ("he said") asks for
   * it, so the text is kept unread until then and scanned backwards from its end: tokenizing every
   * paragraph for names up front cost more than the rest of quote finding.
   */
  private static final class LastPerson {
    private final NameFinder.Result names;
    /** Stretches of paragraphs read since {@link #known} was settled, oldest first. */
    private final List<Stretch> unread = new ArrayList<>();
    private String known;

    LastPerson(NameFinder.Result names) {
      this.names = names;
    }

    void read(String paragraph, int from, int to) {
      if (from < to) {
        unread.add(new Stretch(paragraph, from, to));
      }
    }

    /** A speaker just attributed: later text may still name someone after them. */
    void set(String person) {
      known = person;
      unread.clear();
    }

    private record Stretch(String paragraph, int from, int to) {}

    String get() {
      for (int i = unread.size() - 1; i >= 0; i--) {
        // Each stretch is scanned on its own, as it would have been when read: a word never spans two.
        Stretch stretch = unread.get(i);
        String found = lastPersonIn(stretch.paragraph().substring(stretch.from(), stretch.to()), names, null);
        if (found != null) {
          known = found;
          break;
        }
      }
      unread.clear();
      return known;
    }
  }

  /** A title ("Meet the Press") or a single scare-quoted word is not speech. */
  static boolean isSpeech(String text) {
    // Words as split("\\s+") would give them (the text is stripped, so none is empty), counted in
    // place: the split built a regex, an array and a string per word for every quote.
    int words = 0;
    int capitalised = 0;
    int i = 0;
    int n = text.length();
    // Past six words a text is no title, whatever follows: long quotes are not read to their end.
    while (i < n && words <= 6) {
      words++;
      if (Character.isUpperCase(text.codePointAt(i))) {
        capitalised++;
      }
      while (i < n && !Whitespace.isRegexSpace(text.charAt(i))) {
        i++;
      }
      while (i < n && Whitespace.isRegexSpace(text.charAt(i))) {
        i++;
      }
    }
    if (words < 2) {
      return false;
    }
    if (words > 6) {
      return true;
    }
    char last = text.charAt(n - 1);
    boolean titleLike = words <= 6 && capitalised >= words - 1
        && last != '.' && last != ',' && last != '!' && last != '?';
    return !titleLike;
  }

  /**
   * The speaker named in the paragraph's text from {@code from} on (after a quote). The patterns
   * read it as a region of the paragraph, not a copy: with the default anchoring bounds ^ matches at
   * the region's start, and nothing in them looks behind it.
   */
  private static Optional<String> speakerAfter(String paragraph, int from, NameFinder.Result names,
      LastPerson lastPerson) {
    // The "after" patterns are anchored (^): lookingAt() tries the start only, where find() would
    // have tried, and failed, at every later character too. Most quotes are followed by no
    // attribution ("The", "But", the paragraph's end): a look at the first word rules each
    // pattern out before its matcher is made.
    int word = firstWordAfter(paragraph, from);
    if (mayStartPronounAttribution(paragraph, word)) {
      Matcher pronoun = AFTER_PRONOUN.matcher(paragraph).region(from, paragraph.length());
      if (pronoun.lookingAt()) {
        return pronoun.group("pronoun").toLowerCase(Locale.ROOT).equals("they") ? Optional.empty()
            : Optional.ofNullable(lastPerson.get());
      }
    }
    if (word < paragraph.length() && isLetterCased(paragraph, word)) {
      Matcher m = AFTER_NAME_VERB.matcher(paragraph).region(from, paragraph.length());
      if (m.lookingAt()) {
        return resolve(m.group("name"), names);
      }
    }
    if (startsWithVerb(paragraph, word)) {
      Matcher m = AFTER_VERB_NAME.matcher(paragraph).region(from, paragraph.length());
      if (m.lookingAt()) {
        return resolve(m.group("name"), names);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the "after" patterns' first word must start: past their {@code [,.!?]?\s*}. As none of
   * them can go on with a mark or a space, giving either back would not help them match.
   */
  static int firstWordAfter(String text, int from) {
    int i = from;
    if (i < text.length() && ",.!?".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    while (i < text.length() && Whitespace.isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@link #AFTER_PRONOUN} can match with its pronoun at {@code at}: he, she or they, then white space. */
  static boolean mayStartPronounAttribution(String text, int at) {
    return startsWithWordAndSpace(text, at, PRONOUNS);
  }

  private static final List<String> PRONOUNS = List.of("he", "she", "they");

  /**
   * Whether one of the lower-case ASCII words, in any case, then white space starts at {@code at}.
   * regionMatches ignoring case accepts what a pattern's ASCII-only case folding does (and a little
   * more, which the pattern then turns down).
   */
  private static boolean startsWithWordAndSpace(String text, int at, List<String> words) {
    for (String word : words) {
      int end = at + word.length();
      if (end < text.length() && text.regionMatches(true, at, word, 0, word.length())
          && Whitespace.isRegexSpace(text.charAt(end))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a {@link #VERB} (matched case-sensitively) and white space start at {@code at}. */
  static boolean startsWithVerb(String text, int at) {
    if (at >= text.length() || text.charAt(at) < 'a' || text.charAt(at) > 'z') {
      return false;
    }
    for (String verb : VERBS) {
      int end = at + verb.length();
      if (end < text.length() && text.startsWith(verb, at) && Whitespace.isRegexSpace(text.charAt(end))) {
        return true;
      }
    }
    return false;
  }

  /** \p{Ll} or \p{Lu} at {@code at}: where a descriptor or a name, and so {@link #AFTER_NAME_VERB}, can start. */
  static boolean isLetterCased(String text, int at) {
    int type = Character.getType(text.codePointAt(at));
    return type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER;
  }

  /** An attribution ends right before the quote: only the last stretch of text can hold it. */
  private static final int ATTRIBUTION_REACH = 200;

  /**
   * The speaker named in the paragraph's text before {@code to} (where a quote opens), read as a
   * region ending there: with the default anchoring and opaque bounds, $ matches at its end and
   * nothing looks past it, as in a copy of that text.
   */
  private static Optional<String> speakerBefore(String paragraph, int to, NameFinder.Result names) {
    if (!endsWithColonOrComma(paragraph, to)) {
      // Both patterns end in [:,]\\s*$; most quotes open a paragraph or follow a full stop, and
      // the regexes would try every position of the last 200 characters to find that out.
      return Optional.empty();
    }
    int from = Math.max(0, to - ATTRIBUTION_REACH);
    Matcher m = BEFORE_NAME_VERB.matcher(paragraph);
    if (find(m, from, to, at -> mayStartName(paragraph, at))) {
      return resolve(m.group("name"), names);
    }
    Matcher pronoun = BEFORE_PRONOUN.matcher(paragraph);
    if (find(pronoun, from, to, at -> mayStartPronoun(paragraph, at))) {
      return Optional.ofNullable(lastPersonOrNull(paragraph.substring(0, pronoun.start()), names));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code m.region(from, to).find()} would find a match, leaving the matcher on it as find()
   * would, where a match can only start at a position that {@code mayStart} accepts. find() tries
   * the pattern at every position; this tries lookingAt() at those positions only, in the same
   * order, so the first match is the same. Past {@code from} the bounds are transparent, so that a
   * \b there sees the character before it, as within find()'s region.
   */
  static boolean find(Matcher m, int from, int to, IntPredicate mayStart) {
    for (int at = from; at < to; at++) {
      if (mayStart.test(at) && m.useTransparentBounds(at > from).region(at, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Where {@link #BEFORE_NAME_VERB} can start: its name's \\p{Lu}, an upper-case letter by code point. */
  static boolean mayStartName(String text, int at) {
    return Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER;
  }

  /**
   * Where {@link #BEFORE_PRONOUN} can start: its he|she (matched case-insensitively in ASCII only,
   * no UNICODE_CASE) and the white space after it. A test of the first letter let the pattern be
   * tried at every "has", "so" and "the" of the 200 characters before a quote.
   */
  static boolean mayStartPronoun(String text, int at) {
    char c = text.charAt(at);
    return (c == 'h' || c == 'H' || c == 's' || c == 'S') && startsWithWordAndSpace(text, at, BEFORE_PRONOUNS);
  }

  private static final List<String> BEFORE_PRONOUNS = List.of("he", "she");

  /**
   * Whether the text before {@code end} ends with a colon or comma, then only white space or line
   * ends (where $ may match).
   */
  static boolean endsWithColonOrComma(String text, int end) {
    int i = end - 1;
    while (i >= 0 && (Whitespace.isRegexSpace(text.charAt(i)) || isLineEnd(text.charAt(i)))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * The last index of ". ", "? " or "! " in the text before {@code end} (the latest of the three
   * lastIndexOf in that text), in one scan from the end.
   */
  static int lastSentenceEnd(String text, int end) {
    for (int i = end - 2; i >= 0; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@link #REPORTED_SPEECH} finds a match in the text. A match starts where one of its words
   * does: indexOf finds those places (a vectorised scan each), and the regex is tried only there,
   * with transparent bounds so that its \\b sees the characters around. find() on the whole text
   * tried the fourteen alternatives at every character.
   */
  static boolean reportsSpeech(String text) {
    Matcher m = null;
    for (String word : SPEECH_WORDS) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (m == null) {
          m = REPORTED_SPEECH.matcher(text).useTransparentBounds(true);
        }
        if (m.region(at, text.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** For a quote inside a sentence that reports speech, the first person the sentence names. */
  private static Optional<String> sentenceSubject(String paragraph, int quoteStart, int quoteEnd,
      NameFinder.Result names) {
    int start = lastSentenceEnd(paragraph, quoteStart);
    String sentenceStart = paragraph.substring(start < 0 ? 0 : start + 2, quoteStart);
    int end = paragraph.indexOf(". ", quoteEnd);
    String sentenceEnd = paragraph.substring(quoteEnd, end < 0 ? paragraph.length() : end);
    if (!reportsSpeech(sentenceStart + " " + sentenceEnd)) {
      return Optional.empty();
    }
    Matcher according = ACCORDING_TO.matcher(sentenceEnd);
    if (according.find()) {
      return resolve(according.group(1), names);
    }
    for (Token token : Tokenizer.tokens(sentenceStart)) {
      if (token.capitalized()) {
        Optional<String> person = names.person(token.text());
        if (person.isPresent()) {
          return person;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> resolve(String written, NameFinder.Result names) {
    written = stripSentenceStop(written.strip());
    Optional<String> person = names.person(written);
    if (person.isPresent()) {
      return person;
    }
    String cleaned = NameFinder.stripPossessive(written);
    // Once, not once per organization as the regex in the stream's filter did.
    String suffix = " " + LEADING_THE.matcher(cleaned).replaceFirst("");
    for (Mention organization : names.organizations()) {
      String o = organization.name();
      if (o.equals(cleaned) || o.endsWith(suffix)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static final Pattern LEADING_THE = Pattern.compile("^(?:The|the)\\s+");

  /**
   * "Smith." to "Smith": a final full stop after two lower-case letters, as the regex
   * (?<=\\p{Ll}{2})\\.$ removed it ("U.S." keeps its own). That look-behind steps back two chars,
   * not two code points, hence chars here. The text is stripped, so no line end follows the stop.
   */
  static String stripSentenceStop(String text) {
    int dot = text.length() - 1;
    if (dot >= 2 && text.charAt(dot) == '.' && Character.getType(text.charAt(dot - 1)) == Character.LOWERCASE_LETTER
        && Character.getType(text.charAt(dot - 2)) == Character.LOWERCASE_LETTER) {
      return text.substring(0, dot);
    }
    return text;
  }

  /** Text between two quotes that is only their attribution ("Tanui said."). */
  private static boolean isAttributionOnly(String between) {
    String text = between.strip();
    return text.length() < 120 && AFTER_NAME_VERB.matcher(text).lookingAt() && ATTRIBUTION_ONLY.matcher(text).matches();
  }

  private static String lastPersonOrNull(String text, NameFinder.Result names) {
    return lastPersonIn(text, names, null);
  }

  private static String lastPersonIn(String text, NameFinder.Result names, String fallback) {
    // From the last word back: the first person found is the last named, and the words before
    // it need not be looked up.
    List<Token> tokens = Tokenizer.tokens(text);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.capitalized()) {
        Optional<String> person = names.person(token.text());
        if (person.isPresent()) {
          return person.get();
        }
      }
    }
    return fallback;
  }

  /** Drops a final comma, as replaceAll("[,]$", "") did, without compiling that regex per quote. */
  static String trimPunctuation(String text) {
    int n = text.length();
    if (n > 0 && text.charAt(n - 1) == ',') {
      return text.substring(0, n - 1).strip();
    }
    if (n > 1 && text.charAt(n - 2) == ',' && isLineEnd(text.charAt(n - 1))) {
      // $ also matches before a final line end (of a stripped text only U+0085 can be left there).
      return (text.substring(0, n - 2) + text.charAt(n - 1)).strip();
    }
    return text.strip();
  }
}
