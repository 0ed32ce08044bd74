package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.Fixtures;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceMention;

class NameFinderTest {

  private static final NameFinder FINDER = NameFinder.bundled(Gazetteer.bundled());

  private static NameFinder.Result find(String... sentences) {
    return FINDER.find(List.of(sentences));
  }

  @Test
  void splitsAtWhiteSpaceAsTheRegexSplitDid() {
    for (String text : List.of("President Xi", "Xi  Jinping", "a\tb\nc", " lead", "trail ", "  ", "", "one",
        "x\u00A0y", "a \u000B b\f\r c", " a  b ")) {
      assertThat(NameFinder.splitAtWhiteSpace(text)).as("[" + text + "]")
          .containsExactly(text.split("\\s+"));
    }
  }

  @Test
  void initialsAsTheRegexSplitGaveThem() {
    for (String name : List.of("International Labour Organization", "Bank of England", "  Leading space", "a\tB\nC",
        "x\u00A0Y", "", "Éire Ōtsu", "𝐀lpha Beta", "trailing ")) {
      StringBuilder expected = new StringBuilder();
      for (String word : name.split("\\s+")) {
        if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
          expected.appendCodePoint(word.codePointAt(0));
        }
      }
      assertThat(NameFinder.initials(name)).as("[" + name + "]").isEqualTo(expected.toString());
    }
  }

  @Test
  void aliasesAreTheFirstAndLastPartsOfSplitNames() {
    var names = new java.util.LinkedHashSet<>(List.of("Xi Jinping", "Donald Trump", "Ivanka Trump", "Madonna",
        " Lead Space", "Trail Space ", "Two  Spaces", "   ", "", "Xi Xi", "Jean Claude Van Damme"));
    java.util.Map<String, String> expected = new java.util.HashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    for (String name : names) {
      String[] parts = name.split(" ");
      if (parts.length >= 2) {
        for (String part : List.of(parts[0], parts[parts.length - 1])) {
          String existing = expected.putIfAbsent(part, name);
          if (existing != null && !existing.equals(name)) {
            ambiguous.add(part);
          }
        }
      }
    }
    ambiguous.forEach(expected::remove);
    assertThat(NameFinder.personAliases(names)).isEqualTo(expected).containsEntry("Jinping", "Xi Jinping").doesNotContainKey("Xi").doesNotContainKey("Trump");
  }

  @Test
  void endsWithAWordAfterASpace() {
    for (String[] pair : new String[][] {{"Foreign Ministry", "Ministry"}, {"ForeignMinistry", "Ministry"},
        {"Ministry", "Ministry"}, {" Ministry", "Ministry"}, {"", ""}, {"a ", ""}, {"a", ""}, {"Bank", "Foreign Bank"}}) {
      assertThat(NameFinder.endsWithWord(pair[0], pair[1])).as(pair[0] + " / " + pair[1])
          .isEqualTo(pair[0].endsWith(" " + pair[1]));
    }
  }

  @Test
  void upperCaseAsToUpperCaseSays() {
    for (String word : List.of("OPEC", "Opec", "U.S.", "ÉTAT", "État", "STRASSE", "straße", "", "123", "A&T")) {
      assertThat(NameFinder.isUpperCase(word)).as(word).isEqualTo(word.equals(word.toUpperCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void stripsAPossessiveAndReturnsAWordWithoutOneItself() {
    assertThat(NameFinder.stripPossessive("Ethiopia’s")).isEqualTo("Ethiopia");
    assertThat(NameFinder.stripPossessive("Jones's")).isEqualTo("Jones");
    assertThat(NameFinder.stripPossessive("Jones'")).isEqualTo("Jones");
    assertThat(NameFinder.stripPossessive("Jones’")).isEqualTo("Jones");
    assertThat(NameFinder.stripPossessive("'s")).isEmpty();
    assertThat(NameFinder.stripPossessive("’")).isEmpty();
    String plain = "Jones";
    assertThat(NameFinder.stripPossessive(plain)).isSameAs(plain);
    assertThat(NameFinder.stripPossessive("s")).isEqualTo("s");
    assertThat(NameFinder.stripPossessive("")).isEmpty();
  }

  @Test
  void endsWithBankIgnoresCase() {
    for (String word : List.of("Bank", "WorldBank", "BANK", "Rabobank", "DanskeBan\u212A", "ÉBANK", "bank")) {
      assertThat(NameFinder.endsWithBank(word)).as(word).isTrue();
    }
    for (String word : List.of("Banks", "ank", "", "Bankers", "Banque")) {
      assertThat(NameFinder.endsWithBank(word)).as(word).isFalse();
    }
  }

  @Test
  void laterSurnameMentionsMergeIntoTheFullName() {
    var result = find("Prime Minister Keir Starmer met Emmanuel Macron in Paris.", "Starmer said little.",
        "Macron’s aides were upbeat.");
    assertThat(result.people()).containsExactlyInAnyOrder(new Mention("Keir Starmer", 2), new Mention("Emmanuel Macron", 2));
    assertThat(result.person("Mr. Starmer")).contains("Keir Starmer");
  }

  @Test
  void titlesAreStrippedAndPronounsIgnored() {
    var result = find("Vice President Kamala Harris spoke.", "She said it was late.", "They left.");
    assertThat(result.people()).extracting(Mention::name).containsExactly("Kamala Harris");
  }

  @Test
  void sentenceInitialCommonWordsAreNotNames() {
    var result = find("Despite the rain, Maria Santos ran.", "Experts were surprised by the win.");
    assertThat(result.people()).extracting(Mention::name).containsExactly("Maria Santos");
  }

  @Test
  void organizationsByCueWordKnownNameAndAcronym() {
    var result = find("The European Central Bank (ECB) raised rates.", "The Ministry of Health and TikTok disagreed.",
        "The ECB will meet again.");
    assertThat(result.organizations()).extracting(Mention::name)
        .contains("European Central Bank", "Ministry of Health", "TikTok")
        .doesNotContain("ECB");
    assertThat(result.organizations()).filteredOn(m -> m.name().equals("European Central Bank"))
        .extracting(Mention::mentions).containsExactly(3);
  }

  @Test
  void acronymJoinsItsSpelledOutForm() {
    var result = find("The International Labour Organization said wages fell.", "The ILO report was grim.");
    assertThat(result.organizations()).containsExactly(new Mention("International Labour Organization", 2));
  }

  @Test
  void personAffiliatedWithAnOrganization() {
    var result = find("Marcus Delgado of Rice University was cautious.");
    assertThat(result.people()).extracting(Mention::name).containsExactly("Marcus Delgado");
    assertThat(result.organizations()).extracting(Mention::name).containsExactly("Rice University");
  }

  @Test
  void placesResolveToCountriesIncludingAbbreviationsAndHyphenatedPairs() {
    var result = find("The U.S.-China talks moved to Geneva.", "Britain and the United States agreed.");
    assertThat(result.places()).extracting(PlaceMention::name, PlaceMention::countryCode)
        .contains(org.assertj.core.groups.Tuple.tuple("United States", "US"),
            org.assertj.core.groups.Tuple.tuple("China", "CN"),
            org.assertj.core.groups.Tuple.tuple("United Kingdom", "GB"));
    assertThat(result.places()).filteredOn(p -> p.countryCode().equals("US")).extracting(PlaceMention::mentions)
        .containsExactly(2);
  }

  @Test
  void geographicFeaturesAreNotPeople() {
    var result = find("Divers surveyed the Great Barrier Reef near the Coral Sea.", "Tensions rose in the Middle East.");
    assertThat(result.people()).isEmpty();
  }

  @Test
  void nonAsciiNames() {
    var result = find("Mayor Inês Conceição Tavares thanked voters in Lisbon.", "Tavares promised housing.");
    assertThat(result.people()).containsExactly(new Mention("Inês Conceição Tavares", 2));
    assertThat(result.places()).extracting(PlaceMention::countryCode).containsExactly("PT");
  }

  @Test
  void possessiveEndsOneNameBeforeTheNext() {
    var result = find("Ethiopia’s Alemitu Bekele finished second.");
    assertThat(result.people()).extracting(Mention::name).containsExactly("Alemitu Bekele");
    assertThat(result.places()).extracting(PlaceMention::countryCode).containsExactly("ET");
  }

  @Test
  void seedFixtureLoads() {
    assertThat(Fixtures.seed(Fixtures.SEED_ARTICLE)).isNotEmpty();
  }

  @Test
  void leadPlacesAreThoseOfTheLeadAlone() {
    // In the whole text "Jordan" is Michael Jordan's surname; in the lead alone it is the country.
    List<String> sentences = List.of("Jordan scored twice in Madrid.", "The crowd in Paris cheered.",
        "Michael Jordan watched from Chicago.", "Fans in Jordan were delighted.");
    List<List<Token>> tokens = sentences.stream().map(Tokenizer::tokens).toList();
    for (int lead = 0; lead <= sentences.size(); lead++) {
      var result = FINDER.find(sentences, tokens, lead);
      assertThat(result.leadPlaces()).as("lead of %d", lead).isEqualTo(find(sentences.subList(0, lead).toArray(String[]::new)).places());
      assertThat(result).usingRecursiveComparison().ignoringFields("leadPlaces").isEqualTo(FINDER.find(sentences));
    }
    assertThat(FINDER.find(sentences, tokens, 1).leadPlaces()).extracting(PlaceMention::countryCode).contains("JO");
  }

  @Test
  void leadPlacesOfTheSeedArticlesMatchTheirLeadsAlone() throws Exception {
    var splitter = SentenceSplitter.bundled();
    var parser = new org.newsflow.parse.ArticleParser();
    try (var files = java.nio.file.Files.list(Fixtures.SEEDS)) {
      for (var file : files.sorted().toList()) {
        if (!(parser.parse(null, java.nio.file.Files.readAllBytes(file))
            instanceof org.newsflow.parse.ParseResult.Parsed parsed)) {
          continue;
        }
        List<String> sentences = splitter.sentences(parsed.article().paragraphs());
        List<List<Token>> tokens = sentences.stream().map(Tokenizer::tokens).toList();
        for (int lead = 0; lead <= Math.min(4, sentences.size()); lead++) {
          assertThat(FINDER.find(sentences, tokens, lead).leadPlaces()).as("%s, lead of %d", file, lead)
              .isEqualTo(FINDER.find(sentences.subList(0, lead)).places());
        }
      }
    }
  }
}
