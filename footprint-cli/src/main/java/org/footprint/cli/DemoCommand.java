package org.footprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.footprint.report.ReportFormat;
import org.footprint.synth.Persona;
import org.footprint.synth.Profession;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.DemoExports;
import org.footprint.synth.archive.GeneratedArchive;
import org.footprint.synth.archive.HistoryScenes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code footprint demo}: the whole job with nothing to install. Writes a made-up professional's X, Facebook and
 * Instagram exports in the platforms' real layouts (a photo with GPS in each, a friend's post about them on
 * Facebook, and on X and Instagram the {@code HistoryScenes} that only the whole history gives away), then scans them
 * exactly as {@code footprint scan} would.
 */
@Command(name = "demo", description = {"Generates a made-up professional's X, Facebook and Instagram exports and scans them.",
    "No real data is used: the persona and every post come from Footprint's own seeded generator."})
final class DemoCommand implements Callable<Integer> {
  private static final int TOP = 8;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the exports and the report. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("footprint-demo");

  @Option(names = "--seed", description = "Seed of the generator: the same seed gives the same persona and posts. Default: ${DEFAULT-VALUE}.")
  long seed = 2026;

  @Option(names = "--posts", description = "How many posts the person wrote, shared out over the three platforms. Default: ${DEFAULT-VALUE}.")
  int posts = 400;

  @Option(names = "--pack", paramLabel = "ID", description = "Professional code to judge against. Default: the persona's own profession.")
  String pack;

  @CommandLine.Mixin ConfigOption config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (posts < 3 || posts > 1_000_000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--posts must be between 3 and 1000000");
    }
    Persona persona = ArchiveGenerator.persona(seed);
    Path exports = out.resolve("exports");
    Files.createDirectories(exports);
    List<GeneratedArchive> archives = DemoExports.write(seed, persona, posts, exports);

    PrintWriter console = spec.commandLine().getOut();
    console.printf("Footprint demo: %s, %s at %s (made-up persona, seed %d)%n", persona.name(), persona.profession().label(), persona.employer(), seed);
    HistoryScenes scenes = ArchiveGenerator.scenes(seed, persona);
    DemoExports.Split split = DemoExports.split(posts);
    console.printf("Wrote %d posts as exports in the platforms' own layouts: twitter %d, facebook %d, instagram %d%n", posts, split.twitter(),
        split.facebook(), split.instagram());
    console.printf("and what only a whole history gives away: %d more posts and replies and %d likes on X, %d geotagged photos on Instagram%n%n",
        scenes.posts().size(), scenes.likes().size(), scenes.photos().size());
    ScanCommand scan = new ScanCommand();
    scan.spec = spec;
    scan.inputs = archives.stream().map(GeneratedArchive::path).toList();
    scan.out = out;
    scan.pack = new PackOption();
    scan.pack.pack = pack != null ? pack : packFor(persona.profession());
    scan.config = config;
    scan.shownItems = TOP;
    // The demo is for reading: the HTML report beside the JSON document, both paths printed at the end.
    scan.reports = List.of(ReportFormat.JSON, ReportFormat.HTML);
    // Made-up exports are no part of the user's history.
    scan.noStore = true;
    scan.call();
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
}
