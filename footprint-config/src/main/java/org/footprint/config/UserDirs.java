package org.footprint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Footprint looks for the user's files: the working folder, then the user's config directory
 * ({@code $XDG_CONFIG_HOME/footprint}, else {@code ~/.config/footprint}). Passed in, so tests never touch the real home.
 *
 * @param workingDir the folder relative paths are read from
 * @param home the user's home folder
 * @param env the environment variables
 */
public record UserDirs(Path workingDir, Path home, Map<String, String> env) {
  /** The config file's name, in the working folder and in the config directory. */
  public static final String CONFIG_FILE = "footprint.yaml";
  /** The watch-list's file name, in the config directory only. */
  public static final String WATCH_LIST_FILE = "watch-list.json";

  public UserDirs {
    env = Map.copyOf(env);
  }

  /** This process's working folder, home and environment. */
  public static UserDirs system() {
    return new UserDirs(Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")), System.getenv());
  }

  /** {@code $XDG_CONFIG_HOME/footprint}, or {@code ~/.config/footprint} when it is unset or relative (as the XDG spec says). */
  public Path configDir() {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
    return base.resolve("footprint");
  }

  public Path watchListFile() {
    return configDir().resolve(WATCH_LIST_FILE);
  }

  /**
   * The config file to use: {@code explicit} (relative to the working folder) when given, which must exist; else
   * {@code footprint.yaml} in the working folder; else the one in the config directory; else none.
   */
  public Optional<Path> configFile(Path explicit) {
    if (explicit != null) {
      Path chosen = workingDir.resolve(explicit);
      if (!Files.isRegularFile(chosen)) {
        throw new ConfigException("--config " + explicit + ": no such file");
      }
      return Optional.of(chosen);
    }
    for (Path candidate : new Path[] {workingDir.resolve(CONFIG_FILE), configDir().resolve(CONFIG_FILE)}) {
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
