package org.footprint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.footprint.config.ConfigFile;
import org.footprint.config.FootprintConfig;
import org.footprint.config.UserDirs;
import org.footprint.history.CrossItemRule;
import org.footprint.history.HistoryRules;
import org.footprint.policy.PolicyPack;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchList;
import org.footprint.watch.WatchRule;
import picocli.CommandLine.Option;

/** The {@code --config} option of the commands that judge posts, and where the user's settings and watch-list are. */
final class ConfigOption {
  /** The working folder, home and environment the files are looked for in: the process's own, except in tests. */
  static UserDirs dirs = UserDirs.system();

  @Option(names = "--config", paramLabel = "FILE", description = {"Settings file. Default: ./footprint.yaml, else footprint.yaml in "
      + "$XDG_CONFIG_HOME/footprint or ~/.config/footprint; options given here win over it."})
  Path file;

  /** The settings file's contents, checked now; Footprint's defaults when there is none. */
  FootprintConfig load() {
    return dirs.configFile(file).map(found -> ConfigFile.read(found, known())).orElse(FootprintConfig.NONE);
  }

  /** The user's watch-list (empty when they have none). */
  static WatchList watchList() {
    return WatchList.load(dirs.watchListFile());
  }

  /** The packs, and every rule a user may disable: the catalogue's (from its index, so the rules need not load yet), the history's and the watch-list's. */
  private static ConfigFile.Known known() {
    List<String> rules = new ArrayList<>(RuleCatalogue.ruleIds(RuleCatalogue.class.getClassLoader()));
    HistoryRules.builtIn().rules().stream().map(CrossItemRule::id).forEach(rules::add);
    rules.add(WatchRule.builtIn().id());
    return new ConfigFile.Known(PackOption.packs().all().stream().map(PolicyPack::id).toList(), rules);
  }
}
