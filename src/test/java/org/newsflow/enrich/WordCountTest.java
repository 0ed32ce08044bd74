package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.Fixtures;
import org.newsflow.model.Article;
import org.newsflow.model.SourceFormat;

/** The body's word count and the summary's lead, taken from the sentences' tokens, are those of the texts themselves. */
class WordCountTest {

  private static final List<String> PARAGRAPHS = List.of(
      "The U.S. economy grew 2.5% in 2024. Officials in Washington, D.C. said so!",
      "“It’s over,” AT&T’s chief said... Then he left. China-based rivals — and others — followed?",
      "Mr. Smith, 42, arrived at 10.30 a.m. on Monday.Then he left",
      "A\u00A0no-break space. Tabs\tand new\nlines. Numbers 1,000 and 3.14.");

  @Test
  void theBundledSplitterCutsOnlyAtWhitespace() {
    assertThat(SentenceSplitter.bundled().cutsOnlyAtWhitespace()).isTrue();
  }

  @Test
  void wordsOfTheSentencesAreTheWordsOfTheBody() {
    Article article = new Article("id", null, null, null, null, null, null, "Headline", PARAGRAPHS, null,
        SourceFormat.WIRE_TEXT);
    assertThat(Fixtures.enricher().enrich(article).stats().words()).isEqualTo(Tokenizer.count(article.body()));
  }

  @Test
  void leadFromTokensIsTheLeadFromSentences() {
    List<String> sentences = SentenceSplitter.bundled().sentences(PARAGRAPHS);
    for (int n = 0; n <= sentences.size(); n++) {
      List<String> first = sentences.subList(0, n);
      assertThat(Summarizer.leadOfTokenized(first.stream().map(Tokenizer::tokens).toList()))
          .isEqualTo(Summarizer.leadSentences(first));
    }
  }
}
