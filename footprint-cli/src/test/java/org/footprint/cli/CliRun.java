package org.footprint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints and its exit code. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withInput(null, args);
  }

  static CliRun withInput(String stdin, String... args) {
    return run(FootprintCommand.commandLine(), stdin, args);
  }

  /** As {@link #of}, with the clock of {@code scan} fixed at {@code now}, so that items' ages are known. */
  static CliRun scanningAt(Instant now, String... args) {
    CommandLine commandLine = FootprintCommand.commandLine();
    ((ScanCommand) commandLine.getSubcommands().get("scan").getCommand()).clock = Clock.fixed(now, ZoneOffset.UTC);
    return run(commandLine, null, args);
  }

  private static CliRun run(CommandLine commandLine, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    InputStream original = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int code = commandLine.execute(args);
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      System.setIn(original);
    }
  }
}
