package org.footprint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.footprint.config.UserDirs;
import picocli.CommandLine;

/**
 * Runs the command line in-process and captures what it prints and its exit code. The user's settings and watch-list
 * are looked for in an empty home of the tests' own (or in the folders a test gives), never in the real home.
 */
record CliRun(int exitCode, String out, String err) {
  private static final UserDirs NO_SETTINGS = emptyHome();

  private static UserDirs emptyHome() {
    try {
      Path home = Files.createTempDirectory("footprint-cli-test-home");
      home.toFile().deleteOnExit();
      return new UserDirs(Path.of("").toAbsolutePath(), home, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #withInput}, with the settings file and watch-list looked for in {@code dirs}. */
  static CliRun in(UserDirs dirs, String stdin, String... args) {
    return run(FootprintCommand.commandLine(), dirs, stdin, args);
  }

  static CliRun of(String... args) {
    return withInput(null, args);
  }

  static CliRun withInput(String stdin, String... args) {
    return run(FootprintCommand.commandLine(), NO_SETTINGS, stdin, args);
  }

  /** As {@link #of}, with the clock of {@code scan} fixed at {@code now}, so that items' ages are known. */
  static CliRun scanningAt(Instant now, String... args) {
    CommandLine commandLine = FootprintCommand.commandLine();
    ((ScanCommand) commandLine.getSubcommands().get("scan").getCommand()).clock = Clock.fixed(now, ZoneOffset.UTC);
    return run(commandLine, NO_SETTINGS, null, args);
  }

  private static CliRun run(CommandLine commandLine, UserDirs dirs, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    InputStream original = System.in;
    UserDirs originalDirs = ConfigOption.dirs;
    ConfigOption.dirs = dirs;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int code = commandLine.execute(args);
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      ConfigOption.dirs = originalDirs;
      System.setIn(original);
    }
  }
}
