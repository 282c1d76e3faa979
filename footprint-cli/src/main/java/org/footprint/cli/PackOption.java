package org.footprint.cli;

import org.footprint.analysis.Analyzer;
import org.footprint.policy.PolicyPacks;
import picocli.CommandLine.Option;

/** The {@code --pack} option shared by every command that judges text. */
final class PackOption {
  @Option(names = "--pack", paramLabel = "ID", description = "Professional code to judge against (see 'footprint packs'). Default: ${DEFAULT-VALUE}.")
  String pack = PolicyPacks.loadBuiltIn().defaultPack().id();

  Analyzer analyzer() {
    return Analyzer.builtIn(pack);
  }
}
