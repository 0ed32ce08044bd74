package org.newsflow.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsflow.model.Article;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Failure.Reason;
import org.newsflow.model.Json;
import org.newsflow.model.SourceFormat;

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
  private static final int MAX_HEADLINE_CHARS = 200;
  private static final int DERIVED_HEADLINE_CHARS = 110;

  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})[ \\t]*\\n?[ \\t]*");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\f]*\\n\\s*");
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(?:.{0,300}\\bcontributed (?:to )?(?:this )?report(?:ing)?\\.?|by [\\p{L} .,'’-]{2,80}|\\(.{0,200}(?:reporting|editing) by .{0,200}\\))$");
  private static final Pattern BY_LEAD = Pattern.compile("(?i)^by [\\p{L} .,'’-]{2,80}$");
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\f]{2,}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(?=\\s+[\"“‘(]?\\p{Lu})");

  /** Parses raw bytes; {@code key} is the Kafka record key, used as the id when the JSON has none. */
  public ParseResult parse(String key, byte[] raw) {
    if (raw != null && raw.length > MAX_ARTICLE_BYTES) {
      return ParseResult.rejected(Reason.TOO_LARGE,
          "article is " + raw.length + " bytes, the limit is " + MAX_ARTICLE_BYTES);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(raw);
    if (!decoded.ok()) {
      return ParseResult.rejected(decoded.reason(), decoded.detail());
    }
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    String stripped = text.strip();
    // The text's hash is only needed when neither the key nor the JSON names the article.
    Supplier<String> fallbackId = key != null && !key.isBlank() ? key::strip : () -> ArticleIds.forText(text);
    if (stripped.startsWith("{") || stripped.startsWith("[")) {
      return parseJson(stripped, fallbackId);
    }
    return parseWireText(stripped, fallbackId.get());
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
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
          return id.asText().strip();
        }
      } catch (JacksonException e) {
        // Not JSON after all: the text hash below identifies it.
      }
    }
    return ArticleIds.forText(text);
  }

  private ParseResult parseJson(String text, Supplier<String> fallbackId) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (JacksonException e) {
      return ParseResult.rejected(Reason.INVALID_JSON, "invalid JSON: " + firstLine(e.getOriginalMessage()));
    }
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
    String body = firstText(object, "body", "text");
    if (body == null || body.isBlank()) {
      return ParseResult.rejected(Reason.MISSING_BODY, "the JSON article has no \"body\" (or \"text\") field");
    }
    String id = Optional.ofNullable(firstText(object, "id")).filter(s -> !s.isBlank()).map(String::strip)
        .orElseGet(fallbackId);
    LocalDate date = parseDate(firstText(object, "date", "publishedDate"));
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
    if (leadingDate.find()) {
      date = parseDate(leadingDate.group(1));
      text = text.substring(leadingDate.end());
    }
    List<String> paragraphs = paragraphs(text);
    String headline = null;
    if (paragraphs.size() > 1 && looksLikeHeadline(paragraphs.get(0)) && DatelineParser.find(paragraphs.get(0)).isEmpty()) {
      headline = paragraphs.remove(0);
    }
    DatelineParts dateline = DatelineParts.NONE;
    if (!paragraphs.isEmpty()) {
      Optional<DatelineParser.Match> lead = DatelineParser.find(paragraphs.get(0));
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

  private static List<String> paragraphs(String text) {
    List<String> result = new ArrayList<>();
    for (String block : PARAGRAPH_BREAK.split(text.strip())) {
      String paragraph = SPACE_RUN.matcher(LINE_BREAK.matcher(block.strip()).replaceAll(" ")).replaceAll(" ");
      if (!paragraph.isEmpty()) {
        result.add(paragraph);
      }
    }
    return result;
  }

  private static boolean looksLikeHeadline(String paragraph) {
    return paragraph.length() <= MAX_HEADLINE_CHARS
        && !endsWithPunctuation(paragraph)
        && paragraph.indexOf('\n') < 0;
  }

  private static boolean endsWithPunctuation(String paragraph) {
    return !paragraph.isEmpty() && ".!?:;,".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0;
  }

  private static String takeByline(List<String> paragraphs) {
    if (paragraphs.size() > 1 && BYLINE.matcher(paragraphs.get(paragraphs.size() - 1)).matches()) {
      return paragraphs.remove(paragraphs.size() - 1);
    }
    if (paragraphs.size() > 1 && BY_LEAD.matcher(paragraphs.get(0)).matches()) {
      return paragraphs.remove(0);
    }
    return null;
  }

  /** A headline from the lead: its first sentence, shortened at a clause or word boundary. */
  static String deriveHeadline(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "";
    }
    String lead = paragraphs.get(0);
    Matcher end = SENTENCE_END.matcher(lead);
    String sentence = end.find() ? lead.substring(0, end.start() + 1) : lead;
    sentence = sentence.strip();
    if (sentence.endsWith(".")) {
      sentence = sentence.substring(0, sentence.length() - 1);
    }
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

  private static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    try {
      return LocalDate.parse(trimmed.length() > 10 && trimmed.charAt(10) == 'T' ? trimmed.substring(0, 10) : trimmed);
    } catch (DateTimeParseException e) {
      return null;
    }
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
