package org.newsflow.enrich;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsflow.model.Article;
import org.newsflow.model.Dateline;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Entities;
import org.newsflow.model.GeoPlace;
import org.newsflow.model.PlaceMention;
import org.newsflow.model.TextStats;

/**
 * Turns a parsed {@link Article} into an {@link EnrichedArticle} (with no topics yet): language,
 * text statistics, people, organizations and places, the resolved dateline, quotes, keywords and
 * a summary. Thread-safe; build one and share it.
 */
public final class Enricher {

  /** Average adult silent reading speed for news prose, in words per minute. */
  static final int WORDS_PER_MINUTE = 230;

  private final Gazetteer gazetteer;
  private final LanguageIdentifier languages;
  private final SentenceSplitter sentences;
  private final NameFinder names;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final KeywordExtractor keywords;

  public Enricher(Gazetteer gazetteer, LanguageIdentifier languages, SentenceSplitter sentences,
      NameFinder names, KeywordExtractor keywords) {
    this.gazetteer = gazetteer;
    this.languages = languages;
    this.sentences = sentences;
    this.names = names;
    this.keywords = keywords;
  }

  /** The enricher with its bundled models and resources. */
  public static Enricher bundled() {
    Gazetteer gazetteer = Gazetteer.bundled();
    return new Enricher(gazetteer, LanguageIdentifier.bundled(), SentenceSplitter.bundled(),
        NameFinder.bundled(gazetteer), KeywordExtractor.bundled());
  }

  public EnrichedArticle enrich(Article article) {
    String body = article.body();
    // The headline and the body as one text, of which only the sampled start is built.
    String language = languages.identify(article.headline(), article.paragraphs()).orElse(null);
    List<String> sentenceList = sentences.sentences(article.paragraphs());
    // Names and keywords both read every sentence word by word: tokenize each sentence once.
    List<List<Token>> sentenceTokens = sentenceList.stream().map(Tokenizer::tokens).toList();
    int lead = Summarizer.leadOfTokenized(sentenceTokens);
    // The lead's places (as the name rules give them on its sentences alone) come from the same pass.
    NameFinder.Result found = names.find(sentenceList, sentenceTokens, lead);
    Dateline dateline = dateline(article, found.countryCodes());
    List<PlaceMention> places = found.places();
    int words = wordCount(body, sentenceTokens);
    var stats = new TextStats(words, sentenceList.size(), (int) Math.round(words * 60.0 / WORDS_PER_MINUTE));
    String summary = String.join(" ", sentenceList.subList(0, lead));
    List<String> leadCountries = MainCountries.countryCodes(found.leadPlaces());
    List<String> countries = MainCountries.select(
        dateline == null || dateline.place() == null ? null : dateline.place().countryCode(), leadCountries, places);
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA_VERSION,
        article.id(),
        article.publishedDate(),
        dateline,
        article.agency(),
        article.headline(),
        body,
        article.byline(),
        language,
        stats,
        entities(found, places, countries, language),
        quotes.extract(article.paragraphs(), found),
        keywords.extract(article.headline(), sentenceList, sentenceTokens, language),
        summary,
        List.of());
  }

  /**
   * The words of the body: those of its sentences, already tokenized, when the splitter cuts only
   * at whitespace (no word spans two sentences, and what lies between sentences is whitespace);
   * otherwise a second pass over the body.
   */
  private int wordCount(String body, List<List<Token>> sentenceTokens) {
    if (!sentences.cutsOnlyAtWhitespace()) {
      return Tokenizer.count(body);
    }
    int words = 0;
    for (List<Token> tokens : sentenceTokens) {
      words += tokens.size();
    }
    return words;
  }

  /** People and organizations only where the rules know the language: English, or unknown (too short to tell). */
  private static Entities entities(NameFinder.Result found, List<PlaceMention> places, List<String> countries,
      String language) {
    if (language != null && !language.equals("en")) {
      return new Entities(List.of(), List.of(), places, countries, true);
    }
    return new Entities(found.people(), found.organizations(), places, countries, false);
  }

  private Dateline dateline(Article article, Set<String> countries) {
    if (article.datelineText() == null) {
      return null;
    }
    Optional<GeoPlace> place = Optional.empty();
    if (article.datelineCity() != null) {
      place = gazetteer.resolveDateline(article.datelineCity(), article.datelineRegion());
    }
    return new Dateline(article.datelineText(), place.orElse(null), article.datelineDate());
  }
}
