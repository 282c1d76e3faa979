package org.footprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.report.JsonReport;
import org.footprint.report.ScanResult;
import org.footprint.synth.Persona;
import org.footprint.synth.PersonaGenerator;
import org.footprint.synth.Profession;
import org.footprint.synth.SyntheticPost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint demo}: the whole job on a made-up person's year of posts, with nothing to install. */
@Command(name = "demo", description = {"Generates a made-up professional's year of posts, scans them and writes a report.",
    "No real data is used: the persona and every post come from Footprint's own seeded generator."})
final class DemoCommand implements Callable<Integer> {
  private static final int TOP = 8;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the report. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("footprint-demo");

  @Option(names = "--seed", description = "Seed of the generator: the same seed gives the same persona and posts. Default: ${DEFAULT-VALUE}.")
  long seed = 2026;

  @Option(names = "--posts", description = "How many posts in the year. Default: ${DEFAULT-VALUE}.")
  int posts = 400;

  @Option(names = "--year", description = "The year the posts are dated in. Default: ${DEFAULT-VALUE}.")
  int year = 2025;

  @Option(names = "--pack", paramLabel = "ID", description = "Professional code to judge against. Default: the persona's own profession.")
  String pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (posts < 1 || posts > 1_000_000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--posts must be between 1 and 1000000");
    }
    PersonaGenerator generator = new PersonaGenerator(seed);
    Persona persona = generator.persona();
    List<SyntheticPost> year = generator.yearOfPosts(persona, this.year, posts);
    Analyzer analyzer = Analyzer.builtIn(pack != null ? pack : packFor(persona.profession()));
    List<Item> items = year.stream().map(SyntheticPost::item).toList();
    List<Finding> findings = items.parallelStream().flatMap(item -> analyzer.analyze(item).stream()).toList();

    Files.createDirectories(out);
    Path report = out.resolve("report.json");
    JsonReport.write(new ScanResult(FootprintCommand.version(), Instant.now(), analyzer.pack().id(), analyzer.pack().title(), items, findings), report);

    PrintWriter console = spec.commandLine().getOut();
    console.printf("Footprint demo: %s, %s at %s (made-up persona, seed %d)%n", persona.name(), persona.profession().label(), persona.employer(), seed);
    console.printf("Scanned %d posts from %d against the %s code: %d findings on %d posts.%n%n",
        items.size(), this.year, analyzer.pack().title(), findings.size(), findings.stream().map(Finding::itemId).distinct().count());
    printTable(console, findings);
    console.println();
    console.println("Most serious findings:");
    FindingPrinter printer = new FindingPrinter(console, FindingPrinter.colourWanted());
    Map<String, Item> byId = new java.util.HashMap<>();
    items.forEach(item -> byId.put(item.id(), item));
    List<Finding> top = new ArrayList<>(findings);
    top.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Comparator.comparingDouble(Finding::confidence).reversed()));
    for (Finding finding : top.subList(0, Math.min(TOP, top.size()))) {
      console.println();
      printer.print(byId.get(finding.itemId()).text(), finding);
    }
    console.println();
    console.println("Report written to " + report.toAbsolutePath().normalize());
    console.flush();
    return 0;
  }

  static String packFor(Profession profession) {
    switch (profession) {
      case NURSE: return "nmc";
      case TEACHER: return "gtcs";
      case POLICE_OFFICER: return "police";
      default: return "sssc";
    }
  }

  /** Findings counted by category and severity, one row per category. */
  static void printTable(PrintWriter out, List<Finding> findings) {
    Map<Category, int[]> counts = new EnumMap<>(Category.class);
    for (Finding finding : findings) {
      counts.computeIfAbsent(finding.category(), c -> new int[Severity.values().length])[finding.severity().ordinal()]++;
    }
    out.printf("%-16s", "category");
    for (Severity severity : Severity.values()) {
      out.printf("%9s", severity.id());
    }
    out.printf("%9s%n", "total");
    for (Category category : Category.values()) {
      int[] row = counts.getOrDefault(category, new int[Severity.values().length]);
      out.printf("%-16s", category.id());
      int total = 0;
      for (int count : row) {
        out.printf("%9d", count);
        total += count;
      }
      out.printf("%9d%n", total);
    }
  }
}
