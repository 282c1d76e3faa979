package org.footprint.cli;

import java.io.PrintWriter;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code footprint packs}: the professional codes Footprint can judge against. */
@Command(name = "packs", description = "Lists the professional codes (policy packs) and which one is the default.")
final class PacksCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (PolicyPack pack : PolicyPacks.loadBuiltIn().all()) {
      out.printf("%-14s %s%s%n", pack.id(), pack.codeTitle(), pack.isDefault() ? "  (default)" : "");
      out.printf("%-14s for: %s; version: %s%n", "", pack.profession(), pack.version());
    }
    out.flush();
  }
}
