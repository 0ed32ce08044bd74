package org.newsflow.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsflow.model.Article;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Failure.Reason;
import org.newsflow.model.Json;
import org.newsflow.model.SourceFormat;
import org.newsflow.model.Whitespace;

/**
 * Parses a raw article, as published to {@code news.raw}, into an {@link Article}. Accepts wire
 * stories in plain text (an optional {@code date YYYY-MM-DD}, an optional headline line, a
 * dateline, paragraphs split by blank lines, an optional "... contributed to this report." line)
 * and JSON objects with {@code title} and {@code body}. Bad input yields a rejection, never an
 * exception.
 */
public final class ArticleParser {

  /** Raw articles larger than this are rejected before any decoding. */
  public static final int MAX_ARTICLE_BYTES = 1024 * 1024;
  /** Longest article id (a JSON {@code id}, or a record key used as one): ids are Kafka keys and store keys. */
  public static final int MAX_ID_CHARS = 200;
  /** Longest accepted JSON field, by field; longer ones are not what the field is for. */
  private static final Map<String, Integer> MAX_FIELD_CHARS = Map.of("id", MAX_ID_CHARS, "dateline", 200,
      "agency", 100, "title", 1000, "headline", 1000, "byline", 1000, "date", 40, "publishedDate", 40);
  private static final int MAX_HEADLINE_CHARS = 200;
  private static final int DERIVED_HEADLINE_CHARS = 110;
  /** Dates outside four-digit years are typing errors or hostile, and would not print as YYYY-MM-DD. */
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})[ \\t]*\\n?[ \\t]*");
  /** A byline paragraph; {@link #mayBeByline} rules most paragraphs out before this runs. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(?:.{0,300}\\bcontributed (?:to )?(?:this )?report(?:ing)?\\.?|by [\\p{L} .,'’-]{2,80}|\\(.{0,200}(?:reporting|editing) by .{0,200}\\))$");
  private static final Pattern LEAD_BYLINE = Pattern.compile("(?i)^by [\\p{L} .,'’-]{2,80}$");
  private static final Pattern FINAL_PERIOD = Pattern.compile("[.]$");
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\f]{2,}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(?=\\s+[\"“‘(]?\\p{Lu})");

  /** Parses raw bytes; {@code key} is the Kafka record key, used as the id when the JSON has none. */
  public ParseResult parse(String key, byte[] raw) {
    if (raw != null && raw.length > MAX_ARTICLE_BYTES) {
      return ParseResult.rejected(Reason.TOO_LARGE,
          "article is " + raw.length + " bytes, the limit is " + MAX_ARTICLE_BYTES);
    }
    if (TextDecoder.isJsonObjectInCleanUtf8(raw)) {
      ParseResult json = parseJsonBytes(key, raw);
      if (json != null) {
        return json;
      }
    }
    return parseDecoded(key, raw);
  }

  /**
   * A JSON object read by Jackson straight from its bytes: one pass, where decoding to a String and
   * parsing that took two and two copies (about 9 µs of a 14 µs parse for a 2 KB article with
   * typographic quotes, against 4). Only for bytes the strict decoder would pass unchanged (see
   * {@link TextDecoder#isJsonObjectInCleanUtf8}); null when Jackson cannot read them, so that the
   * long way rejects them with the usual reason and wording.
   */
  private ParseResult parseJsonBytes(String key, byte[] raw) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(raw);
    } catch (IOException e) {
      return null;
    }
    return fromJson(node, () -> fallbackId(key, normalizedLines(new String(raw, StandardCharsets.UTF_8))));
  }

  /** {@link #parse} the long way: decode to text, then JSON or a wire story. */
  ParseResult parseDecoded(String key, byte[] raw) {
    TextDecoder.Decoded decoded = TextDecoder.decode(raw);
    if (!decoded.ok()) {
      return ParseResult.rejected(decoded.reason(), decoded.detail());
    }
    String text = normalizedLines(decoded.text());
    String stripped = text.strip();
    if (stripped.startsWith("{") || stripped.startsWith("[")) {
      return parseJson(stripped, () -> fallbackId(key, text));
    }
    Optional<JsonNode> scalar = jsonScalar(stripped);
    if (scalar.isPresent()) {
      return ParseResult.rejected(Reason.NOT_AN_OBJECT, "a JSON article must be an object, this is "
          + scalar.get().getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return parseWireText(stripped, fallbackId(key, text));
  }

  /**
   * The id an article will be given: its JSON {@code id} when it has one, else a hash of its text,
   * else (for bytes that are not text) a hash of the bytes. Publishers key records by this.
   */
  public static String articleId(byte[] raw) {
    TextDecoder.Decoded decoded = TextDecoder.decode(raw);
    if (!decoded.ok()) {
      return ArticleIds.forBytes(raw);
    }
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    String stripped = text.strip();
    if (stripped.startsWith("{")) {
      try {
        JsonNode node = Json.mapper().readTree(stripped);
        JsonNode id = node.get("id");
        if (id != null && id.isTextual() && !id.asText().isBlank() && id.asText().strip().length() <= MAX_ID_CHARS) {
          return id.asText().strip();
        }
      } catch (JacksonException e) {
        // Not JSON after all: the text hash below identifies it.
      }
    }
    return ArticleIds.forText(text);
  }

  /**
   * The value when the whole text is one JSON scalar ({@code 42}, {@code null}, {@code "words"}):
   * a JSON document that is not an article, rather than a one-line wire story.
   */
  private static Optional<JsonNode> jsonScalar(String text) {
    char first = text.charAt(0);
    boolean candidate = first == '"' || first == '-' || Character.isDigit(first)
        || text.equals("null") || text.equals("true") || text.equals("false");
    if (!candidate) {
      return Optional.empty();
    }
    try {
      JsonNode node = Json.mapper().reader(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
      return node != null && node.isValueNode() ? Optional.of(node) : Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** The record key as the id when it can be one, else a hash of the text. */
  private static String fallbackId(String key, String text) {
    return key != null && !key.isBlank() && key.strip().length() <= MAX_ID_CHARS ? key.strip() : ArticleIds.forText(text);
  }

  private static String normalizedLines(String text) {
    // Most text has no carriage return: one search says so, where the two replacements searched twice.
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private ParseResult parseJson(String text, Supplier<String> fallbackId) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (JacksonException e) {
      return ParseResult.rejected(Reason.INVALID_JSON, "invalid JSON: " + firstLine(e.getOriginalMessage()));
    }
    return fromJson(node, fallbackId);
  }

  /** An article from a parsed JSON document; {@code fallbackId} gives the id when it has none. */
  private ParseResult fromJson(JsonNode node, Supplier<String> fallbackId) {
    if (!(node instanceof ObjectNode object)) {
      return ParseResult.rejected(Reason.NOT_AN_OBJECT,
          "a JSON article must be an object, this is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    JsonNode version = object.get("schemaVersion");
    if (version != null && !version.isNull()) {
      if (!version.canConvertToInt() || !version.isIntegralNumber()) {
        return wrongType("schemaVersion", "an integer", version);
      }
      if (version.intValue() < 1 || version.intValue() > EnrichedArticle.SCHEMA_VERSION) {
        return ParseResult.rejected(Reason.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion " + version.intValue()
            + " is not supported (this version reads 1 to " + EnrichedArticle.SCHEMA_VERSION + ")");
      }
    }
    var fields = new String[] {"id", "title", "headline", "body", "text", "date", "publishedDate",
        "dateline", "agency", "byline"};
    for (String field : fields) {
      JsonNode value = object.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        return wrongType(field, "a string", value);
      }
    }
    for (var limit : MAX_FIELD_CHARS.entrySet()) {
      String value = firstText(object, limit.getKey());
      if (value != null && value.strip().length() > limit.getValue()) {
        return ParseResult.rejected(Reason.FIELD_TOO_LONG, "field \"" + limit.getKey() + "\" is "
            + value.strip().length() + " characters, the limit is " + limit.getValue());
      }
    }
    String body = firstText(object, "body", "text");
    if (body == null || body.isBlank()) {
      return ParseResult.rejected(Reason.MISSING_BODY, "the JSON article has no \"body\" (or \"text\") field");
    }
    String id = Optional.ofNullable(firstText(object, "id")).filter(s -> !s.isBlank()).map(String::strip)
        .orElseGet(fallbackId);
    String dateText = firstText(object, "date", "publishedDate");
    LocalDate date = parseDate(dateText);
    if (date == null && dateText != null && !dateText.isBlank()) {
      return invalidDate(dateText);
    }
    List<String> paragraphs = paragraphs(body.replace("\r\n", "\n"));
    String datelineField = firstText(object, "dateline");
    String agency = blankToNull(firstText(object, "agency"));
    String byline = blankToNull(firstText(object, "byline"));
    DatelineParts dateline = DatelineParts.NONE;
    if (datelineField != null && !datelineField.isBlank()) {
      dateline = DatelineParser.parseStandalone(datelineField)
          .map(m -> DatelineParts.of(m, date))
          .orElse(new DatelineParts(datelineField.strip(), datelineField.strip(), null, null, null));
    } else if (!paragraphs.isEmpty()) {
      Optional<DatelineParser.Match> lead = DatelineParser.find(paragraphs.get(0));
      if (lead.isPresent()) {
        dateline = DatelineParts.of(lead.get(), date);
        paragraphs.set(0, lead.get().rest());
      }
    }
    if (byline == null) {
      byline = takeByline(paragraphs);
    }
    if (agency == null) {
      agency = dateline.agency();
    }
    String headline = blankToNull(firstText(object, "title", "headline"));
    if (headline == null) {
      headline = deriveHeadline(paragraphs);
    }
    if (paragraphs.isEmpty()) {
      return ParseResult.rejected(Reason.MISSING_BODY, "the article body is empty");
    }
    return new ParseResult.Parsed(new Article(id, date, dateline.text(), dateline.city(), dateline.region(),
        dateline.date(), agency, headline.strip(), paragraphs, byline, SourceFormat.JSON));
  }

  private ParseResult parseWireText(String text, String id) {
    LocalDate date = null;
    Matcher leadingDate = LEADING_DATE.matcher(text);
    // lookingAt, not find: the pattern is anchored, and find tried (and failed) at every position.
    if (leadingDate.lookingAt()) {
      date = parseDate(leadingDate.group(1));
      if (date == null) {
        return invalidDate(leadingDate.group(1));
      }
      text = text.substring(leadingDate.end());
    }
    List<String> paragraphs = paragraphs(text);
    String headline = null;
    // The first paragraph's dateline, looked for once whether or not it is the headline candidate.
    Optional<DatelineParser.Match> lead = paragraphs.isEmpty() ? Optional.empty() : DatelineParser.find(paragraphs.get(0));
    if (paragraphs.size() > 1 && looksLikeHeadline(paragraphs.get(0)) && lead.isEmpty()) {
      headline = paragraphs.remove(0);
      lead = DatelineParser.find(paragraphs.get(0));
    }
    DatelineParts dateline = DatelineParts.NONE;
    if (!paragraphs.isEmpty()) {
      if (lead.isPresent()) {
        dateline = DatelineParts.of(lead.get(), date);
        paragraphs.set(0, lead.get().rest().strip());
      }
    }
    String byline = takeByline(paragraphs);
    if (paragraphs.isEmpty()) {
      return ParseResult.rejected(Reason.MISSING_BODY, "the story has a dateline or headline but no body");
    }
    if (headline == null) {
      headline = deriveHeadline(paragraphs);
    }
    return new ParseResult.Parsed(new Article(id, date, dateline.text(), dateline.city(), dateline.region(),
        dateline.date(), dateline.agency(), headline, paragraphs, byline, SourceFormat.WIRE_TEXT));
  }

  private record DatelineParts(String text, String city, String region, LocalDate date, String agency) {
    static final DatelineParts NONE = new DatelineParts(null, null, null, null, null);

    static DatelineParts of(DatelineParser.Match m, LocalDate articleDate) {
      return new DatelineParts(m.text(), m.city(), m.region(), m.date(articleDate).orElse(null), m.agency());
    }
  }

  /**
   * The paragraphs of a text: blocks split at a line feed, optional spaces, tabs or form feeds, and
   * a second line feed (with the whitespace after it), as the regex {@code \n[ \t\f]*\n\s*} split them
   * before; a hand scan, as splitting with the regex was a fifth of the parse time.
   */
  static List<String> paragraphs(String text) {
    String stripped = text.strip();
    List<String> result = new ArrayList<>();
    int n = stripped.length();
    int blockStart = 0;
    int newline = stripped.indexOf('\n');
    while (newline >= 0) {
      int j = newline + 1;
      while (j < n && isSpaceTabOrFormFeed(stripped.charAt(j))) {
        j++;
      }
      if (j < n && stripped.charAt(j) == '\n') {
        addParagraph(stripped.substring(blockStart, newline), result);
        j++;
        while (j < n && Whitespace.isRegexSpace(stripped.charAt(j))) {
          j++;
        }
        blockStart = j;
        newline = stripped.indexOf('\n', j);
      } else {
        newline = stripped.indexOf('\n', newline + 1);
      }
    }
    addParagraph(stripped.substring(blockStart), result);
    return result;
  }

  private static void addParagraph(String block, List<String> result) {
    String paragraph = block.strip();
    if (paragraph.indexOf('\n') >= 0) {
      paragraph = LINE_BREAK.matcher(paragraph).replaceAll(" ");
    }
    if (paragraph.contains("  ") || paragraph.indexOf('\t') >= 0 || paragraph.indexOf('\f') >= 0) {
      paragraph = SPACE_RUN.matcher(paragraph).replaceAll(" ");
    }
    if (!paragraph.isEmpty()) {
      result.add(paragraph);
    }
  }

  private static boolean isSpaceTabOrFormFeed(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  /** Not ending in sentence or clause punctuation (paragraphs are never empty), on one line, short. */
  private static boolean looksLikeHeadline(String paragraph) {
    return paragraph.length() <= MAX_HEADLINE_CHARS
        && ".!?:;,".indexOf(paragraph.charAt(paragraph.length() - 1)) < 0
        && !paragraph.contains("\n");
  }

  private static String takeByline(List<String> paragraphs) {
    if (paragraphs.size() > 1 && mayBeByline(paragraphs.get(paragraphs.size() - 1))
        && BYLINE.matcher(paragraphs.get(paragraphs.size() - 1)).matches()) {
      return paragraphs.remove(paragraphs.size() - 1);
    }
    if (paragraphs.size() > 1 && startsWithBy(paragraphs.get(0)) && LEAD_BYLINE.matcher(paragraphs.get(0)).matches()) {
      return paragraphs.remove(0);
    }
    return null;
  }

  /**
   * What every {@link #BYLINE} match has: "contributed", a leading "by " or a leading parenthesis,
   * in ASCII upper or lower case as {@code (?i)} matches them. Checked first because the pattern's
   * {@code .{0,300}} tried every prefix of every last paragraph.
   */
  static boolean mayBeByline(String paragraph) {
    return startsWithBy(paragraph) || paragraph.startsWith("(") || containsAsciiIgnoreCase(paragraph, "contributed");
  }

  private static boolean startsWithBy(String paragraph) {
    return paragraph.regionMatches(true, 0, "by ", 0, 3);
  }

  /**
   * Whether {@code text} holds {@code word}, a lower-case ASCII word starting with a letter, in any
   * ASCII case. Only where its first letter is, in either case, found with {@link String#indexOf}
   * (a vectorised search), is the rest compared: testing every position of every last paragraph
   * showed in the parse profile.
   */
  static boolean containsAsciiIgnoreCase(String text, String word) {
    int last = text.length() - word.length();
    char lower = word.charAt(0);
    char upper = (char) (lower - ('a' - 'A'));
    int nextLower = text.indexOf(lower);
    int nextUpper = text.indexOf(upper);
    while (true) {
      int i;
      if (nextLower >= 0 && (nextUpper < 0 || nextLower < nextUpper)) {
        i = nextLower;
        nextLower = text.indexOf(lower, i + 1);
      } else if (nextUpper >= 0) {
        i = nextUpper;
        nextUpper = text.indexOf(upper, i + 1);
      } else {
        return false;
      }
      if (i > last) {
        return false;
      }
      int k = 1;
      while (k < word.length() && (text.charAt(i + k) | 0x20) == word.charAt(k)) {
        k++;
      }
      if (k == word.length()) {
        return true;
      }
    }
  }

  /** A headline from the lead: its first sentence, shortened at a clause or word boundary. */
  static String deriveHeadline(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "";
    }
    String lead = paragraphs.get(0);
    Matcher end = SENTENCE_END.matcher(lead);
    String sentence = end.find() ? lead.substring(0, end.start() + 1) : lead;
    sentence = FINAL_PERIOD.matcher(sentence.strip()).replaceAll("");
    if (sentence.length() <= DERIVED_HEADLINE_CHARS) {
      return sentence;
    }
    int clause = Math.max(sentence.lastIndexOf(", ", DERIVED_HEADLINE_CHARS), sentence.lastIndexOf(" — ", DERIVED_HEADLINE_CHARS));
    if (clause >= 40) {
      return sentence.substring(0, clause);
    }
    int space = sentence.lastIndexOf(' ', DERIVED_HEADLINE_CHARS);
    return (space > 0 ? sentence.substring(0, space) : sentence.substring(0, DERIVED_HEADLINE_CHARS)) + "…";
  }

  /** A date from {@code YYYY-MM-DD} (or an ISO date-time), or null when absent or not a date of years 1000 to 9999. */
  private static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    try {
      LocalDate date = LocalDate.parse(trimmed.length() > 10 && trimmed.charAt(10) == 'T' ? trimmed.substring(0, 10) : trimmed);
      return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static ParseResult invalidDate(String text) {
    String shown = text.strip().length() > 40 ? text.strip().substring(0, 40) + "…" : text.strip();
    return ParseResult.rejected(Reason.INVALID_DATE, "\"" + shown + "\" is not a date (YYYY-MM-DD, years "
        + MIN_YEAR + " to " + MAX_YEAR + ")");
  }

  private static String firstText(ObjectNode object, String... names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
    }
    return null;
  }

  private static ParseResult wrongType(String field, String expected, JsonNode value) {
    return ParseResult.rejected(Reason.WRONG_FIELD_TYPE, "field \"" + field + "\" must be " + expected
        + ", not " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
