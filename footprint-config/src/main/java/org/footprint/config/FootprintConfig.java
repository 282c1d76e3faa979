package org.footprint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.footprint.model.Severity;

/**
 * What the user's {@code footprint.yaml} says; every field is optional and command-line options win over it.
 *
 * @param source the file it was read from, or null for no file
 * @param pack the policy pack's id, or null
 * @param failOn the exit threshold, or null
 * @param disabledRules rule ids never to report
 * @param allowTerms terms the user says are fine, as written in the file
 * @param report defaults for the written reports
 * @param database where the scan store is
 */
public record FootprintConfig(Path source, String pack, Severity failOn, Set<String> disabledRules, List<String> allowTerms, ReportDefaults report,
    DatabaseSettings database) {
  /** No file: Footprint's own defaults. */
  public static final FootprintConfig NONE = new FootprintConfig(null, null, null, Set.of(), List.of(), ReportDefaults.NONE, DatabaseSettings.NONE);

  public FootprintConfig {
    disabledRules = Set.copyOf(disabledRules);
    allowTerms = List.copyOf(allowTerms);
  }

  /** The option's value when given, else the file's, else {@code fallback}. */
  public static <T> T chosen(T option, T fromFile, T fallback) {
    return option != null ? option : fromFile != null ? fromFile : fallback;
  }

  /** "footprint.yaml", or the name of the file chosen with --config: how summaries name it. */
  public String sourceName() {
    return source == null ? UserDirs.CONFIG_FILE : source.getFileName().toString();
  }

  /**
   * Defaults of {@code --report} and {@code --out} for written reports.
   *
   * @param formats report formats (html, json, csv, jsonl), empty for none
   * @param out the reports' folder, or null
   */
  public record ReportDefaults(List<String> formats, Path out) {
    public static final ReportDefaults NONE = new ReportDefaults(List.of(), null);

    public ReportDefaults {
      formats = List.copyOf(formats);
    }
  }

  /**
   * The scan store. The password is never in the file: {@code passwordEnv} names the environment variable holding it.
   *
   * @param url a JDBC URL, or null for the embedded default
   * @param user the database user, or null
   * @param passwordEnv the NAME of the environment variable with the password, or null
   */
  public record DatabaseSettings(String url, String user, String passwordEnv) {
    public static final DatabaseSettings NONE = new DatabaseSettings(null, null, null);

    /** The password from the environment variable the file names, when both are there. */
    public Optional<String> password(Map<String, String> env) {
      return passwordEnv == null ? Optional.empty() : Optional.ofNullable(env.get(passwordEnv));
    }
  }
}
