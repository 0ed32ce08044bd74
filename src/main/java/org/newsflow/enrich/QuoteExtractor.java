package org.newsflow.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsflow.model.Quote;

/**
 * Direct quotations with their speakers. The speaker is taken from an attribution next to the quote
 * ({@code ,” Xi said.} / {@code said Maria Santos} / {@code Lagarde said: “}), from a pronoun
 * ("he said", the person last named), or from the sentence's subject when the sentence reports
 * speech; otherwise the quote has no speaker rather than a guessed one.
 */
public final class QuoteExtractor {

  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,4}";
  private static final String VERB = "(?:said|says|told|wrote|added|explained|noted|argued|warned|stated|asked|replied|insisted|tweeted|posted|declared|announced|recalled|continued|admitted|acknowledged|cautioned|conceded)";
  /** Lower-case words describing the speaker before the name: "mission director", "federal prosecutor". */
  private static final String DESCRIPTOR = "(?:[\\p{Ll}][\\p{Ll}-]*\\s+){0,3}";
  private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,2000}?)”|\"([^\"\\n]{2,2000}?)\"");
  private static final Pattern AFTER_NAME_VERB =
      Pattern.compile("^[,.!?]?\\s*" + DESCRIPTOR + "(?<name>" + NAME + ")(?:,\\s[^,“”\"]{1,80},)?\\s+" + VERB + "\\b");
  private static final Pattern AFTER_VERB_NAME =
      Pattern.compile("^[,.!?]?\\s*" + VERB + "\\s+" + DESCRIPTOR + "(?<name>" + NAME + ")");
  private static final Pattern AFTER_PRONOUN =
      Pattern.compile("^[,.!?]?\\s*(?<pronoun>he|she|they)\\s+" + VERB + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING_TO = Pattern.compile("according to (?:the )?(" + NAME + ")");
  private static final Pattern ATTRIBUTION_ONLY = Pattern.compile("(?s)[^“”\"]*[.,:]$");
  private static final Pattern BEFORE_NAME_VERB = Pattern.compile(
      "(?<name>" + NAME + ")\\s+" + VERB + "(?:\\s+[\\p{Ll}\\p{N} ,'’-]{0,60})?\\s*[:,]\\s*$");
  private static final Pattern BEFORE_PRONOUN = Pattern.compile(
      "\\b(?<pronoun>he|she)\\s+" + VERB + "(?:\\s+[\\p{Ll}\\p{N} ,'’-]{0,60})?\\s*[:,]\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPORTED_SPEECH = Pattern.compile(
      "\\b(?:said|says|told|wrote|saying|vowing|vowed|urged|called|according to|warned|pledged|promised|described)\\b");

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
      Matcher m = QUOTED.matcher(paragraph);
      int consumed = 0;
      String paragraphSpeaker = null;
      int lastQuoteEnd = 0;
      while (m.find()) {
        String text = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        String before = paragraph.substring(0, m.start());
        String after = paragraph.substring(m.end());
        lastPerson.read(paragraph, consumed, m.start());
        consumed = m.start();
        if (!isSpeech(text)) {
          continue;
        }
        String speaker = speakerAfter(after, names, lastPerson)
            .or(() -> speakerBefore(before, names))
            .orElse(null);
        if (speaker == null) {
          speaker = sentenceSubject(before, after, names).orElse(null);
        }
        if (speaker == null && paragraphSpeaker != null && isAttributionOnly(paragraph.substring(lastQuoteEnd, m.start()))) {
          // "“A,” Tanui said. “B.”": the quote goes on after its attribution.
          speaker = paragraphSpeaker;
        }
        quotes.add(new Quote(trimPunctuation(text), speaker));
        paragraphSpeaker = speaker;
        lastQuoteEnd = m.end();
        if (speaker != null && names.person(speaker).isPresent()) {
          lastPerson.set(speaker);
        }
      }
      lastPerson.read(paragraph, consumed, paragraph.length());
    }
    return quotes;
  }

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
  private static boolean isSpeech(String text) {
    String[] words = text.split("\\s+");
    if (words.length < 2) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    boolean titleLike = words.length <= 6 && capitalised >= words.length - 1
        && last != '.' && last != ',' && last != '!' && last != '?';
    return !titleLike;
  }

  private static Optional<String> speakerAfter(String after, NameFinder.Result names, LastPerson lastPerson) {
    Matcher pronoun = AFTER_PRONOUN.matcher(after);
    if (pronoun.find()) {
      return pronoun.group("pronoun").toLowerCase(Locale.ROOT).equals("they") ? Optional.empty()
          : Optional.ofNullable(lastPerson.get());
    }
    for (Pattern p : List.of(AFTER_NAME_VERB, AFTER_VERB_NAME)) {
      Matcher m = p.matcher(after);
      if (m.find()) {
        return resolve(m.group("name"), names);
      }
    }
    return Optional.empty();
  }

  /** An attribution ends right before the quote: only the last stretch of text can hold it. */
  private static final int ATTRIBUTION_REACH = 200;

  private static Optional<String> speakerBefore(String before, NameFinder.Result names) {
    int from = Math.max(0, before.length() - ATTRIBUTION_REACH);
    Matcher m = BEFORE_NAME_VERB.matcher(before).region(from, before.length());
    if (m.find()) {
      return resolve(m.group("name"), names);
    }
    Matcher pronoun = BEFORE_PRONOUN.matcher(before).region(from, before.length());
    if (pronoun.find()) {
      return Optional.ofNullable(lastPersonOrNull(before.substring(0, pronoun.start()), names));
    }
    return Optional.empty();
  }

  /** For a quote inside a sentence that reports speech, the first person the sentence names. */
  private static Optional<String> sentenceSubject(String before, String after, NameFinder.Result names) {
    int start = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("? ")), before.lastIndexOf("! "));
    String sentenceStart = start < 0 ? before : before.substring(start + 2);
    int end = after.indexOf(". ");
    String sentenceEnd = end < 0 ? after : after.substring(0, end);
    if (!REPORTED_SPEECH.matcher(sentenceStart + " " + sentenceEnd).find()) {
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
    written = written.strip().replaceAll("(?<=\\p{Ll}{2})\\.$", "");
    Optional<String> person = names.person(written);
    if (person.isPresent()) {
      return person;
    }
    String cleaned = NameFinder.stripPossessive(written);
    return names.organizations().stream().map(o -> o.name())
        .filter(o -> o.equals(cleaned) || o.endsWith(" " + cleaned.replaceFirst("^(?:The|the)\\s+", "")))
        .findFirst();
  }

  /** Text between two quotes that is only their attribution ("Tanui said."). */
  private static boolean isAttributionOnly(String between) {
    String text = between.strip();
    return text.length() < 120 && AFTER_NAME_VERB.matcher(text).find() && ATTRIBUTION_ONLY.matcher(text).matches();
  }

  private static String lastPersonOrNull(String text, NameFinder.Result names) {
    return lastPersonIn(text, names, null);
  }

  private static String lastPersonIn(String text, NameFinder.Result names, String fallback) {
    String last = fallback;
    for (Token token : Tokenizer.tokens(text)) {
      if (token.capitalized()) {
        Optional<String> person = names.person(token.text());
        if (person.isPresent()) {
          last = person.get();
        }
      }
    }
    return last;
  }

  private static String trimPunctuation(String text) {
    return text.replaceAll("[,]$", "").strip();
  }
}
