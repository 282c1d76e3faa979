package org.footprint.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the store is and how to log in. The command line resolves it once: {@code --db} over the environment
 * ({@value #URL_VARIABLE}, {@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) over the default, an H2 file in the
 * user's data directory. The config file's {@code database:} section is meant to slot in between the option and the
 * environment.
 *
 * @param url a JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…})
 * @param user the database user, empty for the embedded file
 * @param password the password, empty for the embedded file; never printed
 */
public record StoreSettings(String url, String user, String password) {
  public static final String URL_VARIABLE = "FOOTPRINT_DB_URL";
  public static final String USER_VARIABLE = "FOOTPRINT_DB_USER";
  public static final String PASSWORD_VARIABLE = "FOOTPRINT_DB_PASSWORD";
  private static final String H2_FILE_SUFFIX = ".mv.db";

  /**
   * @param db {@code --db}: a JDBC URL, or the path of an H2 file (with or without {@code .mv.db}); null when not given
   * @param environment the process environment (tests pass their own)
   */
  public static StoreSettings resolve(String db, Map<String, String> environment) {
    return resolve(db, new StoreSettings(null, null, null), environment);
  }

  /**
   * As {@link #resolve(String, Map)}, with the config file's settings between the option and the environment.
   *
   * @param file the config file's {@code database:} URL, user and password, each null where it says nothing
   */
  public static StoreSettings resolve(String db, StoreSettings file, Map<String, String> environment) {
    String chosen = firstGiven(db, file.url(), environment.get(URL_VARIABLE));
    String url = chosen != null ? url(chosen) : h2Url(dataDirectory(environment).resolve("footprint"));
    return new StoreSettings(url, Objects.requireNonNullElse(firstGiven(file.user(), environment.get(USER_VARIABLE)), ""),
        Objects.requireNonNullElse(firstGiven(file.password(), environment.get(PASSWORD_VARIABLE)), ""));
  }

  private static String firstGiven(String... values) {
    return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
  }

  /** {@code $XDG_DATA_HOME/footprint}, or {@code ~/.local/share/footprint} when it is not set (XDG base directories). */
  public static Path dataDirectory(Map<String, String> environment) {
    String xdg = environment.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("footprint");
  }

  /** An H2 file store at {@code file} (H2 adds {@code .mv.db}). */
  public static StoreSettings h2File(Path file) {
    return new StoreSettings(h2Url(file), "", "");
  }

  private static String url(String pathOrUrl) {
    return pathOrUrl.startsWith("jdbc:") ? pathOrUrl : h2Url(Path.of(pathOrUrl));
  }

  private static String h2Url(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    if (path.endsWith(H2_FILE_SUFFIX)) {
      path = path.substring(0, path.length() - H2_FILE_SUFFIX.length());
    }
    return "jdbc:h2:file:" + path;
  }

  /** The URL only: credentials never reach a message. */
  @Override
  public String toString() {
    return url;
  }
}
