package org.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {
  private static final Map<String, String> POSTGRES = Map.of(StoreSettings.URL_VARIABLE, "jdbc:postgresql://db.example.org/footprint",
      StoreSettings.USER_VARIABLE, "amira", StoreSettings.PASSWORD_VARIABLE, "s3cret", "XDG_DATA_HOME", "/data/amira");

  @Test
  void the_option_wins_over_the_environment_which_wins_over_the_data_directory() {
    assertThat(StoreSettings.resolve("/tmp/review/store.mv.db", POSTGRES).url()).isEqualTo("jdbc:h2:file:/tmp/review/store");
    assertThat(StoreSettings.resolve("jdbc:postgresql://other/db", POSTGRES).url()).isEqualTo("jdbc:postgresql://other/db");
    StoreSettings fromEnvironment = StoreSettings.resolve(null, POSTGRES);
    assertThat(fromEnvironment).isEqualTo(new StoreSettings("jdbc:postgresql://db.example.org/footprint", "amira", "s3cret"));
    assertThat(StoreSettings.resolve(null, Map.of("XDG_DATA_HOME", "/data/amira")).url()).isEqualTo("jdbc:h2:file:/data/amira/footprint/footprint");
  }

  @Test
  void the_config_file_comes_between_the_option_and_the_environment() {
    StoreSettings file = new StoreSettings("jdbc:postgresql://team/footprint", "trainer", "from-file-env");
    assertThat(StoreSettings.resolve(null, file, POSTGRES)).isEqualTo(new StoreSettings("jdbc:postgresql://team/footprint", "trainer", "from-file-env"));
    assertThat(StoreSettings.resolve("/tmp/mine", file, POSTGRES).url()).isEqualTo("jdbc:h2:file:/tmp/mine");
    StoreSettings urlOnly = new StoreSettings("jdbc:postgresql://team/footprint", null, null);
    assertThat(StoreSettings.resolve(null, urlOnly, POSTGRES)).isEqualTo(new StoreSettings("jdbc:postgresql://team/footprint", "amira", "s3cret"));
  }

  @Test
  void without_xdg_data_home_the_store_is_under_local_share_and_a_password_is_never_printed() {
    assertThat(StoreSettings.resolve(null, Map.of()).url())
        .isEqualTo("jdbc:h2:file:" + Path.of(System.getProperty("user.home"), ".local", "share", "footprint", "footprint"));
    // A relative XDG_DATA_HOME is to be ignored (XDG base directory specification).
    assertThat(StoreSettings.dataDirectory(Map.of("XDG_DATA_HOME", "relative/dir"))).isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "footprint"));
    assertThat(StoreSettings.resolve(null, POSTGRES).toString()).doesNotContain("s3cret");
  }
}
