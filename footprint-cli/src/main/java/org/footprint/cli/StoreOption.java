package org.footprint.cli;

import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that reads or writes the scan store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH|JDBC-URL", description = {
      "The scan store: an H2 file, or a JDBC URL (jdbc:postgresql://host/db, with FOOTPRINT_DB_USER and FOOTPRINT_DB_PASSWORD).",
      "Default: FOOTPRINT_DB_URL, else footprint.mv.db in $XDG_DATA_HOME/footprint (~/.local/share/footprint)."})
  String db;

  /** The store's settings: this option, then the environment, then the default file. */
  StoreSettings settings() {
    return StoreSettings.resolve(db, System.getenv());
  }

  ScanStore open() {
    return ScanStore.open(settings());
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
