package org.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.model.TopicTag;

class LexiconTaggerTest {

  private static final Taxonomy IPTC = Taxonomy.bundled();
  private final LexiconTagger tagger = new LexiconTagger(IPTC);

  @Test
  void bundledTaxonomyHasTheSeventeenTopLevelIptcTopicsAndSubtopicsUnderThem() {
    var topLevel = IPTC.topics().stream().filter(t -> t.parent() == null).toList();
    assertThat(topLevel).hasSize(17).allSatisfy(t -> assertThat(t.code()).matches("medtop:(0[1-9]|1[0-7])000000"));
    var subtopics = IPTC.topics().stream().filter(t -> t.parent() != null).toList();
    assertThat(subtopics).hasSizeGreaterThanOrEqualTo(40).allSatisfy(t -> {
      assertThat(t.code()).matches("medtop:2\\d{7}");
      TaxonomyTopic parent = IPTC.topic(t.parent()).orElseThrow();
      assertThat(parent.parent()).isNull();
      assertThat(t.slug()).startsWith(parent.slug() + ".");
      assertThat(t.terms()).isNotEmpty();
    });
    assertThat(IPTC.topics()).extracting(TaxonomyTopic::slug).doesNotHaveDuplicates();
  }

  @Test
  void aSubtopicPullsInItsParentAtLeastAsStrongly() {
    var tags = tagger.tag("Serena wins Wimbledon final", "The top seed won the grand slam final in straight sets after "
        + "saving two break points, her seventh Wimbledon title on Centre Court.");
    var tennis = tags.stream().filter(t -> t.code().equals("medtop:20001085")).findFirst().orElseThrow();
    var sport = tags.stream().filter(t -> t.code().equals("medtop:15000000")).findFirst().orElseThrow();
    assertThat(tennis.score()).isGreaterThan(0.5);
    assertThat(sport.score()).isGreaterThanOrEqualTo(tennis.score());
    assertThat(tags.indexOf(sport)).isLessThan(tags.indexOf(tennis));
  }

  @Test
  void aTaxonomyWhoseParentIsMissingIsRefused() {
    var orphan = new TaxonomyTopic("x:2", "child", "parent.child", "x:1", Map.of("word", 1.0));
    assertThatThrownBy(() -> new Taxonomy("broken", 0.5, List.of(orphan)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown parent x:1");
  }

  @Test
  void bundledTaxonomyLabelsAreIptcsOwn() throws IOException {
    Path file = Path.of("../shared/iptc-media-topics-top-level.tsv");
    assumeTrue(Files.exists(file), "the shared IPTC list is not beside the repository");
    List<String> lines = Files.readAllLines(file);
    var official = lines.subList(1, lines.size()).stream().map(l -> l.split("\t")).toList();
    assertThat(official).hasSize(17);
    for (String[] row : official) {
      assertThat(IPTC.topic(row[0])).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo(row[1]));
    }
    assertThat(IPTC.topic("medtop:11000000")).hasValueSatisfying(t -> assertThat(t.slug()).isEqualTo("politics"));
    assertThat(IPTC.topic("medtop:04000000")).hasValueSatisfying(t ->
        assertThat(t.slug()).isEqualTo("economy-business-finance"));
  }

  @Test
  void sportsStoryIsTaggedSportWithAHighScore() {
    List<TopicTag> tags = tagger.tag("United beat City 3-2 in the derby",
        "The striker scored twice in the second half as the league leaders came from behind. The coach praised the "
            + "goalkeeper, and the match drew a crowd of 70,000 to the stadium for the championship clash.");
    assertThat(tags.get(0).label()).isEqualTo("sport");
    assertThat(tags.get(0).score()).isGreaterThan(0.5);
  }

  @Test
  void severalTopicsWhenTheStoryHasSeveral() {
    List<TopicTag> tags = tagger.tag("Parliament votes on tariffs",
        "Lawmakers in parliament voted on the government's trade bill, which imposes tariffs on imports, as the central "
            + "bank warned that inflation and interest rates could rise. The election campaign focused on the economy.");
    assertThat(tags).extracting(TopicTag::label).contains("politics", "economy, business and finance");
    assertThat(tags).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void textWithoutTopicVocabularyHasNoConfidentTags() {
    assertThat(tagger.tag("Untitled", "Lorem ipsum dolor sit amet.")).allSatisfy(t ->
        assertThat(t.score()).isLessThan(0.5));
  }

  @Test
  void aLongerStoryNeedsMoreEvidenceForTheSameScore() {
    String sentence = "The team won the match. ";
    String filler = "Residents said the weather was mild and the town was quiet. ".repeat(60);
    double brief = tagger.tag("", sentence).get(0).score();
    double diluted = tagger.tag("", sentence + filler).stream().filter(t -> t.label().equals("sport"))
        .findFirst().orElseThrow().score();
    assertThat(diluted).isLessThan(brief);
  }

  @Test
  void userTaxonomyWithPhrasesPrefixesAndParents(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("custom.json");
    Files.writeString(file, """
        {"name": "newsroom", "threshold": 0.4, "topics": [
          {"code": "x:markets", "label": "markets", "slug": "markets", "terms": {}},
          {"code": "x:crypto", "label": "crypto", "slug": "crypto", "parent": "x:markets",
           "terms": {"bitcoin": 3, "crypto*": 2, "digital wallet": 2}}
        ]}""");
    Taxonomy custom = Taxonomy.load(file);
    assertThat(custom.threshold()).isEqualTo(0.4);
    List<TopicTag> tags = new LexiconTagger(custom).tag("Bitcoin rallies", "Cryptocurrency traders moved coins to a digital wallet.");
    assertThat(tags).extracting(TopicTag::code).containsExactlyInAnyOrder("x:crypto", "x:markets");
    assertThat(tags.get(0).score()).isEqualTo(tags.get(1).score());
  }

  @Test
  void invalidTaxonomiesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> new TaxonomyTopic("c", "Label", "Not A Slug", null, Map.of()))
        .hasMessageContaining("slug");
    var topic = new TaxonomyTopic("c", "label", "label", null, Map.of());
    assertThatThrownBy(() -> new Taxonomy("t", 0.5, List.of(topic, topic))).hasMessageContaining("twice");
  }

  /** A one-topic lexicon with the given terms, all of weight 5. */
  private static LexiconTagger lexicon(String... terms) {
    Map<String, Double> weights = new java.util.LinkedHashMap<>();
    for (String term : terms) {
      weights.put(term, 5.0);
    }
    return new LexiconTagger(new Taxonomy("test", 0.5, List.of(new TaxonomyTopic("t:x", "x", "x", null, weights))));
  }

  @Test
  void emptyAndMissingTextHaveNoTags() {
    assertThat(tagger.tag("", "")).isEmpty();
    assertThat(tagger.tag(null, null)).isEmpty();
    assertThat(tagger.tag(" -- ", "’ ' - ...")).isEmpty();
  }

  @Test
  void nonAsciiTermsAndPrefixesMatchWhateverTheCase() {
    LexiconTagger nonAscii = lexicon("El Niño", "über*", "ñ*");
    assertThat(nonAscii.tag("", "Forecasters blame EL NIÑO.")).hasSize(1);
    assertThat(nonAscii.tag("", "An Überraschung.")).hasSize(1);
    assertThat(nonAscii.tag("", "Ñandú sightings.")).hasSize(1);
    assertThat(nonAscii.tag("", "El Nino, uber, nandu.")).isEmpty();
  }

  @Test
  void prefixesOfTwoLettersAndOfMoreMatchOnlyWordsThatStartWithThemWhole() {
    LexiconTagger twoLetters = lexicon("co*");
    assertThat(twoLetters.tag("", "Cow.")).hasSize(1);
    assertThat(twoLetters.tag("", "Co.")).hasSize(1);
    assertThat(twoLetters.tag("", "Cab, c, oc.")).isEmpty();
    LexiconTagger longer = lexicon("crypto*", "co*");
    assertThat(longer.tag("", "Cryptography.")).hasSize(1);
    assertThat(longer.tag("", "Crypt, cry, cr.")).isEmpty();
    assertThat(longer.tag("", "Crypt cow.")).as("a two-letter prefix beside a longer one of another pair").hasSize(1);
  }

  @Test
  void onePlusTheLogOfARulesHitsIsMathLogsToTheLastBitInAndBeyondTheTable() {
    for (double hits : new double[] {1, 2, 3, 7, 62, 63, 64, 65, 1000, 0.5, 1.5, 2.75}) {
      assertThat(Double.doubleToRawLongBits(LexiconTagger.onePlusLog(hits)))
          .as("hits %s", hits).isEqualTo(Double.doubleToRawLongBits(1.0 + Math.log(hits)));
    }
  }

  @Test
  void aWordWithTheSameHashAsATermDoesNotMatchIt() {
    assertThat("ac0".hashCode()).isEqualTo("aan".hashCode());
    LexiconTagger colliding = lexicon("aan", "ac0 rule");
    assertThat(colliding.tag("", "ac0 ac0 ac0")).isEmpty();
    assertThat(colliding.tag("", "aan rule")).hasSize(1);
    assertThat(colliding.tag("", "ac0 rule")).hasSize(1);
  }

  @Test
  void phrasesMatchWholeWordsUpToTheEndOfTheirOwnText() {
    LexiconTagger phrases = lexicon("climate chang*", "interest rate");
    assertThat(phrases.tag("", "Climate changes fast.")).hasSize(1);
    assertThat(phrases.tag("", "The interest rate")).hasSize(1);
    assertThat(phrases.tag("", "The interest rates, the climate")).isEmpty();
    assertThat(phrases.tag("Interest", "rate")).as("not across headline and body").isEmpty();
    assertThat(phrases.tag("", "its climate; change")).as("punctuation between the words does not break a phrase")
        .hasSize(1);
  }
  @Test
  void aWordThatIsATermAlsoStartsPhrasesWithoutMatchingThemAlone() {
    LexiconTagger trade = lexicon("trade", "trade war", "trade deal*");
    double alone = trade.tag("", "Trade talks resumed.").get(0).score();
    double withPhrase = trade.tag("", "Trade war looms.").get(0).score();
    double withPrefix = trade.tag("", "Trade dealers wait.").get(0).score();
    assertThat(withPhrase).isGreaterThan(alone).isEqualTo(withPrefix);
    assertThat(trade.tag("", "The trade")).extracting(TopicTag::score).containsExactly(alone);
    assertThat(lexicon("trade war", "trade deal*").tag("", "Trade talks resumed, trade.")).isEmpty();
  }
}
