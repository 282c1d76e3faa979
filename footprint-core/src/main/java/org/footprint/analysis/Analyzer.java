package org.footprint.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.footprint.analysis.context.Conditions;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.context.TextAnalysis.Source;
import org.footprint.analysis.detect.Evidence;
import org.footprint.analysis.detect.RuleEvaluator;
import org.footprint.analysis.detect.RuleIndex;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.analysis.learn.WordModel;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.normalise.NormalisedText;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Severity;
import org.footprint.policy.ItemContextPolicy;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.Rule;
import org.footprint.rules.RuleCatalogue;
import org.footprint.rules.RuleKind;
import org.footprint.rules.RulePart;

/**
 * The façade every interface uses: judges an item's text with every rule of the catalogue and returns
 * explained findings, with severity and clauses from the chosen policy pack.
 *
 * <p>Build once and share: immutable and thread-safe. Per text: one normalisation, one automaton pass
 * over all lexicons, and only the rules whose anchor words occur are evaluated.
 */
public final class Analyzer {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
      .thenComparing(Finding::category)
      .thenComparingInt(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).start());
  /** At most this many of the word model's features are shown as a learned finding's evidence, each weighing at least the minimum. */
  private static final int MODEL_EVIDENCE = 3;
  private static final double MODEL_MIN_WEIGHT = 0.25;
  /**
   * What a place the word model weighed counts as for the learned rules' {@code unless} conditions: a mild word, since
   * no written rule found an insult there (so fondness, {@code affectionate}, can make it banter).
   */
  private static final double MODEL_PLACE_WEIGHT = 0.5;

  private final RuleCatalogue catalogue;
  private final PolicyPack pack;
  private final IdentifierScanner identifiers = new IdentifierScanner();
  private final ItemContextPolicy contexts = ItemContextPolicy.builtIn();
  private final RuleIndex riskRules;
  private final RuleIndex strengthRules;
  /** The enabled rules of kind learned: one per category the word model may report where no other rule did. */
  private final List<Rule> learnedRules = new ArrayList<>();
  /** By learned rule id, its match's sources, resolved once. */
  private final Map<String, LearnedMatch> learnedMatches = new HashMap<>();
  /** The signals cross-item analysis asks for, resolved once instead of by name for every item. */
  private final Map<String, Source> signalSources = new ConcurrentHashMap<>();
  private final List<FindingStage> stages;

  public Analyzer(RuleCatalogue catalogue, PolicyPack pack) {
    this(catalogue, pack, Set.of(), List.of());
  }

  /**
   * As configured by the user: the rules named in {@code disabledRules} are never evaluated, and each of
   * {@code stages} then sees, in order, an item's risk findings (after overlaps are resolved) and may drop some or add its own.
   */
  public Analyzer(RuleCatalogue catalogue, PolicyPack pack, Set<String> disabledRules, List<FindingStage> stages) {
    this.catalogue = catalogue;
    this.pack = pack;
    this.stages = List.copyOf(stages);
    List<RuleEvaluator> riskEvaluators = new ArrayList<>();
    List<RuleEvaluator> strengthEvaluators = new ArrayList<>();
    for (Rule rule : catalogue.rules()) {
      if (rule.kind() == RuleKind.LEARNED) {
        // a disabled learned rule's too: applyRule tries any rule
        learnedMatches.put(rule.id(), new LearnedMatch(resolve(rule.match().anchor()),
            rule.match().exclude().stream().map(this::resolve).toArray(Source[][]::new),
            rule.match().exclude().stream().anyMatch(part -> part.position() == RulePart.Position.OVERLAPPING)));
      }
      if (disabledRules.contains(rule.id())) {
        continue;
      }
      if (rule.kind() == RuleKind.LEARNED) {
        learnedRules.add(rule);
      } else {
        (rule.category().isRisk() ? riskEvaluators : strengthEvaluators).add(new RuleEvaluator(rule, catalogue.lexicons()));
      }
    }
    this.riskRules = new RuleIndex(riskEvaluators, catalogue.lexicons().size());
    this.strengthRules = new RuleIndex(strengthEvaluators, catalogue.lexicons().size());
  }

  /**
   * A step after the rules, with data of its own (the user's allowed terms, their private watch-list).
   * Implementations MUST be immutable and thread-safe, and MUST NOT normalise the item's text again: they are given the analyser's.
   */
  public interface FindingStage {
    /** The item's findings after this stage: {@code findings} itself when nothing changes; never null. */
    List<Finding> apply(Item item, NormalisedText text, List<Finding> findings);
  }

  /** The built-in rules with the default policy pack. */
  public static Analyzer builtIn() {
    return new Analyzer(RuleCatalogue.builtIn(), PolicyPacks.loadBuiltIn().defaultPack());
  }

  /** The built-in rules with the named policy pack. */
  public static Analyzer builtIn(String packId) {
    return new Analyzer(RuleCatalogue.builtIn(), PolicyPacks.loadBuiltIn().get(packId));
  }

  public PolicyPack pack() {
    return pack;
  }

  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /** Judges a draft or any loose text. */
  public List<Finding> analyzeText(String id, String text) {
    return analyze(Item.draft(id, text));
  }

  /** The item's risk findings, most serious first; strengths are not looked for (see {@link #assess}). */
  public List<Finding> analyze(Item item) {
    return analyze(item, List.of(), null);
  }

  /**
   * Judges the item as {@link #analyze(Item)} does and also hands {@code held} the evidence of each of the named
   * {@code signals} (of {@link RuleCatalogue#SIGNALS}) the text holds, its role the signal's name: what cross-item
   * analysis needs of an item without normalising and matching its text twice. A signal a rule already computed costs
   * nothing more; the others, on most texts, only their pre-filter.
   */
  public List<Finding> analyze(Item item, List<String> signals, Consumer<EvidenceSpan> held) {
    return judge(item, signals, held, false).risks();
  }

  /**
   * The item's risks and, apart from them, its strengths, from one normalisation and one automaton pass.
   * Strengths are looked for only in what the user wrote for others to see (not in messages, nor in what others
   * posted or the user liked), and only when no risk of low or above was found: a post that needs editing or
   * deleting is not one to keep as it is, however useful its information.
   */
  public Assessment assess(Item item) {
    return assess(item, List.of(), null);
  }

  /** {@link #assess(Item)}, handing {@code held} the evidence of the named signals as {@link #analyze(Item, List, Consumer)} does. */
  public Assessment assess(Item item, List<String> signals, Consumer<EvidenceSpan> held) {
    return judge(item, signals, held, true);
  }

  private Assessment judge(Item item, List<String> signals, Consumer<EvidenceSpan> held, boolean withStrengths) {
    NormalisedText text = catalogue.normaliser().normalise(item.text());
    TextAnalysis analysis = new TextAnalysis(text, catalogue.lexicons(), identifiers);
    List<Finding> written = findings(item, riskRules, text, analysis);
    List<Finding> risks = withLearned(item, text, analysis, written);
    List<Finding> strengths = null;
    if (risks != written) {
      // a written strength rule (public information, guidance) outweighs the word model's guess at a risk
      strengths = findings(item, strengthRules, text, analysis);
      if (!strengths.isEmpty()) {
        risks = written;
      }
    }
    if (!stages.isEmpty()) {
      for (FindingStage stage : stages) {
        risks = stage.apply(item, text, risks);
      }
      if (risks.size() > 1) {
        risks = new ArrayList<>(risks);
        risks.sort(ORDER);
      }
    }
    for (String signal : signals) {
      for (Hit hit : analysis.hits(signalSources.computeIfAbsent(signal, name -> Source.resolve("signal:" + name, catalogue.lexicons())))) {
        held.accept(text.evidence(hit.start(), hit.end(), signal));
      }
    }
    boolean mayShowStrength = withStrengths && Involvement.of(item) == Involvement.AUTHORED && item.kind() != ItemKind.MESSAGE
        && item.audience() != Audience.DIRECT && risks.stream().noneMatch(f -> f.severity().atLeast(Severity.LOW));
    if (!mayShowStrength) {
      return new Assessment(risks, List.of());
    }
    return new Assessment(risks, strengths != null ? strengths : findings(item, strengthRules, text, analysis));
  }

  private List<Finding> findings(Item item, RuleIndex rules, NormalisedText text, TextAnalysis analysis) {
    List<Finding> findings = null;
    BitSet candidates = rules.candidates(analysis);
    for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
      RuleEvaluator evaluator = rules.evaluator(r);
      if (!evaluator.mayFire(analysis)) {
        continue;
      }
      Evidence evidence = evaluator.evaluate(analysis);
      if (evidence != null) {
        if (findings == null) {
          findings = new ArrayList<>(2);
        }
        findings.add(finding(item, evaluator.rule(), evidence, text));
      }
    }
    return findings == null ? List.of() : resolveOverlaps(findings);
  }

  /**
   * Adds, for each category no rule found, the learned rule's finding when the word model reads the text as that
   * category: what catches wording no rule was written for. The model is read only when a learned rule could add something.
   */
  private List<Finding> withLearned(Item item, NormalisedText text, TextAnalysis analysis, List<Finding> risks) {
    WordModel.Reading reading = null;
    List<Finding> all = risks;
    Set<Category> found = EnumSet.noneOf(Category.class);
    risks.forEach(f -> found.add(f.category()));
    for (Rule rule : learnedRules) {
      // like the written rules, a learned one yields to the categories it names (swearing inside an insult is the insult)
      if (found.contains(rule.category()) || !Collections.disjoint(found, rule.yieldsTo())) {
        continue;
      }
      if (reading == null) {
        reading = catalogue.wordModel().read(analysis);
      }
      Finding finding = learnedFinding(item, rule, reading, analysis);
      if (finding != null) {
        if (all == risks) {
          all = new ArrayList<>(risks);
        }
        all.add(finding);
        found.add(rule.category());
      }
    }
    if (all != risks) {
      all.sort(ORDER);
    }
    return all;
  }

  /**
   * The learned rule's finding, its evidence the features that weighed most; none when no feature weighs enough to show.
   * The rule's {@code unless} conditions take out the words they hold for (reported speech: "he called me a …") before
   * the model's reading is judged again; they can only take a finding away, as they are looked at only once it reaches.
   */
  private Finding learnedFinding(Item item, Rule rule, WordModel.Reading whole, TextAnalysis analysis) {
    WordModel.Reading reading = whole.reaches(rule.category()) ? whole
        : whole.bestSentence(rule.category());
    if (reading == null) {
      return null;
    }
    // only now: the words a rule needs can be signals (a named person), costlier than the model's verdict
    Hit needed = neededWord(rule, analysis);
    if (needed == null || excluded(rule, analysis, null)) {
      return null;
    }
    String judged = reading == whole ? "this post" : "one sentence of this post";
    if (!rule.unless().isEmpty() || learnedMatches.get(rule.id()).excludesAtPlaces()) {
      reading = reading.without((start, end) -> {
        Hit place = new Hit(start, end, "model", "", "", MODEL_PLACE_WEIGHT);
        return Conditions.anyHolds(rule.unless(), place, analysis) || excluded(rule, analysis, place);
      });
      if (!reading.reaches(rule.category())) {
        return null;
      }
    }
    NormalisedText text = analysis.text();
    List<WordModel.Contribution> strongest = reading.strongest(rule.category(), MODEL_EVIDENCE, MODEL_MIN_WEIGHT);
    if (strongest.isEmpty()) {
      return null;
    }
    // the places never overlap (the model merges features at one place), so each is one span
    List<EvidenceSpan> ordered = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (WordModel.Contribution contribution : strongest) {
      ordered.add(text.evidence(contribution.start(), contribution.end(), contribution.role()));
      shown.add(contribution.shown() + String.format(Locale.ROOT, " (%+.1f)", contribution.weight()));
    }
    if (needed != NOTHING_NEEDED && strongest.stream().noneMatch(place -> place.start() < needed.end() && needed.start() < place.end())) {
      // the word the rule needs is part of why it reports, though it weighed less than those shown
      ordered.add(text.evidence(needed.start(), needed.end(), rule.match().anchor().role()));
    }
    ordered = disjoint(ordered, item.text());
    String terms = String.join(", ", strongest.stream().map(WordModel.Contribution::shown).toList());
    double probability = reading.probability(rule.category());
    // never "100 %": the model is never certain
    String at = probability >= 0.995 ? "over 99 %" : String.format(Locale.ROOT, "%.0f %%", 100 * probability);
    String found = String.format(Locale.ROOT, " The word model puts %s at %s (it reports from %.0f %%); what weighed most: %s.",
        judged, at, 100 * catalogue.wordModel().threshold(rule.category()), String.join(", ", shown));
    return risk(item, rule, ordered, rule.message().replace("{terms}", terms).replace("{match}", strongest.get(0).shown()), found);
  }

  private Source[] resolve(RulePart part) {
    return part.sources().stream().map(source -> Source.resolve(source, catalogue.lexicons())).toArray(Source[]::new);
  }

  /**
   * A learned rule's match, resolved: the sources of its anchor (one of which a post must hold for it to report; none:
   * any post), those of each {@code exclude} part, and whether a part takes out only the model's places it overlaps.
   */
  private record LearnedMatch(Source[] needs, Source[][] excludes, boolean excludesAtPlaces) {}

  /**
   * Whether a word of one of the learned rule's {@code exclude} parts rules the rule out: with {@code place} null, a
   * part that holds for the whole post ("declined", "told my manager" anywhere in it); else a part of {@code position:
   * overlapping} whose word shares characters with the model's place (the word means something else there: "smashed"
   * in "smashed the pub quiz").
   */
  private boolean excluded(Rule rule, TextAnalysis analysis, Hit place) {
    List<RulePart> parts = rule.match().exclude();
    Source[][] sources = learnedMatches.get(rule.id()).excludes();
    for (int p = 0; p < parts.size(); p++) {
      if ((parts.get(p).position() == RulePart.Position.OVERLAPPING) != (place != null)) {
        continue;
      }
      for (Source source : sources[p]) {
        for (Hit hit : analysis.hits(source)) {
          if (hit.weight() >= parts.get(p).minWeight() && (place == null || hit.overlaps(place))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** What {@link #neededWord} answers for a learned rule that needs no word. */
  private static final Hit NOTHING_NEEDED = new Hit(0, 0, "", "", "", 0);

  /**
   * The first of the words the learned rule's {@code match.anchor} names that the post holds, at its minimum weight;
   * {@link #NOTHING_NEEDED} for a rule without a match; null when the post holds none, and the rule cannot report: a
   * learned finding must have something to show ("reads as crude" with no crude word in the post explains nothing).
   */
  private Hit neededWord(Rule rule, TextAnalysis analysis) {
    Source[] needed = learnedMatches.get(rule.id()).needs();
    if (needed.length == 0) {
      return NOTHING_NEEDED;
    }
    double minWeight = rule.match().anchor().minWeight();
    Hit first = null;
    for (Source source : needed) {
      for (Hit hit : analysis.hits(source)) {
        if (hit.weight() >= minWeight && (first == null || hit.start() < first.start())) {
          first = hit;
        }
      }
    }
    return first;
  }

  /**
   * Applies one rule alone, without the other rules' findings taking precedence: what a rule's own
   * examples are tested with.
   */
  public Optional<Finding> applyRule(String ruleId, Item item) {
    NormalisedText text = catalogue.normaliser().normalise(item.text());
    TextAnalysis analysis = new TextAnalysis(text, catalogue.lexicons(), identifiers);
    Optional<Rule> learned = catalogue.rule(ruleId).filter(rule -> rule.kind() == RuleKind.LEARNED);
    if (learned.isPresent()) {
      return Optional.ofNullable(learnedFinding(item, learned.get(), catalogue.wordModel().read(analysis), analysis));
    }
    for (RuleEvaluator evaluator : allEvaluators()) {
      if (evaluator.rule().id().equals(ruleId)) {
        Evidence evidence = evaluator.evaluate(analysis);
        return evidence == null ? Optional.empty() : Optional.of(finding(item, evaluator.rule(), evidence, text));
      }
    }
    throw new IllegalArgumentException("unknown rule '" + ruleId + "'");
  }

  private Iterable<RuleEvaluator> allEvaluators() {
    List<RuleEvaluator> all = new ArrayList<>(riskRules.evaluators());
    all.addAll(strengthRules.evaluators());
    return all;
  }

  private Finding finding(Item item, Rule rule, Evidence evidence, NormalisedText text) {
    Map<String, EvidenceSpan> spans = new LinkedHashMap<>();
    String anchorRole = rule.match().anchor().role();
    for (int a = 0; a < evidence.anchors().size(); a++) {
      Hit anchor = evidence.anchors().get(a);
      addSpan(spans, anchor, anchorRole, text);
      List<Hit> parts = evidence.parts().get(a);
      for (int p = 0; p < parts.size(); p++) {
        // a part inside the anchor ("your" in "shut your mouth") is already shown by the anchor's span
        if (!parts.get(p).within(anchor)) {
          addSpan(spans, parts.get(p), rule.match().with().get(p).role(), text);
        }
      }
    }
    List<EvidenceSpan> ordered = disjoint(new ArrayList<>(spans.values()), item.text());
    if (!rule.category().isRisk()) {
      return strength(item, rule, evidence, text, ordered);
    }
    boolean together = rule.kind() == RuleKind.COMBINATION || rule.kind() == RuleKind.LEXICON_NEAR_TARGET || !rule.match().with().isEmpty();
    return risk(item, rule, ordered, message(rule, evidence, text), together ? " Found together: " + partsDescription(rule, evidence, text) + "." : "");
  }

  /** A risk finding: the pack's and the item's context's severity, clauses, remediation; {@code found} ends the explanation. */
  private Finding risk(Item item, Rule rule, List<EvidenceSpan> evidence, String message, String found) {
    Severity packSeverity = pack.adjust(rule.category(), rule.severity());
    Involvement involvement = Involvement.of(item);
    ItemContextPolicy.Treatment who = contexts.involvement(involvement);
    // Who could see it, and for some kinds what the kind does (a hostile quote-post), matter for what the user
    // posted; a draft has not been posted yet.
    List<ItemContextPolicy.Treatment> applied = new ArrayList<>(List.of(who));
    if (involvement == Involvement.AUTHORED && item.kind() != ItemKind.DRAFT) {
      applied.add(contexts.audience(item.audience()));
      ItemContextPolicy.Treatment kind = contexts.kind(item.kind());
      if (kind != null) {
        applied.add(kind);
      }
    }
    Severity severity = packSeverity;
    for (ItemContextPolicy.Treatment context : applied) {
      severity = context.adjust(rule.category(), severity);
    }
    return new Finding(
        item.id(),
        involvement,
        rule.category(),
        severity,
        rule.confidence(),
        evidence,
        rule.id(),
        who.message() + message,
        explanation(rule, found, packSeverity, applied, severity),
        clauses(rule),
        who.remediation(rule.category(), rule.remediation()),
        involvement == Involvement.AUTHORED ? rule.suggestion() : null);
  }

  /**
   * A strength stays at info whatever the pack or the audience, and cites no clause: the packs' clauses are what
   * a risk goes against, and no code's clause on the value of a presence has been verified for them.
   */
  private static Finding strength(Item item, Rule rule, Evidence evidence, NormalisedText text, List<EvidenceSpan> spans) {
    String explanation = rule.why() + (rule.match().with().isEmpty() ? "" : " Found together: " + partsDescription(rule, evidence, text) + ".");
    return new Finding(item.id(), Involvement.of(item), rule.category(), Severity.INFO, rule.confidence(), spans, rule.id(),
        message(rule, evidence, text), explanation, List.of(), rule.remediation(), rule.suggestion());
  }

  /**
   * The spans in text order, overlapping ones made one: a part that shares words with the anchor or another part
   * ('Another Polish' and 'Polish family') would otherwise be highlighted twice over the same words. A span inside
   * another is shown by that one; two that overlap become one span of both roles.
   */
  static List<EvidenceSpan> disjoint(List<EvidenceSpan> spans, String original) {
    spans.sort(Comparator.comparingInt(EvidenceSpan::start).thenComparing(Comparator.comparingInt(EvidenceSpan::end).reversed()));
    List<EvidenceSpan> merged = new ArrayList<>(spans.size());
    for (EvidenceSpan span : spans) {
      EvidenceSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last == null || span.start() >= last.end()) {
        merged.add(span);
      } else if (span.end() > last.end()) {
        String role = last.role().equals(span.role()) ? last.role() : last.role() + " + " + span.role();
        merged.set(merged.size() - 1, new EvidenceSpan(last.start(), span.end(), original.substring(last.start(), span.end()), role));
      }
    }
    return merged;
  }

  private static void addSpan(Map<String, EvidenceSpan> spans, Hit hit, String role, NormalisedText text) {
    EvidenceSpan span = text.evidence(hit.start(), hit.end(), role);
    spans.putIfAbsent(span.start() + ":" + span.end(), span);
  }

  private static String message(Rule rule, Evidence evidence, NormalisedText text) {
    List<String> terms = new ArrayList<>();
    for (Hit anchor : evidence.anchors()) {
      String term = "'" + text.originalText(anchor.start(), anchor.end()) + "'";
      if (!terms.contains(term)) {
        terms.add(term);
      }
    }
    String first = text.originalText(evidence.anchors().get(0).start(), evidence.anchors().get(0).end());
    return rule.message()
        .replace("{match}", first)
        .replace("{terms}", String.join(", ", terms))
        .replace("{parts}", partsDescription(rule, evidence, text));
  }

  /** "work context 'home visit' and identifying detail 'Elm Drive'". */
  private static String partsDescription(Rule rule, Evidence evidence, NormalisedText text) {
    List<String> described = new ArrayList<>();
    Hit anchor = evidence.anchors().get(0);
    described.add(rule.match().anchor().role() + " '" + text.originalText(anchor.start(), anchor.end()) + "'");
    List<Hit> parts = evidence.parts().get(0);
    for (int p = 0; p < parts.size(); p++) {
      RulePart part = rule.match().with().get(p);
      described.add(part.role() + " '" + text.originalText(parts.get(p).start(), parts.get(p).end()) + "'");
    }
    if (described.size() == 1) {
      return described.get(0);
    }
    return String.join(", ", described.subList(0, described.size() - 1)) + " and " + described.get(described.size() - 1);
  }

  /** The contexts' sentences, the rule's reason, what was found together, and why the level differs from the rule's. */
  private String explanation(Rule rule, String found, Severity severity, List<ItemContextPolicy.Treatment> contexts, Severity finalSeverity) {
    StringBuilder out = new StringBuilder();
    for (ItemContextPolicy.Treatment context : contexts) {
      if (!context.lead().isEmpty() && context.appliesTo(rule.category())) {
        out.append(context.lead()).append(' ');
      }
    }
    out.append(rule.why()).append(found);
    if (severity != rule.severity()) {
      out.append(" The ").append(pack.title()).append(" pack rates this ").append(severity.id())
          .append(" (the rule's own level is ").append(rule.severity().id()).append(").");
      String note = pack.notes().get(rule.category().id());
      if (note != null) {
        out.append(' ').append(note);
      }
    }
    if (finalSeverity != severity) {
      out.append(" For that reason Footprint rates it ").append(finalSeverity.id()).append(" rather than ").append(severity.id()).append('.');
    }
    return out.toString();
  }

  private List<Clause> clauses(Rule rule) {
    return pack.clausesFor(rule.category(), rule.clauses());
  }

  /**
   * Drops findings that yield to another category present on the item (untargeted swearing inside an
   * insult is the insult), and within one category keeps the strongest finding for overlapping evidence.
   */
  private List<Finding> resolveOverlaps(List<Finding> findings) {
    Set<Category> present = EnumSet.noneOf(Category.class);
    findings.forEach(f -> present.add(f.category()));
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      Rule rule = catalogue.rule(finding.ruleId()).orElseThrow();
      if (rule.yieldsTo().stream().anyMatch(present::contains)) {
        continue;
      }
      kept.add(finding);
    }
    kept.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Comparator.comparingDouble(Finding::confidence).reversed()));
    List<Finding> result = new ArrayList<>(kept.size());
    for (Finding candidate : kept) {
      boolean redundant = false;
      for (Finding chosen : result) {
        if (chosen.category() == candidate.category() && overlaps(chosen, candidate)) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        result.add(candidate);
      }
    }
    result.sort(ORDER);
    return result;
  }

  private static boolean overlaps(Finding a, Finding b) {
    for (EvidenceSpan x : a.evidence()) {
      for (EvidenceSpan y : b.evidence()) {
        if (x.start() < y.end() && y.start() < x.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
