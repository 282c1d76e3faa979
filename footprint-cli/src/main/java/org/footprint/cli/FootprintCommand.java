package org.footprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code footprint} command: a linter for a regulated professional's online presence. */
@Command(
    name = "footprint",
    mixinStandardHelpOptions = true,
    versionProvider = FootprintCommand.Version.class,
    description = {
        "Checks what you post online against your professional code of conduct.",
        "Everything runs on this machine: nothing you scan is sent anywhere."},
    subcommands = {CheckCommand.class, ScanCommand.class, HistoryCommand.class, DiffCommand.class, ReviewCommand.class, EvalCommand.class, TrainCommand.class, DemoCommand.class, ServeCommand.class, WatchCommand.class, PacksCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error."})
public final class FootprintCommand implements Runnable {
  /** Exit code for findings at or above the threshold. */
  static final int FINDINGS = 1;
  /** Exit code for a usage or internal error. */
  static final int ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; never throws for bad input. */
  static int execute(String... args) {
    try {
      return commandLine().execute(args);
    } catch (Error error) {
      // picocli hands Errors through (a broken rule file fails the catalogue's class initialiser): still one line
      System.err.println("footprint: internal error: " + oneLine(error));
      return ERROR;
    }
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new FootprintCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((ex, arguments) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("footprint: " + ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ERROR;
    });
    commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      cmd.getErr().println("footprint: " + oneLine(ex));
      return ERROR;
    });
    return commandLine;
  }

  /** A user-facing one-line message for any failure: no stack traces. */
  static String oneLine(Throwable error) {
    return org.footprint.ingest.Ingest.oneLine(error);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = FootprintCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  /** Prints the tool version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"footprint " + version()};
    }
  }
}
