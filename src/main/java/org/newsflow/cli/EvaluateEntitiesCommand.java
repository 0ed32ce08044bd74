package org.newsflow.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsflow.config.Settings;
import org.newsflow.corpus.Corpora;
import org.newsflow.corpus.CorpusFormat;
import org.newsflow.corpus.EntityLabelledArticle;
import org.newsflow.enrich.Gazetteer;
import org.newsflow.enrich.NameFinder;
import org.newsflow.enrich.eval.EntityEvaluation;
import org.newsflow.enrich.eval.ReutersVocabulary;
import org.newsflow.enrich.eval.SetScore;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.pipeline.Annotation;
import org.newsflow.pipeline.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Enrichment against a labelled corpus, through the same annotator as the topology.",
        "reuters: each story with a body, fed as a JSON article whose body is the wire story `DATELINE BODY`;",
        "place countries, people and organizations against its PLACES, PEOPLE and ORGS labels (document-level sets,",
        "precision, recall, F1), dateline city found and its country among the PLACES, language; bbc: language.",
        "Both: the annotate rate (parse, enrich and tag; one thread, after warming up on 10,000 articles)."})
final class EvaluateEntitiesCommand implements Callable<Integer> {

  static final String PEOPLE_LABELS = "all-people-strings.lc.txt";

  @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "The labelled corpus.")
  Path corpus;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "reuters or bbc (default: reuters for a .jsonl file or a folder holding reuters21578-train.jsonl, else bbc).")
  String format;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
      description = "Also print up to N stories with a missed or wrong label, for inspection.")
  int misses;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(corpus)) {
      throw new ParameterException(spec.commandLine(), "no corpus at " + corpus);
    }
    CorpusFormat corpusFormat = format != null ? CorpusFormat.parse(format)
        : corpus.toString().endsWith(".jsonl") || Files.exists(corpus.resolve("reuters21578-train.jsonl"))
            ? CorpusFormat.REUTERS : CorpusFormat.BBC;
    if (corpusFormat != CorpusFormat.REUTERS && corpusFormat != CorpusFormat.BBC) {
      throw new ParameterException(spec.commandLine(), "entity evaluation reads the reuters or bbc format");
    }
    List<EntityLabelledArticle> stories = Corpora.readEntities(corpus, corpusFormat);
    Settings settings = Settings.load(Map.of(), null, Map.of(), Map.of());
    Annotator annotator = PipelineOptions.annotator(PipelineOptions.tagger(settings));
    List<byte[]> raw = new ArrayList<>(stories.size());
    stories.forEach(s -> raw.add(s.asRawArticle()));

    var vocabulary = ReutersVocabulary.bundled();
    var names = NameFinder.bundled(Gazetteer.bundled());
    var evaluation = new EntityEvaluation(vocabulary, peopleVocabulary());
    int failed = 0;
    int shown = 0;
    for (int i = 0; i < stories.size(); i++) {
      EntityLabelledArticle story = stories.get(i);
      Annotation annotation = annotator.annotate(story.id(), raw.get(i));
      EnrichedArticle article = annotation instanceof Annotation.Annotated a ? a.article() : null;
      if (article == null) {
        failed++;
      }
      var before = evaluation.report();
      evaluation.add(new EntityEvaluation.Gold(story.places(), story.people(), story.orgs(),
          !story.dateline().isEmpty(), story.language()), article);
      if (shown < misses && article != null && (missed(before, evaluation.report())
          || before.languageRight() == evaluation.report().languageRight())) {
        shown++;
        out.printf("%s %s | language %s | dateline %s -> %s | places %s | people %s | orgs %s%n  found places %s%n  found people %s%n  found orgs %s%n",
            story.id(), story.title(), article.language(), story.dateline(), article.dateline() == null ? null : article.dateline().place(),
            story.places(), story.people(), story.orgs(), article.entities().places(),
            article.entities().people(), article.entities().organizations());
      }
    }
    Rate rate = annotateRate(annotator, stories, raw);
    print(out, corpusFormat, evaluation.report(), failed, rate);
    out.flush();
    return 0;
  }

  private static boolean missed(EntityEvaluation.Report before, EntityEvaluation.Report after) {
    return wrong(before.mainPlaces(), after.mainPlaces()) || wrong(before.people(), after.people())
        || wrong(before.orgs(), after.orgs());
  }

  private static boolean wrong(SetScore before, SetScore after) {
    return after.falseNegatives() > before.falseNegatives() || after.falsePositives() > before.falsePositives();
  }

  /** The corpus's published list of PEOPLE labels, when it sits beside the stories. */
  private Set<String> peopleVocabulary() throws java.io.IOException {
    Path folder = Files.isDirectory(corpus) ? corpus : corpus.toAbsolutePath().getParent();
    Path file = folder == null ? null : folder.resolve(PEOPLE_LABELS);
    if (file == null || !Files.exists(file)) {
      return Set.of();
    }
    Set<String> labels = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        labels.add(line.strip());
      }
    }
    return labels;
  }

  static final int WARM_UP_ARTICLES = 10_000;

  /** Articles per second of wall-clock time and of this thread's CPU time. */
  record Rate(double wall, double cpu) {}

  /**
   * The whole annotator on this thread, after the scoring pass warmed it up. CPU time is what one
   * core can do, whatever else the machine is running; wall-clock time is what this run got.
   */
  private static Rate annotateRate(Annotator annotator, List<EntityLabelledArticle> stories, List<byte[]> raw) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    // The JIT keeps improving the annotator for several thousand articles: warm up on at least
    // WARM_UP_ARTICLES (the scoring pass counts) before timing, so the figure is the steady rate.
    for (int warmed = stories.size(); warmed < WARM_UP_ARTICLES; warmed += stories.size()) {
      for (int i = 0; i < stories.size(); i++) {
        checksum += annotator.annotate(stories.get(i).id(), raw.get(i)).hashCode() & 1;
      }
    }
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    for (int i = 0; i < stories.size(); i++) {
      checksum += annotator.annotate(stories.get(i).id(), raw.get(i)).hashCode() & 1;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    return checksum < 0 ? new Rate(0, 0) : new Rate(stories.size() / seconds, stories.size() / cpuSeconds);
  }

  private void print(PrintWriter out, CorpusFormat corpusFormat, EntityEvaluation.Report r, int failed, Rate rate) {
    out.printf(Locale.ROOT, "corpus: %s (%s), %d stories, %d rejected by the pipeline%n", corpus,
        corpusFormat.name().toLowerCase(Locale.ROOT), r.stories(), failed);
    if (corpusFormat == CorpusFormat.REUTERS) {
      out.printf("%-28s %9s %9s %9s %7s %7s %7s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
      row(out, "place countries, all", r.places());
      row(out, "place countries, main", r.mainPlaces());
      row(out, "people (PEOPLE)", r.people());
      row(out, "organizations (ORGS)", r.orgs());
      out.println("  (main: entities.countries, the dateline's country and countries mentioned at least "
          + org.newsflow.enrich.MainCountries.MENTIONS + " times or named in the lead; labels: PLACES)");
      out.printf(Locale.ROOT, "dateline city found         %.4f (%d of %d stories with a dateline)%n",
          r.datelineFoundRate(), r.datelinesFound(), r.datelines());
      out.printf(Locale.ROOT, "dateline country in PLACES  %.4f (%d of %d datelines found)%n",
          r.datelineCountryRate(), r.datelineCountryLabelled(), r.datelinesFound());
    }
    out.printf(Locale.ROOT, "language (en)               %.4f (%d of %d)%n", r.languageAccuracy(), r.languageRight(), r.stories());
    out.printf(Locale.ROOT, "annotate rate               %.0f articles per CPU-second (parse, enrich, tag; one thread, after warming up on 10,000 articles)%n", rate.cpu());
    out.printf(Locale.ROOT, "                            %.0f articles/s by the wall clock (lower when other processes share the cores)%n", rate.wall());
  }

  private static void row(PrintWriter out, String name, SetScore s) {
    out.printf(Locale.ROOT, "%-28s %9.4f %9.4f %9.4f %7d %7d %7d%n", name, s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.falsePositives(), s.falseNegatives());
  }
}
