package org.footprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.footprint.analysis.normalise.Normaliser;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code footprint watch}: the private watch-list of people and places from the user's work. Names are kept only as
 * salted hashes, and no output of Footprint ever prints them back: not these commands', not a finding's.
 */
@Command(name = "watch", description = {"Your private watch-list: names of the people you support, their families, places and schools,",
    "which must never appear online. A post naming one is a confidentiality finding (high) in check and scan.",
    "Only salted hashes are stored ($XDG_CONFIG_HOME/footprint/watch-list.json or ~/.config/footprint/watch-list.json); the names are never written."},
    subcommands = {WatchCommand.Add.class, WatchCommand.Remove.class, WatchCommand.ListCount.class})
final class WatchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A change to the list: how many of the names it changed. */
  private interface Change {
    int apply(WatchList list, List<String> names, Normaliser normaliser);
  }

  /** What add and remove share: the names, from the arguments or a file, the change, and what is said of it (counts only). */
  abstract static class Edit implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "A name or place (quote one of several words).")
    List<String> names = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FILE", description = "Read the names from FILE, one per line ('-' for standard input), so they stay out of your shell history.")
    Path from;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    private final Change change;
    private final String done;
    private final String total;
    private final String unchanged;

    Edit(Change change, String done, String total, String unchanged) {
      this.change = change;
      this.done = done;
      this.total = total;
      this.unchanged = unchanged;
    }

    @Override
    public Integer call() throws IOException {
      List<String> all = new ArrayList<>(names);
      if (from != null) {
        all.addAll(lines());
      }
      if (all.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give at least one NAME, or --from FILE");
      }
      Path file = ConfigOption.dirs.watchListFile();
      WatchList list = WatchList.load(file);
      int changed = change.apply(list, all, RuleCatalogue.builtIn().normaliser());
      list.save(file);
      int rest = all.size() - changed;
      PrintWriter out = spec.commandLine().getOut();
      out.println(done + " " + entries(changed) + " (" + list.size() + " " + total + ")" + (rest == 0 ? "" : "; " + rest + " " + unchanged) + "."
          + " Stored as salted hashes in " + file + ": the names themselves are not kept.");
      out.flush();
      return 0;
    }

    private List<String> lines() throws IOException {
      List<String> read = from.toString().equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
          : Files.readAllLines(ConfigOption.dirs.workingDir().resolve(from), StandardCharsets.UTF_8);
      return read.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
  }

  @Command(name = "add", description = "Adds names or places to your private watch-list (never printed back).")
  static final class Add extends Edit {
    Add() {
      super(WatchList::add, "Added", "in all", "already on it");
    }
  }

  @Command(name = "remove", description = "Removes names or places from your private watch-list.")
  static final class Remove extends Edit {
    Remove() {
      super(WatchList::remove, "Removed", "left", "not on it");
    }
  }

  @Command(name = "list-count", description = "Says how many entries your private watch-list holds (it never lists them: only hashes are kept).")
  static final class ListCount implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path file = ConfigOption.dirs.watchListFile();
      int size = Files.exists(file) ? WatchList.load(file).size() : 0;
      spec.commandLine().getOut().println(entries(size) + " on your private watch-list" + (Files.exists(file) ? " (" + file + ")" : "") + ".");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  static String entries(int count) {
    return count + (count == 1 ? " entry" : " entries");
  }
}
