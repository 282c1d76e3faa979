package org.footprint.cli;

import java.util.Map;
import org.footprint.config.FootprintConfig;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that reads or writes the scan store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH|JDBC-URL", description = {
      "The scan store: an H2 file, or a JDBC URL (jdbc:postgresql://host/db, with FOOTPRINT_DB_USER and FOOTPRINT_DB_PASSWORD).",
      "Default: database: in the settings file, else FOOTPRINT_DB_URL, else footprint.mv.db in $XDG_DATA_HOME/footprint (~/.local/share/footprint)."})
  String db;

  /** The store's settings: this option, then the config file's {@code database:}, then the environment, then the default file. */
  StoreSettings settings(FootprintConfig config) {
    Map<String, String> environment = System.getenv();
    FootprintConfig.DatabaseSettings file = config.database();
    return StoreSettings.resolve(db, new StoreSettings(file.url(), file.user(), file.password(environment).orElse(null)), environment);
  }

  ScanStore open(FootprintConfig config) {
    return ScanStore.open(settings(config));
  }

  /** What history and review say of a store with no scan yet. */
  static String noScans(StoreSettings settings) {
    return "No scans in the store " + settings + " yet: `footprint scan PATH…` saves each scan there.";
  }

  /** What to add to a suggested command so that it uses the same store: {@code  --db X}, or nothing. */
  String asArgument() {
    return db == null ? "" : " --db " + quoted(db);
  }

  /** {@code text} quoted for a POSIX shell when it needs it: a finding id holds {@code #}, which a shell reads as a comment. */
  static String quoted(String text) {
    return text.matches("[A-Za-z0-9_./:=@+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
