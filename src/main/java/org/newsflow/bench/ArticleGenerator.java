package org.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented wire stories for benchmarking when no corpus is at hand: a headline, a dateline with an
 * agency, five to twelve paragraphs of sentences naming people, organisations and places, with
 * quotes and their speakers, around 2 KB of text like the BBC corpus's median. The same seed gives
 * the same stories.
 */
public final class ArticleGenerator {

  /** A headline and a body of paragraphs separated by blank lines. */
  public record Story(String headline, String body) {}

  private static final String[] CITIES = {"LONDON", "WASHINGTON", "PARIS", "BERLIN", "TOKYO", "NAIROBI",
      "SYDNEY", "BRASILIA", "NEW DELHI", "MADRID", "OTTAWA", "CAIRO"};
  private static final String[] AGENCIES = {"Reuters", "AP", "AFP"};
  private static final String[] PEOPLE = {"Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Amina Diallo",
      "Hans Becker", "Sofia Rossi", "David Okafor", "Elena Petrova", "James Whitfield", "Priya Raman", "Tom Hughes"};
  private static final String[] ORGS = {"the European Commission", "the World Bank", "Siemens", "the Football Association",
      "the Ministry of Health", "Toyota", "the United Nations", "the Bank of England", "Greenpeace", "Microsoft"};
  private static final String[] PLACES = {"France", "Germany", "Japan", "Kenya", "Brazil", "India", "Canada",
      "Australia", "Spain", "Egypt", "Italy", "Mexico"};
  private static final String[] SUBJECTS = {"the government", "officials", "investors", "the club", "researchers",
      "local residents", "the company", "union leaders", "the committee", "analysts"};
  private static final String[] VERBS = {"announced", "rejected", "welcomed", "criticised", "approved", "delayed",
      "expanded", "reviewed", "questioned", "backed"};
  private static final String[] OBJECTS = {"a new budget plan", "the proposed merger", "the transfer deal",
      "plans for a high-speed rail line", "a vaccine trial", "the climate agreement", "new tax rules",
      "the election timetable", "a software update", "the festival programme", "an inquiry into the accident",
      "quarterly profits"};
  private static final String[] TAILS = {"after months of talks", "despite strong opposition", "on Tuesday",
      "earlier this week", "amid rising costs", "following a court ruling", "ahead of the summer",
      "for the first time since 2019", "as prices continued to climb", "in a surprise move"};
  private static final String[] CLAIMS = {"This is a turning point for everyone involved",
      "We cannot afford to wait any longer", "The figures speak for themselves",
      "Nobody expected the response to be this strong", "We will keep working until the job is done",
      "It is too early to say what the long-term effects will be"};

  private final Random random;

  public ArticleGenerator(long seed) {
    this.random = new Random(seed);
  }

  public Story next() {
    String headline = capitalise(pick(SUBJECTS)) + " in " + pick(PLACES) + " " + pick(VERBS) + " " + pick(OBJECTS);
    int paragraphs = 5 + random.nextInt(8);
    List<String> body = new ArrayList<>();
    body.add(pick(CITIES) + " (" + pick(AGENCIES) + ") - " + sentence() + " " + sentence());
    for (int i = 1; i < paragraphs; i++) {
      body.add(random.nextInt(3) == 0 ? quote() : sentence() + " " + sentence());
    }
    return new Story(headline, String.join("\n\n", body));
  }

  private String sentence() {
    String who = switch (random.nextInt(3)) {
      case 0 -> pick(PEOPLE) + " of " + pick(ORGS);
      case 1 -> capitalise(pick(ORGS));
      default -> capitalise(pick(SUBJECTS)) + " in " + pick(PLACES);
    };
    return who + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TAILS) + ", according to people familiar with "
        + "the matter in " + pick(PLACES) + ".";
  }

  private String quote() {
    return "\u201C" + pick(CLAIMS) + ",\u201D " + pick(PEOPLE) + " said in a statement. " + sentence();
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
