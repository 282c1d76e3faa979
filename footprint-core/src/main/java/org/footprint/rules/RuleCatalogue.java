package org.footprint.rules;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.footprint.analysis.learn.WordModel;
import org.footprint.analysis.match.Lexicon;
import org.footprint.analysis.match.LexiconForms;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.analysis.match.LexiconSetFile;
import org.footprint.analysis.normalise.Normaliser;

/**
 * Every rule and lexicon shipped in {@code footprint-core/src/main/resources}: {@code lexicons/index.txt}
 * names the lexicons ({@code lexicons/<name>.tsv}); each category folder's {@code rules/<category>/index.txt}
 * lists its rule files ({@code <name>.yaml}). Loading checks that ids are unique and match their paths and
 * that every source a rule names exists. Immutable and thread-safe.
 */
public final class RuleCatalogue {
  /** Signals computed in Java from the original text (see {@code analysis.context.Signals}). */
  public static final Set<String> SIGNALS = Set.of("mention", "named-person", "place-name", "street-address", "age", "initials", "clock-time", "hashtag", "street-name", "school-name", "titled-name", "duration", "secret-token", "house-number", "bed-number", "class-group", "child-name", "scare-quote");
  /** Targets of a remark; most are lexicons named {@code target-<type>}, mention and named-person are signals. */
  public static final Set<String> TARGETS = Set.of("second-person", "third-person", "role", "group", "mention", "named-person");
  /** Lexicons the context conditions use, which every catalogue must ship. */
  public static final List<String> CONDITION_LEXICONS = List.of("negators", "negator-false-friends", "reporting", "self-reference", "self-owner", "educational-context", "benign-phrases", "first-names", "named-places", "affection-cues", "non-human-subjects");

  private final LexiconSet lexicons;
  private final List<Rule> rules;
  private final Normaliser normaliser;
  private final Set<String> quietWords;
  private final WordModel wordModel;
  private final Map<String, Rule> byId = new HashMap<>();

  private RuleCatalogue(LexiconSet lexicons, List<Rule> rules, Normaliser normaliser, Set<String> quietWords, WordModel wordModel) {
    this.lexicons = lexicons;
    this.rules = List.copyOf(rules);
    this.normaliser = normaliser;
    this.quietWords = quietWords;
    this.wordModel = wordModel;
    rules.forEach(rule -> byId.put(rule.id(), rule));
  }

  /** The catalogue shipped on the classpath. */
  public static RuleCatalogue builtIn() {
    return Holder.BUILT_IN;
  }

  private static final class Holder {
    static final RuleCatalogue BUILT_IN = load(RuleCatalogue.class.getClassLoader());
  }

  /**
   * Loads lexicons and rules through {@code loader}. The lexicons come from their compiled form
   * ({@link LexiconSetFile#RESOURCE}, written at build time by {@link CatalogueCompiler}) when it was made from
   * exactly these lexicon files, and are built from the files otherwise.
   */
  public static RuleCatalogue load(ClassLoader loader) {
    Map<String, byte[]> sources = lexiconSources(loader);
    byte[] fingerprint = LexiconSetFile.fingerprint(sources);
    LexiconSet lexicons = compiledLexicons(loader, fingerprint).orElseGet(() -> new LexiconSet(readLexicons(sources)));
    return load(loader, lexicons);
  }

  /** The lexicon files named by {@code lexicons/index.txt}, by resource name, in index order. */
  public static Map<String, byte[]> lexiconSources(ClassLoader loader) {
    Map<String, byte[]> sources = new LinkedHashMap<>();
    for (String name : index(loader, "lexicons/index.txt")) {
      String resource = "lexicons/" + name + ".tsv";
      try (InputStream in = open(loader, resource)) {
        sources.put(resource, in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException(resource + ": " + e.getMessage(), e);
      }
    }
    return sources;
  }

  /** Parses lexicon files, normalising every term as the detectors will see it. */
  static List<Lexicon> readLexicons(Map<String, byte[]> sources) {
    Normaliser plain = new Normaliser();
    List<Lexicon> lexiconList = new ArrayList<>();
    for (Map.Entry<String, byte[]> source : sources.entrySet()) {
      String resource = source.getKey();
      String name = resource.substring("lexicons/".length(), resource.length() - ".tsv".length());
      lexiconList.add(Lexicon.read(name, resource, new ByteArrayInputStream(source.getValue()), lexiconList.size(), term -> plain.normalise(term).text()));
    }
    return lexiconList;
  }

  /**
   * The compiled lexicons when the classpath has them for these sources. A damaged file is passed over: the
   * lexicons are then built from their sources, which gives the same set, only slower.
   */
  private static Optional<LexiconSet> compiledLexicons(ClassLoader loader, byte[] fingerprint) {
    InputStream in = loader.getResourceAsStream(LexiconSetFile.RESOURCE);
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return LexiconSetFile.read(in, fingerprint);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Loads the rules through {@code loader} over lexicons already read. */
  static RuleCatalogue load(ClassLoader loader, LexiconSet lexicons) {
    List<Lexicon> lexiconList = lexicons.lexicons();
    for (String name : CONDITION_LEXICONS) {
      if (lexicons.indexOf(name) < 0) {
        throw new IllegalStateException("lexicons/index.txt: the context lexicon '" + name + "' is missing");
      }
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String path : rulePaths(loader)) {
      String resource = "rules/" + path;
      Rule rule;
      try (InputStream in = open(loader, resource)) {
        rule = RuleReader.read(resource, in);
      } catch (IOException e) {
        throw new IllegalStateException(resource + ": " + e.getMessage(), e);
      }
      String expectedId = idOf(path);
      if (!rule.id().equals(expectedId)) {
        throw new IllegalStateException(resource + ": id '" + rule.id() + "' must be '" + expectedId + "' (category folder + file name)");
      }
      if (!path.startsWith(rule.category().id() + "/")) {
        throw new IllegalStateException(resource + ": category '" + rule.category().id() + "' does not match its folder");
      }
      if (!ids.add(rule.id())) {
        throw new IllegalStateException(resource + ": duplicate rule id '" + rule.id() + "'");
      }
      if ((rule.kind() == RuleKind.LEARNED) != isLearned(rule.id())) {
        throw new IllegalStateException(resource + ": a rule of kind learned is the file learned.yaml of its category, and only it");
      }
      checkSources(rule, lexicons);
      rules.add(rule);
    }
    Set<String> maskable = new LinkedHashSet<>();
    for (Lexicon lexicon : lexiconList) {
      LexiconForms forms = lexicon.forms();
      for (int k = 0; k < forms.size(); k++) {
        if (forms.entry(k).maskable()) {
          maskable.add(forms.term(k));
        }
      }
    }
    Set<String> quietWords = Set.copyOf(index(loader, WordModel.QUIET_WORDS));
    return new RuleCatalogue(lexicons, rules, new Normaliser(maskable), quietWords, wordModel(loader, lexicons, quietWords));
  }

  /**
   * The word model the learned rules read ({@link WordModel#RESOURCE}). Without one (before the first training) the
   * learned rules never fire.
   */
  private static WordModel wordModel(ClassLoader loader, LexiconSet lexicons, Set<String> quietWords) {
    InputStream resource = loader.getResourceAsStream(WordModel.RESOURCE);
    if (resource == null) {
      return WordModel.empty(lexicons);
    }
    try (InputStream in = resource) {
      return WordModel.read(WordModel.RESOURCE, in, lexicons, quietWords);
    } catch (IOException e) {
      throw new IllegalStateException(WordModel.RESOURCE + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * The ids of the rules on the classpath, from the index files alone (the rules are not read): what a user's
   * configuration is checked against before the catalogue has loaded.
   */
  public static List<String> ruleIds(ClassLoader loader) {
    return rulePaths(loader).stream().map(RuleCatalogue::idOf).toList();
  }

  /** "confidentiality/named-service-user.yaml" for every rule file, category by category, in index order. */
  private static List<String> rulePaths(ClassLoader loader) {
    List<String> paths = new ArrayList<>();
    for (org.footprint.model.Category category : org.footprint.model.Category.values()) {
      for (String file : index(loader, "rules/" + category.id() + "/index.txt")) {
        paths.add(category.id() + "/" + file);
      }
    }
    return paths;
  }

  private static String idOf(String path) {
    return path.replaceFirst("\\.yaml$", "").replace('/', '.');
  }

  private static void checkSources(Rule rule, LexiconSet lexicons) {
    List<RulePart> parts = new ArrayList<>();
    parts.add(rule.match().anchor());
    parts.addAll(rule.match().with());
    parts.addAll(rule.match().exclude());
    for (RulePart part : parts) {
      for (String source : part.sources()) {
        String problem = sourceProblem(source, lexicons);
        if (problem != null) {
          throw new IllegalStateException(rule.resource() + ": " + problem);
        }
      }
    }
    List<String> anchorSources = rule.match().anchor().sources();
    boolean anchorIsIdentifier = !anchorSources.isEmpty() && anchorSources.stream().allMatch(s -> s.startsWith("id:"));
    if ((rule.kind() == RuleKind.IDENTIFIER) != anchorIsIdentifier) {
      throw new IllegalStateException(rule.resource() + ": kind identifier needs an anchor of identifiers only, and only it may have one");
    }
    if (rule.kind() == RuleKind.LEXICON_NEAR_TARGET
        && rule.match().with().stream().noneMatch(p -> p.sources().stream().allMatch(s -> s.startsWith("target:")))) {
      throw new IllegalStateException(rule.resource() + ": kind lexicon-near-target needs a 'with' part of targets");
    }
    if (rule.kind() == RuleKind.COMBINATION && rule.match().with().isEmpty()) {
      throw new IllegalStateException(rule.resource() + ": kind combination needs at least one 'with' part");
    }
    if (rule.kind() == RuleKind.LEXICON && !rule.match().with().isEmpty()) {
      throw new IllegalStateException(rule.resource() + ": kind lexicon takes no 'with' parts (use combination)");
    }
  }

  private static String sourceProblem(String source, LexiconSet lexicons) {
    if (source.startsWith("signal:")) {
      return SIGNALS.contains(source.substring(7)) ? null : "unknown signal '" + source.substring(7) + "' (known: " + String.join(", ", SIGNALS) + ")";
    }
    if (source.startsWith("target:")) {
      String target = source.substring(7);
      if (!TARGETS.contains(target)) {
        return "unknown target '" + target + "' (known: " + String.join(", ", TARGETS) + ")";
      }
      return target.equals("mention") || target.equals("named-person") || lexicons.indexOf("target-" + target) >= 0
          ? null
          : "target '" + target + "' needs the lexicon 'target-" + target + "'";
    }
    if (source.startsWith("id:")) {
      try {
        org.footprint.analysis.identify.IdentifierType.parse(source.substring(3));
        return null;
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }
    return lexicons.indexOf(source) >= 0 ? null : "unknown lexicon '" + source + "' (not in lexicons/index.txt)";
  }

  private static List<String> index(ClassLoader loader, String resource) {
    List<String> names = new ArrayList<>();
    try (InputStream in = open(loader, resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
    return names;
  }

  private static InputStream open(ClassLoader loader, String resource) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + ": not found on the classpath");
    }
    return in;
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public LexiconSet lexicons() {
    return lexicons;
  }

  /** The same rules and lexicons, their learned rules reading {@code model} instead (a model trained with {@code footprint train}). */
  public RuleCatalogue withWordModel(WordModel model) {
    return new RuleCatalogue(lexicons, rules, normaliser, quietWords, model);
  }

  /** Reads a model file written by {@code footprint train} over this catalogue's lexicons and quiet words; errors name {@code resource} and the line. */
  public WordModel readWordModel(String resource, InputStream in) throws IOException {
    return WordModel.read(resource, in, lexicons, quietWords);
  }

  /** Whether a finding of {@code ruleId} is the word model's reading: the learned rules are {@code <category>.learned} (checked when loading). */
  public static boolean isLearned(String ruleId) {
    return ruleId.endsWith(".learned");
  }

  /** The word model of the catalogue's learned rules. */
  public WordModel wordModel() {
    return wordModel;
  }

  /** The normaliser that knows this catalogue's maskable words. */
  public Normaliser normaliser() {
    return normaliser;
  }
}
