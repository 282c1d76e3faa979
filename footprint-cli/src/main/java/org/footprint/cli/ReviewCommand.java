package org.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.footprint.review.ReviewDecision;
import org.footprint.store.DecisionImport;
import org.footprint.store.DecisionRequest;
import org.footprint.store.FindingKey;
import org.footprint.store.ScanRecord;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import org.footprint.store.StoredFinding;
import org.footprint.store.StoredReviews;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code footprint review}: the open findings of the latest scan, and the decisions that settle them. */
@Command(name = "review", description = {"Lists the open findings of the latest scan in the store, most serious first, each with the command to decide it.",
    "A decision holds while the post is unchanged: an edited post is judged again."},
    subcommands = {ReviewCommand.Set.class, ReviewCommand.Import.class})
final class ReviewCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DECISIONS = "keep|delete|edited|false-positive|untagged";

  @Mixin StoreOption store;

  @Mixin ConfigOption config;

  @Option(names = "--limit", paramLabel = "N", description = "List at most N findings. Default: ${DEFAULT-VALUE}.")
  int limit = 50;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreSettings settings = store.settings(config.load());
    try (ScanStore opened = ScanStore.open(settings)) {
      ScanRecord latest = opened.latest().orElse(null);
      if (latest == null) {
        out.println(StoreOption.noScans(settings));
        out.flush();
        return 0;
      }
      StoredReviews reviews = opened.reviews();
      List<StoredFinding> open = opened.findings(latest.id()).stream().filter(f -> reviews.stateOf(f) == null).toList();
      out.printf(Locale.ROOT, "Scan %d (%s): %,d open findings, %,d already reviewed.%n", latest.id(), latest.startedAt(), open.size(),
          latest.findings() - open.size());
      for (StoredFinding finding : open.subList(0, Math.min(limit, open.size()))) {
        out.println();
        out.printf(Locale.ROOT, "%-8s %s  (%s)%n", finding.severity().id(), finding.key(), finding.category());
        out.println("    " + finding.message());
        out.println("    evidence: " + evidence(finding.evidence()));
        out.println("    decide: footprint review set " + StoreOption.quoted(finding.key().toString()) + " --decision " + DECISIONS + store.asArgument());
      }
      if (open.size() > limit) {
        out.println();
        out.printf(Locale.ROOT, "… and %,d more (--limit to list more).%n", open.size() - limit);
      }
    }
    out.flush();
    return 0;
  }

  /** {@code "pathetic" (insult), "@kim" (target)}. */
  private static String evidence(String json) {
    try {
      JsonNode spans = MAPPER.readTree(json);
      return StreamSupport.stream(spans.spliterator(), false)
          .map(span -> "\"" + span.path("text").asText() + "\" (" + span.path("role").asText() + ")").collect(Collectors.joining(", "));
    } catch (IOException e) {
      throw new UncheckedIOException("the store holds evidence that is not JSON", e);
    }
  }

  /** Records the decisions, all or none, and says so in one line ({@code what} follows "Recorded N decisions"). */
  private static int record(StoreOption store, ConfigOption config, CommandLine.Model.CommandSpec spec, List<DecisionRequest> decisions,
      String what) {
    try (ScanStore opened = store.open(config.load())) {
      opened.decide(decisions, Instant.now());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Recorded %,d %s%s.%n", decisions.size(), decisions.size() == 1 ? "decision" : "decisions", what);
    out.flush();
    return 0;
  }

  /** {@code footprint review set FINDING_ID --decision D [--note TEXT]}. */
  @Command(name = "set", description = "Records your decision on one finding (its id is in the report and in 'footprint review').")
  static final class Set implements Callable<Integer> {
    @Parameters(paramLabel = "FINDING_ID", description = "The finding's id: item id#rule id, e.g. twitter:1234#hostility.insult-at-target.")
    String findingId;

    @Option(names = "--decision", required = true, paramLabel = "DECISION", description = "One of: " + DECISIONS + ".",
        converter = DecisionConverter.class)
    ReviewDecision decision;

    @Option(names = "--note", paramLabel = "TEXT", description = "Your note, kept with the decision.")
    String note;

    @Mixin StoreOption store;

    @Mixin ConfigOption config;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      FindingKey key;
      try {
        key = FindingKey.parse(findingId);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      return record(store, config, spec, List.of(new DecisionRequest(key, decision, note, "footprint review set")), ": " + decision.id() + " on " + key);
    }
  }

  /** {@code footprint review import FILE}: many decisions at once, all or none. */
  @Command(name = "import", description = {"Records the decisions in FILE, all or none: CSV with the columns id (or finding_id), decision and note,",
      "or JSON: a list of {id, decision, note}, or a scan report whose findings have a review."})
  static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .csv file, or a .json file.")
    Path file;

    @Mixin StoreOption store;

    @Mixin ConfigOption config;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return record(store, config, spec, DecisionImport.read(file), " from " + file);
    }
  }

  /** Reads {@code --decision} as the command line, reports and the store write it ({@code false-positive}). */
  static final class DecisionConverter implements CommandLine.ITypeConverter<ReviewDecision> {
    @Override
    public ReviewDecision convert(String value) {
      try {
        return ReviewDecision.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
