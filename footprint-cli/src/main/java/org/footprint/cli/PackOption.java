package org.footprint.cli;

import java.util.function.Supplier;
import org.footprint.analysis.Analyzer;
import org.footprint.config.ConfiguredAnalysis;
import org.footprint.config.FootprintConfig;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchList;
import picocli.CommandLine.Option;

/** The {@code --pack} option shared by every command that judges text. */
final class PackOption {
  @Option(names = "--pack", paramLabel = "ID", description = "Professional code to judge against (see 'footprint packs'). Default: the settings file's pack, else sssc.")
  String pack;

  static PolicyPacks packs() {
    return PolicyPacks.loadBuiltIn();
  }

  Analyzer analyzer() {
    PolicyPack chosen = chosen(FootprintConfig.NONE);
    return new Analyzer(RuleCatalogue.builtIn(), chosen);
  }

  /** The pack of this option, else of the settings file, else the default; an unknown id is a usage error now. */
  PolicyPack chosen(FootprintConfig config) {
    return packs().get(FootprintConfig.chosen(pack, config.pack(), packs().defaultPack().id()));
  }

  /** Checks the pack id now and builds the analysis, configured as the user's settings and watch-list say, when called. */
  Supplier<ConfiguredAnalysis> analysisLoader(FootprintConfig config, WatchList watchList) {
    PolicyPack chosen = chosen(config);
    return () -> ConfiguredAnalysis.of(RuleCatalogue.builtIn(), chosen, config, watchList);
  }
}
