package org.newsflow.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsflow.model.GeoPlace;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceKind;
import org.newsflow.model.PlaceMention;
import org.newsflow.model.Whitespace;

/**
 * Finds people, organizations and places by rule: runs of capitalised words are candidates; a
 * gazetteer, a list of known organizations, organizational words ("Ministry", "Court"), titles
 * ("President-elect") and cue words ("leader") decide what each is. Short later mentions ("Trump")
 * are merged into the full name they abbreviate ("Donald Trump").
 */
public final class NameFinder {

  /**
   * What was found, with the alias table used to resolve short mentions of people, and the places of
   * the lead sentences when {@link #find(List, List, int)} was given some.
   */
  public record Result(List<Mention> people, List<Mention> organizations, List<PlaceMention> places,
      Map<String, String> personAliases, Set<String> countryCodes, List<PlaceMention> leadPlaces) {

    /** The full name of a person mentioned as {@code name} ("Xi", "President Xi"), if known. */
    public Optional<String> person(String name) {
      String cleaned = stripPossessive(name.strip());
      if (cleaned.indexOf(' ') < 0) {
        // One word, the common case when quotes look for speakers token by token.
        for (Mention person : people) {
          if (person.name().equals(cleaned)) {
            return Optional.of(person.name());
          }
        }
        return Optional.ofNullable(personAliases.get(cleaned));
      }
      List<String> words = splitAtWhiteSpace(cleaned);
      stripTitles(words);
      if (words.isEmpty()) {
        return Optional.empty();
      }
      for (int start = 0; start < words.size(); start++) {
        String joined = String.join(" ", words.subList(start, words.size()));
        for (Mention person : people) {
          if (person.name().equals(joined)) {
            return Optional.of(person.name());
          }
        }
      }
      return Optional.ofNullable(personAliases.get(words.get(words.size() - 1)))
          .or(() -> Optional.ofNullable(personAliases.get(words.get(0))));
    }
  }

  /**
   * A word list for lookups. Looked up once or more per token, and mostly missed: a HashSet
   * compares cached hashes first, where Set.of's open addressing calls equals along its probe run.
   */
  private static Set<String> wordSet(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  private static final Set<String> CONNECTORS = wordSet("of", "for", "de", "del", "da", "do", "dos",
      "van", "von", "der", "den", "la", "le", "du", "al", "bin", "on", "&");
  static {
    for (String connector : CONNECTORS) {
      char first = connector.charAt(0);
      if (!(first >= 'a' && first <= 'z' || first == '&')) {
        throw new ExceptionInInitializerError("isConnector assumes a lower-case ASCII or '&' start: " + connector);
      }
    }
  }
  private static final Set<String> ORG_WORDS = wordSet("agency", "airlines", "airways", "alliance",
      "assembly", "association", "authority", "bank", "board", "bureau", "cabinet", "center", "centre",
      "church", "club", "co", "co.", "coalition", "college", "commission", "committee", "company",
      "congress", "corp", "corp.", "corporation", "council", "court", "department", "exchange",
      "federation", "foundation", "front", "fund", "group", "guard", "holdings", "hospital", "inc",
      "inc.", "institute", "league", "ltd", "ltd.", "ministry", "movement", "network", "office",
      "organisation", "organization", "parliament", "party", "police", "reserve", "school", "senate",
      "service", "society", "systems", "technologies", "trust", "union", "university", "forces",
      "army", "navy", "fc", "plc", "ag", "sa", "gmbh", "laboratories", "labs", "motors", "pharmaceuticals",
      "aerospace", "dynamics", "united", "democrats", "republicans", "conservatives", "liberals", "crescent",
      "cross", "museum", "gallery", "theatre", "theater", "orchestra", "parks", "wildlife", "energy",
      "partners", "securities", "insurance", "studios", "records", "industries", "electronics",
      "automotive", "logistics", "mining", "petroleum", "telecom", "communications", "software",
      "robotics", "ventures", "bancorp", "biotech", "therapeutics", "clinic", "tribunal", "courts",
      "ministries", "institution", "observatory", "academy", "directorate", "secretariat", "taskforce");
  /** Last words of geographic features and buildings: places with no country of their own here. */
  private static final Set<String> FEATURE_WORDS = wordSet("gate", "bay", "range", "ranges", "road", "street",
      "avenue", "sea", "ocean", "reef", "reefs", "river", "lake", "mountain", "mountains", "island",
      "islands", "valley", "park", "square", "bridge", "coast", "desert", "gulf", "strait", "canal",
      "peninsula", "forest", "airport", "station", "stadium", "hall", "cathedral", "tower", "palace",
      "cape", "falls", "beach", "harbour", "harbor", "highway", "basin", "plateau", "glacier", "volcano");
  private static final Set<String> WORLD_REGIONS = wordSet("Middle East", "South Asia", "Southeast Asia",
      "East Asia", "Central Asia", "East Africa", "West Africa", "North Africa", "Southern Africa",
      "Sub-Saharan Africa", "Latin America", "Central America", "South America", "North America",
      "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe",
      "Asia", "Europe", "Africa", "Caribbean", "Balkans", "Sahel", "Scandinavia", "Arctic", "Antarctic",
      "Pacific", "Atlantic", "Mediterranean", "Gulf", "Persian Gulf", "Horn of Africa", "Asia-Pacific");
  private static final Set<String> TITLES = wordSet("president-elect", "president", "vice", "prime",
      "minister", "chancellor", "secretary", "sen.", "senator", "rep.", "representative", "gov.",
      "governor", "mayor", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor",
      "judge", "justice", "chief", "king", "queen", "prince", "princess", "pope", "gen.", "general",
      "col.", "colonel", "lt.", "lieutenant", "capt.", "captain", "coach", "ceo", "chairman",
      "chairwoman", "director", "ambassador", "sheikh", "premier", "speaker", "lord", "lady", "sir",
      "dame", "bishop", "archbishop", "rev.", "sgt.", "sergeant", "detective", "inspector",
      "commissioner", "attorney", "foreign", "defense", "defence", "interior", "finance", "health",
      "state", "deputy", "acting", "former", "first", "senior", "chief-executive", "officer",
      "spokesman", "spokeswoman", "manager", "striker", "midfielder", "goalkeeper", "saint", "st.",
      "executive", "nurse", "climatologist", "conservator", "superintendent", "biologist", "economist",
      "analyst", "prosecutor", "father", "brother", "sister", "mother", "rabbi", "imam",
      "cardinal", "sheriff", "trooper", "constable", "marshal", "admiral", "major", "corporal", "private",
      "chair", "chairperson", "vice-president", "premier-elect", "emir", "crown",
      "commander", "secretary-general", "director-general", "cfo", "coo", "founder", "co-founder");
  private static final Set<String> PERSON_CUES = wordSet("leader", "president", "minister",
      "spokesman", "spokeswoman", "spokesperson", "chief", "coach", "striker", "actor", "actress",
      "singer", "director", "author", "professor", "judge", "senator", "governor", "mayor",
      "executive", "official", "chairman", "chairwoman", "founder", "player", "manager", "captain",
      "analyst", "economist", "scientist", "researcher", "doctor", "reporter", "reporters",
      "correspondent", "lawyer", "attorney", "prosecutor", "chancellor", "secretary", "ambassador",
      "envoy", "star", "champion", "teammate", "rapper", "writer", "novelist", "artist",
      "composer", "pianist", "guitarist", "host", "presenter", "nurse", "surgeon", "teacher",
      "principal", "student", "pastor", "priest", "rabbi", "imam", "general", "commander", "officer",
      "detective", "inspector", "sheriff", "farmer", "owner", "resident", "victim", "suspect",
      "mr", "mrs", "ms", "runner", "sprinter", "cyclist", "swimmer", "driver", "boxer", "golfer",
      "forward", "defender", "winger", "midfielder", "goalkeeper", "quarterback", "pitcher", "rider", "skier",
      "producer", "poet", "historian", "physicist", "chemist", "banker", "trader", "investor",
      "entrepreneur", "activist", "campaigner", "journalist", "photographer", "veteran");
  private static final Set<String> NOT_NAMES = wordSet("i", "he", "she", "it", "we", "they", "you",
      "his", "her", "its", "our", "their", "my", "your", "this", "that", "these", "those", "the", "a",
      "an", "but", "and", "or", "if", "in", "on", "at", "for", "with", "by", "from", "as", "after",
      "before", "when", "while", "since", "despite", "although", "though", "just", "so", "yet", "also",
      "there", "here", "what", "who", "which", "where", "why", "how", "all", "some", "many", "most",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "mr", "mrs", "ms", "dr", "no", "not", "yes", "one", "two", "three",
      "asked", "according", "meanwhile", "however", "now", "then", "today", "tonight", "yesterday",
      "tomorrow", "last", "next", "new", "under", "over", "about", "during", "because", "both",
      "each", "every", "other", "another", "such", "only", "even", "still", "already", "earlier",
      "later", "once", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have",
      "had", "will", "would", "could", "should", "can", "might", "must", "let", "like",
      "more", "less", "than", "very", "much", "up", "down", "out", "into", "through", "among",
      "between", "against", "toward", "towards", "without", "within", "across", "around", "until",
      "unless", "whether", "either", "neither", "nor", "instead", "experts", "officials", "people");
  private static final Set<String> ACRONYM_STOP = wordSet("I", "A", "AM", "PM", "TV", "OK", "CEO",
      "GDP", "AI", "US", "UK", "EU", "UN", "COVID", "ID", "VAT", "DNA", "PC", "FM", "USD", "EUR", "GMT", "GPS",
      "LGBT", "LGBTQ", "HIV", "AIDS", "SUV", "EV", "IPO", "USB", "PDF", "CFO", "COO", "MP", "MPS", "PR", "IT",
      "UTC", "BST", "EST", "PST", "CET", "AD", "BC", "NO", "ON", "IN", "AT", "OF", "THE");

  /** Offices and portfolios in a title ("Treasury Secretary", "Secretary of State"): never part of a name. */
  private static final Set<String> POSITION_WORDS = wordSet("state", "treasury", "finance", "foreign", "defence",
      "defense", "agriculture", "commerce", "trade", "energy", "labor", "labour", "interior", "justice", "economy",
      "economic", "industry", "exchequer", "oil", "petroleum", "mines", "planning", "transport", "health",
      "education", "home", "budget", "fisheries", "communications", "information", "affairs", "development",
      "environment", "housing", "employment", "deputy", "vice", "acting", "former", "first", "assistant", "senior",
      "executive", "managing", "of", "the", "for", "and", "&", "prime", "chief", "officer");
  /** Words after a demonym that make it name the country's government or people ("Japanese officials"). */
  private static final Set<String> GOVERNMENT_WORDS = wordSet("government", "governments", "officials", "official",
      "authorities", "minister", "ministers", "ministry", "president", "premier", "leader", "leaders", "leadership",
      "embassy", "delegation", "delegates", "negotiators", "people", "troops", "army", "navy", "forces", "military",
      "parliament", "police", "economy", "exports", "imports", "producers", "sources", "spokesman", "spokeswoman",
      "state", "authority", "administration", "cabinet", "diplomats", "diplomat", "envoy", "ambassador",
      "central", "foreign", "finance", "trade", "agriculture", "oil", "energy", "industry", "market", "markets",
      "banks", "companies", "farmers", "workers", "warships", "border", "territory", "waters");
  /** Words after a country name or demonym that make it a currency, not a place ("U.S. dlrs"). */
  private static final Set<String> CURRENCY_WORDS = wordSet("dollar", "dollars", "dlr", "dlrs", "cents", "cts",
      "currency", "yen", "franc", "francs", "mark", "marks", "pound", "pounds", "peso", "pesos", "lira", "lire",
      "crown", "crowns", "guilder", "guilders", "rand", "rupee", "rupees", "riyal", "riyals");

  private static final int ORG = 1;
  private static final int FEATURE = 1 << 1;
  private static final int TITLE = 1 << 2;
  private static final int PERSON_CUE = 1 << 3;
  private static final int NOT_NAME = 1 << 4;
  private static final int POSITION = 1 << 5;
  private static final int GOVERNMENT = 1 << 6;
  private static final int CURRENCY = 1 << 7;
  /** The lower-case word lists above in one table: one lookup per word, no lower-cased copy. */
  private static final WordFlags FLAGS = new WordFlags.Builder()
      .add(ORG, ORG_WORDS).add(FEATURE, FEATURE_WORDS).add(TITLE, TITLES).add(PERSON_CUE, PERSON_CUES)
      .add(NOT_NAME, NOT_NAMES).add(POSITION, POSITION_WORDS).add(GOVERNMENT, GOVERNMENT_WORDS)
      .add(CURRENCY, CURRENCY_WORDS).build();

  private final Gazetteer gazetteer;
  private final Map<String, String> knownOrganizations;
  /**
   * The known acronyms of four or more letters that stand for a longer form ("OPEC"), by their lower
   * case: a single-word candidate written in title case ("Opec") is looked up here without building
   * its upper-case copy, which every single word did. Only plain ASCII keys; others go the long way.
   */
  private final AsciiLowerCaseMap<String> longAcronyms;

  public NameFinder(Gazetteer gazetteer, Map<String, String> knownOrganizations) {
    this.gazetteer = gazetteer;
    this.knownOrganizations = Collections.unmodifiableMap(new HashMap<>(knownOrganizations));
    Map<String, String> acronyms = new HashMap<>();
    this.knownOrganizations.forEach((form, longForm) -> {
      if (form.length() >= 4 && AsciiLowerCaseMap.isAscii(form) && form.equals(form.toUpperCase(Locale.ROOT))
          && !longForm.equals(form)) {
        acronyms.put(form.toLowerCase(Locale.ROOT), form);
      }
    });
    this.longAcronyms = new AsciiLowerCaseMap<>(acronyms);
  }

  public static NameFinder bundled(Gazetteer gazetteer) {
    return new NameFinder(gazetteer, loadOrganizations("/enrich/organizations.txt"));
  }

  /** Reads "Long Name = ACRONYM" lines into a map from every form to the long form. */
  static Map<String, String> loadOrganizations(String resource) {
    Map<String, String> forms = new HashMap<>();
    try (InputStream in = NameFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s*=\\s*");
        String longForm = parts[0];
        forms.put(longForm, longForm);
        for (int i = 1; i < parts.length; i++) {
          forms.put(parts[i], longForm);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  private enum Kind { PERSON, ORG, PLACE, FEATURE, UNKNOWN_SINGLE }

  /**
   * A run of words that may be a name. Its text is asked for by the classification, the tally and
   * the gazetteer in turn: joined once, when first asked. The words are not changed once given.
   */
  private static final class Candidate {
    private final List<String> words;
    private final boolean sentenceInitial;
    private final boolean personCue;
    private final int order;
    private String text;
    private List<Gazetteer.Entry> places;

    Candidate(List<String> words, boolean sentenceInitial, boolean personCue, int order) {
      this(words, null, sentenceInitial, personCue, order);
    }

    /** A candidate whose words' joined text is already at hand. */
    Candidate(List<String> words, String text, boolean sentenceInitial, boolean personCue, int order) {
      this.words = words;
      this.text = text;
      this.sentenceInitial = sentenceInitial;
      this.personCue = personCue;
      this.order = order;
    }

    List<String> words() {
      return words;
    }

    boolean sentenceInitial() {
      return sentenceInitial;
    }

    boolean personCue() {
      return personCue;
    }

    int order() {
      return order;
    }

    String text() {
      if (text == null) {
        text = words.size() == 1 ? words.get(0) : String.join(" ", words);
      }
      return text;
    }

    /** The gazetteer's entries for the text: looked up once for the classification, tally and resolution. */
    List<Gazetteer.Entry> places(Gazetteer gazetteer) {
      if (places == null) {
        places = gazetteer.lookup(text());
      }
      return places;
    }
  }

  public Result find(List<String> sentences) {
    return find(sentences, sentences.stream().map(Tokenizer::tokens).toList());
  }

  /** As {@link #find(List)}, with each sentence's {@link Tokenizer#tokens} already at hand. */
  public Result find(List<String> sentences, List<List<Token>> sentenceTokens) {
    return find(sentences, sentenceTokens, 0);
  }

  /**
   * As {@link #find(List, List)}, and {@link Result#leadPlaces} the places that {@code find} on the
   * first {@code leadSentences} sentences alone would give. The lead's candidates are the first ones
   * of the whole text, so one pass finds both: only what depends on the rest of the text (the words
   * it uses in lower case, its people and countries) is kept apart for the lead.
   */
  public Result find(List<String> sentences, List<List<Token>> sentenceTokens, int leadSentences) {
    int lead = Math.min(leadSentences, sentences.size());
    int tokenCount = 0;
    for (List<Token> tokens : sentenceTokens) {
      tokenCount += tokens.size();
    }
    LowerCaseWordSet lowercaseWords = new LowerCaseWordSet(tokenCount);
    List<Candidate> candidates = new ArrayList<>();
    int leadCandidates = 0;
    for (int s = 0; s < sentences.size(); s++) {
      if (s == lead) {
        lowercaseWords.endLead();
      }
      collectCandidates(sentences.get(s), sentenceTokens.get(s), lowercaseWords, candidates);
      if (s < lead) {
        leadCandidates = candidates.size();
      }
    }

    Tally all = new Tally();
    Tally leadTally = new Tally();
    LowercaseWords lowercase = new LowercaseWords(lowercaseWords, false);
    LowercaseWords leadLowercase = new LowercaseWords(lowercaseWords, true);
    List<Candidate> parts = new ArrayList<>(2);
    for (int i = 0; i < candidates.size(); i++) {
      parts.clear();
      splitAffiliation(candidates.get(i), parts);
      for (int p = 0; p < parts.size(); p++) {
        Candidate part = parts.get(p);
        lowercase.leadDiffers = false;
        Candidate cleaned = clean(part, lowercase);
        Kind kind = cleaned == null ? null : classify(cleaned);
        if (cleaned != null) {
          all.add(cleaned, kind);
        }
        if (i < leadCandidates) {
          // Cleaning asks whether the text uses a word in lower case; for the lead only the lead's
          // words count, which changes the answer only where that word comes later in the text.
          Candidate leadCleaned = lowercase.leadDiffers ? clean(part, leadLowercase) : cleaned;
          if (leadCleaned != null) {
            leadTally.add(leadCleaned, leadCleaned == cleaned ? kind : classify(leadCleaned));
          }
        }
      }
    }
    return all.result(leadTally.places());
  }

  /**
   * The words a text uses in lower case, or its lead's only. For the whole text it notes whether an
   * answer would have differed for the lead alone (a word the text uses in lower case, the lead not).
   */
  private static final class LowercaseWords {
    private final LowerCaseWordSet words;
    private final boolean leadOnly;
    boolean leadDiffers;

    LowercaseWords(LowerCaseWordSet words, boolean leadOnly) {
      this.words = words;
      this.leadOnly = leadOnly;
    }

    /** Whether the text (or lead) uses {@code word.toLowerCase(Locale.ROOT)}. */
    boolean containsLowerCased(String word) {
      int i = words.indexOf(word);
      if (leadOnly) {
        return i >= 0 && words.inLead(i);
      }
      if (i >= 0 && !words.inLead(i)) {
        leadDiffers = true;
      }
      return i >= 0;
    }
  }

  /** The mentions of one pass over a text's candidates, by kind. */
  private final class Tally {
    final Map<String, Integer> people = new LinkedHashMap<>();
    final Map<String, Integer> orgs = new LinkedHashMap<>();
    final List<Candidate> singles = new ArrayList<>();
    final List<Candidate> pendingPlaces = new ArrayList<>();
    final Set<String> countries = new LinkedHashSet<>();

    void add(Candidate cleaned, Kind kind) {
      switch (kind) {
        case ORG -> orgs.merge(organizationName(cleaned.text()), 1, Integer::sum);
        case PERSON -> people.merge(cleaned.text(), 1, Integer::sum);
        case PLACE -> {
          pendingPlaces.add(cleaned);
          // Countries named, and the country of a place whose every homonym is in one country
          // ("Atlanta"), make the context that settles ambiguous names ("Georgia").
          List<Gazetteer.Entry> entries = cleaned.places(gazetteer);
          String only = entries.get(0).place().countryCode();
          if (entries.get(0).place().kind() == PlaceKind.COUNTRY
              || entries.stream().allMatch(e -> e.place().countryCode().equals(only))) {
            countries.add(only);
          }
        }
        case UNKNOWN_SINGLE -> singles.add(cleaned);
        case FEATURE -> { }
      }
    }

    /** Places, most mentioned first, once every candidate is in. */
    List<PlaceMention> places() {
      return sortedPlaces(placeCounts(surnames(people.keySet())));
    }

    private Map<GeoPlace, Integer> placeCounts(Map<String, String> surnames) {
      Map<GeoPlace, Integer> places = new LinkedHashMap<>();
      for (Candidate c : pendingPlaces) {
        String surnameOf = c.words().size() == 1 ? surnames.get(c.text()) : null;
        if (surnameOf != null) {
          // "Jordan" after "Michael Jordan" is the person, not the country.
          people.merge(surnameOf, 1, Integer::sum);
          continue;
        }
        gazetteer.resolve(c.places(gazetteer), countries).ifPresent(p -> places.merge(p, 1, Integer::sum));
      }
      return places;
    }

    Result result(List<PlaceMention> leadPlaces) {
      Map<String, String> aliases = personAliases(people.keySet());
      // Built once: placeCounts only adds mentions to people already known, never a new name.
      Map<GeoPlace, Integer> places = placeCounts(surnames(people.keySet()));
      // Single-word people mentions ("Trump") count towards the full name, when there is one.
      Map<String, Integer> merged = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> e : people.entrySet()) {
        String name = e.getKey();
        String target = name.contains(" ") ? name : aliases.getOrDefault(name, name);
        merged.merge(target, e.getValue(), Integer::sum);
      }
      for (Candidate single : singles) {
        String word = single.words().get(0);
        String target = aliases.get(word);
        if (target != null) {
          merged.merge(target, 1, Integer::sum);
        } else if (isAcronym(word)) {
          orgs.merge(organizationName(word), 1, Integer::sum);
        }
      }
      Map<String, Integer> mergedOrgs = mergeOrganizations(orgs);
      return new Result(sorted(merged), sorted(mergedOrgs), sortedPlaces(places), aliases, countries, leadPlaces);
    }
  }

  /**
   * Adds the sentence's runs of capitalised words to {@code out}, and its other words to
   * {@code lowercaseWords} (in the same pass: asking a token whether it is capitalised is not free).
   */
  private void collectCandidates(String sentence, List<Token> tokens, LowerCaseWordSet lowercaseWords,
      List<Candidate> out) {
    // The run being built, reused: emit copies it.
    List<String> current = new ArrayList<>();
    boolean initial = false;
    boolean cue = false;
    int previousEnd = -1;
    int firstContent = firstContent(sentence);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String text = t.text();
      // Only a run under way asks whether this token follows it with nothing but space between.
      if (!current.isEmpty() && (previousEnd < 0 || !isBlank(sentence, previousEnd, t.start()))) {
        emit(current, initial, cue, out);
        current.clear();
      }
      boolean capitalized = t.capitalized();
      if (!capitalized) {
        lowercaseWords.add(text);
      }
      boolean startsSentence = t.start() <= firstContent;
      if (capitalized) {
        if (text.indexOf('-') > 0 && !knownOrganizations.containsKey(text) && !isTitle(text)
            && !isHyphenatedName(text)) {
          // "Israel-Hamas", "U.S.-China", "China-based": each capitalised part on its own;
          // "New York-based": the first part still ends the name before it.
          String[] parts = text.split("-");
          boolean first = true;
          if (!current.isEmpty()) {
            current.add(parts[0]);
            emit(current, initial, cue, out);
            current.clear();
            first = false;
          }
          for (int p = first ? 0 : 1; p < parts.length; p++) {
            String part = parts[p];
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
              emit(new ArrayList<>(List.of(part)), startsSentence && p == 0, false, out);
            }
          }
          previousEnd = -1;
          continue;
        }
        if (current.isEmpty()) {
          initial = startsSentence;
          cue = i > 0 && FLAGS.any(tokens.get(i - 1).text(), PERSON_CUE);
        }
        current.add(text);
        String stripped = stripPossessive(text);
        if (stripped != text && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()) {
          // "Ethiopia’s Alemitu Bekele": the possessive ends one name and the next begins.
          current.set(current.size() - 1, stripped);
          emit(current, initial, cue, out);
          current.clear();
        }
      } else if (!current.isEmpty() && CONNECTORS.contains(text) && i + 1 < tokens.size()
          && tokens.get(i + 1).capitalized()) {
        current.add(text);
      } else if (!current.isEmpty()) {
        emitBefore(current, initial, cue, text, out);
        current.clear();
      }
      previousEnd = t.end();
    }
    if (!current.isEmpty()) {
      emit(current, initial, cue, out);
    }
  }

  /**
   * Ends a run of capitalised words that the word {@code next} follows: "U.S. dlrs" is a currency,
   * not a place; "Japanese officials" names Japan.
   */
  private void emitBefore(List<String> words, boolean initial, boolean cue, String next, List<Candidate> out) {
    // Most runs end before an ordinary word: join them only when the next word matters.
    int nextFlags = FLAGS.of(next);
    if ((nextFlags & CURRENCY) != 0) {
      String joined = String.join(" ", words);
      if (gazetteer.countryByDemonym(joined).isPresent()
          || gazetteer.lookup(joined).stream().anyMatch(e -> e.place().kind() == PlaceKind.COUNTRY)) {
        return;
      }
    }
    if ((nextFlags & GOVERNMENT) != 0) {
      Optional<GeoPlace> country = gazetteer.countryByDemonym(String.join(" ", words));
      if (country.isPresent()) {
        emit(new ArrayList<>(List.of(country.get().name())), false, false, out);
        return;
      }
    }
    emit(words, initial, cue, out);
  }

  /**
   * As {@code new ArrayList<>(Arrays.asList(text.split("\\s+")))}, without the regex that split
   * compiles on every call (quotes resolve each speaker's name here). \\s is ASCII white space.
   */
  static List<String> splitAtWhiteSpace(String text) {
    List<String> words = new ArrayList<>(4);
    if (text.isEmpty()) {
      words.add(text); // split of the empty text is the text itself
      return words;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Whitespace.isRegexSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Whitespace.isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (words.isEmpty() && start > 0) {
          words.add(""); // split keeps a leading empty string before the first word
        }
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** "Leigh-Pemberton", "Jean-Claude": two capitalised parts that are neither places nor organizations. */
  private boolean isHyphenatedName(String text) {
    String[] parts = text.split("-");
    if (parts.length != 2 || parts[0].length() < 2 || parts[1].length() < 2
        || !Character.isUpperCase(parts[0].charAt(0)) || !Character.isUpperCase(parts[1].charAt(0))
        || Character.isUpperCase(parts[0].charAt(1)) || Character.isUpperCase(parts[1].charAt(1))) {
      return false;
    }
    for (String part : parts) {
      if (!gazetteer.lookup(part).isEmpty() || gazetteer.countryByDemonym(part).isPresent()
          || knownOrganizations.containsKey(part) || FLAGS.any(part, ORG)) {
        return false;
      }
    }
    return true;
  }

  /** Where a sentence's first word can start: after any spaces, opening quotes and brackets. */
  private static int firstContent(String sentence) {
    int i = 0;
    while (i < sentence.length()) {
      char c = sentence.charAt(i);
      if (!Character.isWhitespace(c) && c != '"' && c != '“' && c != '‘' && c != '\'' && c != '(') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static void emit(List<String> words, boolean initial, boolean cue, List<Candidate> out) {
    while (!words.isEmpty() && isConnector(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (!words.isEmpty()) {
      out.add(new Candidate(List.copyOf(words), initial, cue, out.size()));
    }
  }

  /**
   * "Marcus Delgado of Rice University" is a person and an organization: a name of two or more
   * words before "of" with an organization or place after it is split in two.
   */
  private void splitAffiliation(Candidate c, List<Candidate> result) {
    if (splitAtTitle(c, result)) {
      return;
    }
    List<String> all = c.words();
    if (all.size() >= 3 && (knownOrganizations.containsKey(all.get(0)) || isAcronym(all.get(0))) && isTitle(all.get(1))) {
      // "ECB President Christine Lagarde": an organization, then a titled person.
      result.add(new Candidate(List.of(all.get(0)), c.sentenceInitial(), false, c.order()));
      result.add(new Candidate(all.subList(1, all.size()), false, true, c.order()));
      return;
    }
    int of = c.words().indexOf("of");
    if (of >= 2 && of < c.words().size() - 1) {
      List<String> left = new ArrayList<>(c.words().subList(0, of));
      List<String> right = c.words().subList(of + 1, c.words().size());
      stripTitles(left);
      boolean personLeft = left.size() >= 2 && !isOrganizationPhrase(left)
          && left.stream().noneMatch(w -> FLAGS.any(w, ORG));
      String rightText = String.join(" ", right);
      boolean affiliation = isOrganizationPhrase(right) || knownOrganizations.containsKey(rightText)
          || !gazetteer.lookup(rightText).isEmpty();
      if (personLeft && affiliation) {
        result.add(new Candidate(c.words().subList(0, of), c.sentenceInitial(), true, c.order()));
        result.add(new Candidate(List.copyOf(right), false, false, c.order()));
        return;
      }
    }
    result.add(c);
  }

  /**
   * "World Bank President Barber Conable", "Indonesian Energy Minister Subroto", "U.S. Treasury
   * Secretary James Baker": up to three name words after a title end the run and are a person; what
   * comes before the title is an organization or, for a country or demonym, the country.
   */
  private boolean splitAtTitle(Candidate c, List<Candidate> out) {
    List<String> w = c.words();
    if (w.size() < 2) {
      return false;
    }
    boolean titled = false;
    for (int i = 0; i < w.size() - 1 && !titled; i++) {
      titled = FLAGS.any(w.get(i), TITLE | PERSON_CUE | POSITION);
    }
    if (!titled) {
      return false;
    }
    int end = w.size();
    int start = end;
    int nameWords = 0;
    while (start > 0 && nameWords < 3) {
      String word = w.get(start - 1);
      if (isNameWord(word)) {
        start--;
        nameWords++;
      } else if (nameWords > 0 && start - 1 > 0 && NAME_PARTICLES.contains(word)) {
        start--;
      } else {
        break;
      }
    }
    while (start < end && NAME_PARTICLES.contains(w.get(start))) {
      start++;
    }
    if (nameWords == 0 || start == 0 || start == end) {
      return false;
    }
    // The title: title words and office words before the name, and at least one title word
    // ("Secretary of State"), or office words alone opening the run ("Exchequer Nigel Lawson").
    int titleStart = -1;
    int k = start - 1;
    for (; k >= 0; k--) {
      int flags = FLAGS.of(w.get(k));
      if ((flags & (TITLE | PERSON_CUE)) != 0) {
        titleStart = k;
      } else if ((flags & POSITION) == 0 || titleStart < 0 && start - k > 3) {
        break;
      } else if (titleStart >= 0) {
        titleStart = k;
      }
    }
    if (titleStart < 0 && k < 0) {
      titleStart = 0;
    }
    if (titleStart < 0) {
      return false;
    }
    // Portfolio words directly before the title belong to it ("Treasury Secretary").
    List<String> left = new ArrayList<>(w.subList(0, titleStart));
    while (!left.isEmpty() && FLAGS.any(left.get(left.size() - 1), POSITION)) {
      left.remove(left.size() - 1);
    }
    if (!left.isEmpty()) {
      String leftText = String.join(" ", left);
      Optional<GeoPlace> country = gazetteer.countryByDemonym(left.get(0));
      if (country.isPresent()) {
        out.add(new Candidate(List.of(country.get().name()), false, false, c.order()));
      } else if (!gazetteer.lookup(left.get(0)).isEmpty() && left.size() > 1 && !knownOrganizations.containsKey(leftText)
          && !isOrganizationPhrase(left)) {
        out.add(new Candidate(List.of(left.get(0)), c.sentenceInitial(), false, c.order()));
      } else {
        out.add(new Candidate(List.copyOf(left), c.sentenceInitial(), false, c.order()));
      }
    }
    out.add(new Candidate(List.copyOf(w.subList(start, end)), false, true, c.order()));
    return true;
  }

  private static final Set<String> NAME_PARTICLES = wordSet("de", "del", "da", "van", "von", "der", "den", "la",
      "le", "du", "bin", "al", "el", "di", "dos", "do");

  /** A word that can be part of a person's name: capitalised, letters only, not a title, office or organization word. */
  private boolean isNameWord(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || isAcronym(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (!Character.isLetter(ch) && ch != '\'' && ch != '’' && ch != '-') {
        return false;
      }
    }
    return !FLAGS.any(word, TITLE | PERSON_CUE | POSITION | ORG | NOT_NAME) && gazetteer.countryByDemonym(word).isEmpty()
        && gazetteer.lookup(word).stream().noneMatch(e -> e.place().kind() == PlaceKind.COUNTRY);
  }

  /** Strips possessives, leading determiners and titles; drops what cannot be a name. */
  private Candidate clean(Candidate c, LowercaseWords lowercaseWords) {
    List<String> words = withCleanLastWord(c.words());
    boolean cue = c.personCue();
    boolean initial = c.sentenceInitial();
    String whole = words.size() == 1 ? words.get(0) : String.join(" ", words);
    if (knownOrganizations.containsKey(whole)) {
      return new Candidate(words, whole, initial, false, c.order());
    }
    // Words stripped from the front are skipped, not removed: most candidates lose none, and
    // those keep their list and joined text.
    int first = 0;
    int n = words.size();
    while (first < n && (words.get(first).equals("The") || words.get(first).equals("A"))) {
      first++;
      initial = false;
    }
    int before = first;
    if (!isOrganizationPhrase(words.subList(first, n))) {
      while (n - first > 1 && isTitle(words.get(first))) {
        first++;
      }
      // "Climatologist Nikos Theodorou": a capitalised job before a name is a title too.
      while (n - first > 2 && lowercaseWords.containsLowerCased(words.get(first))) {
        first++;
      }
    }
    if (n - first == 1 && isTitle(words.get(first))) {
      return null;
    }
    if (first > before) {
      cue = true;
      initial = false;
    }
    // A sentence-initial word that the article also uses in lower case is an ordinary word. (Still
    // initial, the candidate has lost no word: its text is the whole one, no known organization.)
    if (initial && first < n && (FLAGS.any(words.get(first), NOT_NAME)
        || lowercaseWords.containsLowerCased(words.get(first))) && gazetteer.lookup(whole).isEmpty()) {
      first++;
      initial = false;
    }
    if (first == n || isConnector(words.get(first))) {
      return null;
    }
    if (n - first == 1 && FLAGS.any(words.get(first), NOT_NAME)) {
      return null;
    }
    return first == 0 ? new Candidate(words, whole, initial, cue, c.order())
        : new Candidate(words.subList(first, n), initial, cue, c.order());
  }

  /**
   * The words with the last one's possessive stripped, and a single word written in title case
   * that is a long known acronym in upper case ("Opec", "Nato": British copy writes them so); the
   * same list when that changes nothing.
   */
  private List<String> withCleanLastWord(List<String> words) {
    String last = words.get(words.size() - 1);
    String cleaned = stripPossessive(last);
    if (words.size() == 1) {
      cleaned = knownAcronym(cleaned);
    }
    if (cleaned == last) {
      return words;
    }
    List<String> copy = new ArrayList<>(words);
    copy.set(copy.size() - 1, cleaned);
    return copy;
  }

  /** The word's upper case if that is a long known acronym and differs from the word; else the word itself. */
  private String knownAcronym(String word) {
    if (AsciiLowerCaseMap.isAscii(word)) {
      // An ASCII word's upper case is a key here exactly when it is a long known acronym.
      String acronym = longAcronyms.get(word);
      return acronym != null && !acronym.equals(word) ? acronym : word;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    if (upper.length() >= 4 && !upper.equals(word) && !knownOrganizations.getOrDefault(upper, upper).equals(upper)) {
      return upper;
    }
    return word;
  }

  /** Whether the word lower-cased ends with "bank"; an ASCII word is not copied to find out. */
  static boolean endsWithBank(String word) {
    if (AsciiLowerCaseMap.isAscii(word)) {
      return word.regionMatches(true, word.length() - 4, "bank", 0, 4);
    }
    return word.toLowerCase(Locale.ROOT).endsWith("bank");
  }

  private Kind classify(Candidate c) {
    String text = c.text();
    List<String> words = c.words();
    if (knownOrganizations.containsKey(text)) {
      return Kind.ORG;
    }
    if (!c.personCue() && !c.places(gazetteer).isEmpty()
        && (!isUpperCase(words.get(0)) || text.contains("."))) {
      return Kind.PLACE;
    }
    if (isOrganizationPhrase(words) || endsWithBank(words.get(words.size() - 1))) {
      return Kind.ORG;
    }
    if (WORLD_REGIONS.contains(text) || (words.size() > 1
        && FLAGS.any(words.get(words.size() - 1), FEATURE))) {
      return Kind.FEATURE;
    }
    if (words.size() == 1) {
      return c.personCue() && !isAcronym(text) ? Kind.PERSON : Kind.UNKNOWN_SINGLE;
    }
    boolean plainWords = true;
    for (int i = 0; i < words.size() && plainWords; i++) {
      String w = words.get(i);
      plainWords = isPlainWord(w) && !isAcronym(w) && !isConnector(w);
    }
    if (c.personCue() || (plainWords && words.size() <= 4 && gazetteer.countryByDemonym(words.get(0)).isEmpty())) {
      return Kind.PERSON;
    }
    return Kind.UNKNOWN_SINGLE;
  }

  /**
   * A connector ("of", "de", "&"): all start with a lower-case ASCII letter or '&'. Mostly asked
   * about capitalised words, which that first character settles without hashing a new string.
   */
  private static boolean isConnector(String word) {
    if (word.isEmpty()) {
      return CONNECTORS.contains(word);
    }
    char first = word.charAt(0);
    return (first >= 'a' && first <= 'z' || first == '&') && CONNECTORS.contains(word);
  }

  /** Whether the word is its own upper case; an ASCII word is not copied to find out. */
  static boolean isUpperCase(String word) {
    if (!AsciiLowerCaseMap.isAscii(word)) {
      return word.equals(word.toUpperCase(Locale.ROOT));
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /** Letters, apostrophes, dots and hyphens only. */
  private static boolean isPlainWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (!Character.isLetter(ch) && ch != '\'' && ch != '’' && ch != '.' && ch != '-') {
        return false;
      }
    }
    return true;
  }

  private boolean isOrganizationPhrase(List<String> words) {
    if (words.size() < 2) {
      return false;
    }
    // Indexed: the iterator was among the largest allocations of the name rules.
    for (int i = 0; i < words.size(); i++) {
      if (FLAGS.any(words.get(i), ORG)) {
        return true;
      }
    }
    return knownOrganizations.containsKey(words.get(words.size() - 1));
  }

  private String organizationName(String text) {
    return knownOrganizations.getOrDefault(text, text);
  }

  private static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    // A loop, not chars().allMatch: asked for most capitalised words, and the stream cost more than the test.
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return !ACRONYM_STOP.contains(word);
  }

  /** A title or a job written before a name ("President", "Runner", "Climatologist"). */
  static boolean isTitle(String word) {
    return FLAGS.any(word, TITLE | PERSON_CUE);
  }

  static void stripTitles(List<String> words) {
    while (words.size() > 1 && isTitle(words.get(0))) {
      words.remove(0);
    }
  }

  /**
   * The word without a final "’s", "'s", "’" or "'"; the word itself (the same instance) when it has
   * none. Asked for most tokens: the last character settles most words before any suffix test.
   */
  static String stripPossessive(String word) {
    int n = word.length();
    if (n == 0) {
      return word;
    }
    char last = word.charAt(n - 1);
    if (last == 's') {
      if (n >= 2 && (word.charAt(n - 2) == '’' || word.charAt(n - 2) == '\'')) {
        return word.substring(0, n - 2);
      }
      return word;
    }
    if (last == '’' || last == '\'') {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** The last word of each multi-word name, pointing to the name. */
  private static Map<String, String> surnames(Set<String> names) {
    Map<String, String> surnames = new HashMap<>();
    for (String name : names) {
      int space = name.lastIndexOf(' ');
      if (space > 0) {
        surnames.putIfAbsent(name.substring(space + 1), name);
      }
    }
    return surnames;
  }

  /** Each word of a multi-word name points to it when no other name shares that word. */
  static Map<String, String> personAliases(Set<String> names) {
    Map<String, String> aliases = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String name : names) {
      // The first and last of name.split(" "), found in place: split drops trailing empty parts.
      int end = name.length();
      while (end > 0 && name.charAt(end - 1) == ' ') {
        end--;
      }
      int firstSpace = name.indexOf(' ');
      if (firstSpace < 0 || firstSpace >= end) {
        continue;
      }
      addAlias(name.substring(0, firstSpace), name, aliases, ambiguous);
      addAlias(name.substring(name.lastIndexOf(' ', end - 1) + 1, end), name, aliases, ambiguous);
    }
    ambiguous.forEach(aliases::remove);
    return aliases;
  }

  private static void addAlias(String part, String name, Map<String, String> aliases, Set<String> ambiguous) {
    String existing = aliases.putIfAbsent(part, name);
    if (existing != null && !existing.equals(name)) {
      ambiguous.add(part);
    }
  }

  /**
   * A shorter organization name that ends a longer one ("Foreign Ministry") is the longer one, and
   * so is an acronym of its initials ("ILO" for "International Labour Organization").
   */
  private static Map<String, Integer> mergeOrganizations(Map<String, Integer> orgs) {
    Map<String, Integer> merged = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(orgs.keySet());
    // Every pair of names is compared: each name's initials are built once, when first asked for.
    String[] initials = new String[names.size()];
    for (String name : names) {
      String target = name;
      boolean acronym = isAcronym(name);
      for (int i = 0; i < names.size(); i++) {
        String other = names.get(i);
        if (other.length() <= target.length()) {
          continue;
        }
        if (endsWithWord(other, name)) {
          target = other;
        } else if (acronym) {
          if (initials[i] == null) {
            initials[i] = initials(other);
          }
          if (initials[i].equals(name)) {
            target = other;
          }
        }
      }
      merged.merge(target, orgs.get(name), Integer::sum);
    }
    return merged;
  }

  /** Whether {@code text} ends with a space and then {@code word}, as {@code text.endsWith(" " + word)}. */
  static boolean endsWithWord(String text, String word) {
    int space = text.length() - word.length() - 1;
    return space >= 0 && text.charAt(space) == ' ' && text.endsWith(word);
  }

  /** The upper-case first letters of the name's words (runs of other than ASCII white space). */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      if (!Whitespace.isRegexSpace(name.charAt(i)) && (i == 0 || Whitespace.isRegexSpace(name.charAt(i - 1)))
          && Character.isUpperCase(name.codePointAt(i))) {
        initials.appendCodePoint(name.codePointAt(i));
      }
    }
    return initials.toString();
  }

  private static List<Mention> sorted(Map<String, Integer> counts) {
    List<Mention> list = new ArrayList<>();
    counts.forEach((name, n) -> list.add(new Mention(name, n)));
    list.sort(Comparator.comparingInt(Mention::mentions).reversed());
    return list;
  }

  private static List<PlaceMention> sortedPlaces(Map<GeoPlace, Integer> counts) {
    List<PlaceMention> list = new ArrayList<>();
    counts.forEach((place, n) -> list.add(new PlaceMention(place.name(), place.countryCode(), n)));
    list.sort(Comparator.comparingInt(PlaceMention::mentions).reversed());
    return list;
  }
}
