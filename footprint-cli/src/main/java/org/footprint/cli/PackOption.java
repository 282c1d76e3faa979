package org.footprint.cli;

import java.util.function.Supplier;
import org.footprint.analysis.Analyzer;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import picocli.CommandLine.Option;

/** The {@code --pack} option shared by every command that judges text. */
final class PackOption {
  @Option(names = "--pack", paramLabel = "ID", description = "Professional code to judge against (see 'footprint packs'). Default: ${DEFAULT-VALUE}.")
  String pack = PolicyPacks.loadBuiltIn().defaultPack().id();

  Analyzer analyzer() {
    return analyzerLoader().get();
  }

  /** Checks the pack id now (an unknown one is a usage error) and builds the analyser when called. */
  Supplier<Analyzer> analyzerLoader() {
    PolicyPack chosen = PolicyPacks.loadBuiltIn().get(pack);
    return () -> new Analyzer(RuleCatalogue.builtIn(), chosen);
  }
}
