package org.footprint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirsTest {
  @TempDir Path root;

  private Path work() throws IOException {
    return Files.createDirectories(root.resolve("work"));
  }

  private Path home() throws IOException {
    return Files.createDirectories(root.resolve("home"));
  }

  private static Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "pack: nmc\n");
  }

  @Test
  void the_config_dir_is_xdg_config_home_when_set_and_absolute_else_dot_config() throws IOException {
    Path xdg = root.resolve("xdg");
    assertThat(new UserDirs(work(), home(), Map.of("XDG_CONFIG_HOME", xdg.toString())).configDir()).isEqualTo(xdg.resolve("footprint"));
    assertThat(new UserDirs(work(), home(), Map.of()).configDir()).isEqualTo(home().resolve(".config/footprint"));
    // the XDG spec says a relative value is to be ignored
    assertThat(new UserDirs(work(), home(), Map.of("XDG_CONFIG_HOME", "relative/dir")).configDir()).isEqualTo(home().resolve(".config/footprint"));
    assertThat(new UserDirs(work(), home(), Map.of()).watchListFile()).isEqualTo(home().resolve(".config/footprint/watch-list.json"));
  }

  @Test
  void finds_no_file_when_there_is_none() throws IOException {
    assertThat(new UserDirs(work(), home(), Map.of()).configFile(null)).isEmpty();
  }

  @Test
  void the_working_folder_comes_before_the_config_dir() throws IOException {
    UserDirs dirs = new UserDirs(work(), home(), Map.of());
    Path inConfigDir = write(dirs.configDir().resolve("footprint.yaml"));
    assertThat(dirs.configFile(null)).contains(inConfigDir);
    Path inWorkingDir = write(work().resolve("footprint.yaml"));
    assertThat(dirs.configFile(null)).contains(inWorkingDir);
  }

  @Test
  void an_explicit_file_wins_over_both_and_must_exist() throws IOException {
    UserDirs dirs = new UserDirs(work(), home(), Map.of());
    write(dirs.configDir().resolve("footprint.yaml"));
    write(work().resolve("footprint.yaml"));
    Path chosen = write(work().resolve("team/shared.yaml"));
    assertThat(dirs.configFile(Path.of("team/shared.yaml"))).contains(chosen);
    assertThatThrownBy(() -> dirs.configFile(Path.of("missing.yaml"))).isInstanceOf(ConfigException.class).hasMessage("--config missing.yaml: no such file");
  }
}
