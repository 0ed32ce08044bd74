package org.newsflow.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.Fixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsflow.Fixtures;
import org.newsflow.model.Article;
import org.newsflow.model.Failure.Reason;
import org.newsflow.model.Json;
import org.newsflow.model.SourceFormat;

class ArticleParserTest {

  private final ArticleParser parser = new ArticleParser();

  private Article parsed(String text) {
    return parsed(null, utf8(text));
  }

  private Article parsed(String key, byte[] raw) {
    ParseResult result = parser.parse(key, raw);
    assertThat(result).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).article();
  }

  private Reason rejection(byte[] raw) {
    ParseResult result = parser.parse("k", raw);
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    return ((ParseResult.Rejected) result).failure().reason();
  }

  @Test
  void seedWireStoryHasDateDatelineAgencyAndByline() {
    Article article = parsed(null, Fixtures.seed(Fixtures.SEED_ARTICLE));
    assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2025, 1, 17));
    assertThat(article.datelineText()).isEqualTo("WASHINGTON (AP)");
    assertThat(article.datelineCity()).isEqualTo("WASHINGTON");
    assertThat(article.agency()).isEqualTo("AP");
    assertThat(article.lead()).startsWith("President-elect Donald Trump and Chinese leader Xi Jinping");
    assertThat(article.byline()).startsWith("AP reporters Simina Mistreanu").endsWith("contributed to this report.");
    assertThat(article.body()).doesNotContain("contributed to this report").doesNotContain("WASHINGTON (AP)");
    assertThat(article.paragraphs()).hasSize(17);
    assertThat(article.headline()).isEqualTo(
        "President-elect Donald Trump and Chinese leader Xi Jinping discussed trade");
    assertThat(article.format()).isEqualTo(SourceFormat.WIRE_TEXT);
  }

  @Test
  void reutersDatelineWithHyphen() {
    Article article = parsed("LONDON (Reuters) - Britain's economy grew 0.3% in the third quarter.\n\nMore text.");
    assertThat(article.datelineCity()).isEqualTo("LONDON");
    assertThat(article.agency()).isEqualTo("Reuters");
    assertThat(article.lead()).isEqualTo("Britain's economy grew 0.3% in the third quarter.");
  }

  @Test
  void datelineWithDateTakesTheYearFromTheArticleDate() {
    Article article = parsed("date 2024-04-13\nMANCHESTER, April 12 (AP) — Northfield United came from behind.");
    assertThat(article.datelineCity()).isEqualTo("MANCHESTER");
    assertThat(article.datelineDate()).isEqualTo(LocalDate.of(2024, 4, 12));
    assertThat(article.agency()).isEqualTo("AP");
  }

  @Test
  void datelineWithRegionAndNoAgency() {
    Article article = parsed("SAN JUAN, Puerto Rico — Power returned to most homes on Sunday.");
    assertThat(article.datelineCity()).isEqualTo("SAN JUAN");
    assertThat(article.datelineRegion()).isEqualTo("Puerto Rico");
    assertThat(article.agency()).isNull();
    assertThat(article.datelineText()).isEqualTo("SAN JUAN, Puerto Rico");
  }

  @Test
  void reuters1987DatelineWithMonthAbbreviation() {
    Article article = parsed("SALVADOR, Feb 26 - Showers continued in the cocoa zone.");
    assertThat(article.datelineCity()).isEqualTo("SALVADOR");
    assertThat(article.datelineRegion()).isNull();
    assertThat(article.lead()).isEqualTo("Showers continued in the cocoa zone.");
  }

  @Test
  void nonAsciiCapitalsInTheDateline() {
    Article article = parsed("ZÜRICH, Switzerland (AP) — Swiss watch exports fell.\n\nSão Paulo buyers stayed away.");
    assertThat(article.datelineCity()).isEqualTo("ZÜRICH");
    assertThat(article.paragraphs()).containsExactly("Swiss watch exports fell.", "São Paulo buyers stayed away.");
  }

  @Test
  void noDatelineButAHeadlineLine() {
    Article article = parsed("Hospitals under strain as flu cases surge\n\nHospitals across the region said on Monday "
        + "that admissions had doubled.\n\nThe peak is expected next week.");
    assertThat(article.headline()).isEqualTo("Hospitals under strain as flu cases surge");
    assertThat(article.datelineText()).isNull();
    assertThat(article.paragraphs()).hasSize(2);
  }

  @Test
  void noDatelineNoHeadlineDerivesTheHeadlineFromTheLead() {
    Article article = parsed("The council approved the budget on Tuesday. It will take effect in May.");
    assertThat(article.headline()).isEqualTo("The council approved the budget on Tuesday");
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    Article article = parsed("PARIS (Reuters) - Line one of the lead\ncontinues here.\n\nSecond paragraph.");
    assertThat(article.lead()).isEqualTo("Line one of the lead continues here.");
  }

  @Test
  void jsonArticleKeepsItsOwnId() {
    Article article = parsed("other-key", utf8("""
        {"id": "nf-1", "title": "Reef bleaching spreads", "body": "Scientists said on Monday...", "date": "2025-03-31",
         "agency": "AFP", "extra": {"ignored": true}}"""));
    assertThat(article.id()).isEqualTo("nf-1");
    assertThat(article.headline()).isEqualTo("Reef bleaching spreads");
    assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(article.agency()).isEqualTo("AFP");
    assertThat(article.format()).isEqualTo(SourceFormat.JSON);
  }

  @Test
  void jsonArticleWithoutIdGetsAContentIdThatIsStable() {
    byte[] raw = utf8("{\"title\": \"A\", \"body\": \"Body text here.\"}");
    byte[] sameWithOtherSpacing = utf8("{\"title\": \"A\", \"body\": \"Body text here.\"}\r\n");
    assertThat(parsed(null, raw).id()).isEqualTo(parsed(null, sameWithOtherSpacing).id()).hasSize(16);
    assertThat(ArticleParser.articleId(raw)).isEqualTo(parsed(null, raw).id());
  }

  @Test
  void jsonDatelineFieldAndDatelineInBody() {
    Article withField = parsed(null, utf8("{\"title\": \"T\", \"dateline\": \"GENEVA\", \"body\": \"Text.\"}"));
    assertThat(withField.datelineCity()).isEqualTo("GENEVA");
    Article inBody = parsed(null, utf8("{\"title\": \"T\", \"body\": \"KYIV, Ukraine (AP) — Sirens sounded.\"}"));
    assertThat(inBody.datelineCity()).isEqualTo("KYIV");
    assertThat(inBody.lead()).isEqualTo("Sirens sounded.");
  }

  @Test
  void wireTextIdIsTheKeyWhenGiven() {
    assertThat(parsed("abc", utf8("LONDON (Reuters) - Text.")).id()).isEqualTo("abc");
    assertThat(parsed(null, utf8("LONDON (Reuters) - Text.")).id()).isEqualTo(ArticleIds.forText("LONDON (Reuters) - Text."));
  }

  @Test
  void malformedInputIsRejectedWithAReason() {
    assertThat(rejection(new byte[0])).isEqualTo(Reason.EMPTY);
    assertThat(rejection(utf8(" \n\t "))).isEqualTo(Reason.EMPTY);
    assertThat(rejection(new byte[] {(byte) 0xC3, (byte) 0x28, 0x41})).isEqualTo(Reason.INVALID_ENCODING);
    assertThat(rejection(utf8("text with a NUL \u0000 byte"))).isEqualTo(Reason.BINARY_CONTENT);
    assertThat(rejection(utf8("{\"title\": \"T\", \"body\": "))).isEqualTo(Reason.INVALID_JSON);
    assertThat(rejection(utf8("[1, 2]"))).isEqualTo(Reason.NOT_AN_OBJECT);
    assertThat(rejection(utf8("{\"title\": \"T\", \"body\": 42}"))).isEqualTo(Reason.WRONG_FIELD_TYPE);
    assertThat(rejection(utf8("{\"title\": \"T\"}"))).isEqualTo(Reason.MISSING_BODY);
    assertThat(rejection(utf8("{\"schemaVersion\": 99, \"body\": \"x\"}"))).isEqualTo(Reason.UNSUPPORTED_SCHEMA_VERSION);
    assertThat(rejection(new byte[ArticleParser.MAX_ARTICLE_BYTES + 1])).isEqualTo(Reason.TOO_LARGE);
    assertThat(rejection(Fixtures.seed("901_malformed_binary.txt"))).isIn(Reason.INVALID_ENCODING, Reason.BINARY_CONTENT);
  }

  @Test
  void deeplyNestedJsonIsRejectedNotAStackOverflow() {
    String nested = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(rejection(utf8(nested))).isEqualTo(Reason.INVALID_JSON);
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    byte[] utf16 = "\uFEFFBERLIN (AP) — Läufer.".getBytes(StandardCharsets.UTF_16LE);
    utf16[0] = (byte) 0xFF;
    utf16[1] = (byte) 0xFE;
    assertThat(parsed("k", utf16).lead()).isEqualTo("Läufer.");
  }

  @Test
  void datelineParserIgnoresOrdinarySentences() {
    assertThat(DatelineParser.find("The market rose - and fell.")).isEmpty();
    assertThat(DatelineParser.find("A - B testing works.")).isEmpty();
  }

  private String detail(byte[] raw) {
    ParseResult result = parser.parse("k", raw);
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    return ((ParseResult.Rejected) result).failure().detail();
  }

  @Test
  void aJsonDocumentThatIsAScalarIsNotAnArticle() {
    assertThat(rejection(utf8("42"))).isEqualTo(Reason.NOT_AN_OBJECT);
    assertThat(rejection(utf8(" null\n"))).isEqualTo(Reason.NOT_AN_OBJECT);
    assertThat(rejection(utf8("\"just a string\""))).isEqualTo(Reason.NOT_AN_OBJECT);
    assertThat(detail(utf8("true"))).isEqualTo("a JSON article must be an object, this is boolean");
    // Wire stories that merely start like JSON values are still stories.
    assertThat(parsed("\"We will win,\" the coach said on Sunday.").lead()).startsWith("\"We will win,\"");
    assertThat(parsed("2025 was the warmest year on record, scientists said.").lead()).startsWith("2025 was");
  }

  @Test
  void datesOutsideFourDigitYearsAreRejectedNotDropped() {
    assertThat(rejection(utf8("{\"date\": \"30000-01-01\", \"body\": \"Text.\"}"))).isEqualTo(Reason.INVALID_DATE);
    assertThat(detail(utf8("{\"date\": \"+30000-01-01\", \"body\": \"Text.\"}")))
        .isEqualTo("\"+30000-01-01\" is not a date (YYYY-MM-DD, years 1000 to 9999)");
    assertThat(rejection(utf8("{\"publishedDate\": \"yesterday\", \"body\": \"Text.\"}"))).isEqualTo(Reason.INVALID_DATE);
    assertThat(rejection(utf8("date 2025-02-30\nLONDON (Reuters) - Text."))).isEqualTo(Reason.INVALID_DATE);
    assertThat(parsed(null, utf8("{\"date\": \"2025-01-17T09:30:00Z\", \"body\": \"Text.\"}")).publishedDate())
        .isEqualTo(LocalDate.of(2025, 1, 17));
  }

  @Test
  void overlongFieldsAreRejected() {
    String dateline = "A".repeat(5_000);
    assertThat(detail(utf8("{\"dateline\": \"" + dateline + "\", \"body\": \"Text.\"}")))
        .isEqualTo("field \"dateline\" is 5000 characters, the limit is 200");
    assertThat(rejection(utf8("{\"id\": \"" + "x".repeat(201) + "\", \"body\": \"Text.\"}"))).isEqualTo(Reason.FIELD_TOO_LONG);
    // A wire story opening with 5,000 capitals has no dateline, and is read in linear time.
    assertThat(parsed(dateline + " — Text.").datelineText()).isNull();
  }

  @Test
  void anOverlongKeyOrJsonIdIsNotUsedAsTheId() {
    String longKey = "k".repeat(ArticleParser.MAX_ID_CHARS + 1);
    assertThat(parsed(longKey, utf8("LONDON (Reuters) - Text.")).id()).isEqualTo(ArticleIds.forText("LONDON (Reuters) - Text."));
    byte[] longId = utf8("{\"id\": \"" + longKey + "\", \"body\": \"Text.\"}");
    assertThat(ArticleParser.articleId(longId)).hasSize(16);
  }

  @Test
  void aTombstoneAndWindows1252TextAreRejectedWithAReasonThatSaysSo() {
    assertThat(detail(null)).isEqualTo("the record has no value (a tombstone)");
    byte[] cp1252 = "PARIS (AP) — Le café « Zoé » a ouvert.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(rejection(cp1252)).isEqualTo(Reason.INVALID_ENCODING);
    assertThat(detail(cp1252)).contains("Windows-1252", "convert it to UTF-8");
    assertThat(detail(new byte[] {0x41, (byte) 0xC3, 0x00})).doesNotContain("Windows-1252");
  }

  @Test
  void aMillionDigitNumberStopsAtJacksonsNumberLimit() {
    byte[] json = utf8("{\"body\": \"Text.\", \"count\": " + "9".repeat(1_000_000) + "}");
    assertThat(json.length).isLessThan(ArticleParser.MAX_ARTICLE_BYTES);
    assertThat(rejection(json)).isEqualTo(Reason.INVALID_JSON);
    assertThat(detail(json)).contains("Number value length");
  }

  @Test
  void anOverlongFieldNameStopsAtJacksonsNameLimit() {
    byte[] json = utf8("{\"body\": \"Text.\", \"" + "n".repeat(Json.MAX_NAME_LENGTH + 1) + "\": 1}");
    assertThat(rejection(json)).isEqualTo(Reason.INVALID_JSON);
    assertThat(detail(json)).contains("Name length");
  }
}
