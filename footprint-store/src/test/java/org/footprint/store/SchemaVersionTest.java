package org.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
  private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

  @TempDir Path temp;

  @Test
  void the_version_a_current_store_is_known_by_is_the_newest_migration() throws URISyntaxException, java.io.IOException {
    Path folder = Path.of(ScanStore.class.getResource("/db/migration").toURI());
    int newest;
    try (Stream<Path> files = Files.list(folder)) {
      newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString())).filter(Matcher::matches)
          .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
    }
    assertThat(ScanStore.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
  }

  @Test
  void a_store_left_at_an_older_version_is_migrated_when_opened_and_a_current_one_opens_as_it_is() throws Exception {
    StoreSettings settings = StoreSettings.h2File(temp.resolve("store"));
    try (ScanStore store = ScanStore.open(StoreSettings.h2File(temp.resolve("new")))) {
      assertThat(store.history()).isEmpty();
    }
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.map(file -> file.getFileName().toString())).as("a new store logs no failed query").noneMatch(name -> name.endsWith(".trace.db"));
    }
    ScanStore.migrate(settings, "2");
    try (ScanStore store = ScanStore.open(settings)) {
      assertThat(store.history()).isEmpty();
    }
    assertThat(appliedVersions(settings)).isEqualTo(Long.parseLong(ScanStore.SCHEMA_VERSION));
    try (ScanStore store = ScanStore.open(settings)) {
      StoreFixtures.scan(store, java.util.List.of(StoreFixtures.finding(StoreFixtures.tweet("1", "idiot manager"))));
      assertThat(store.history()).hasSize(1);
    }
    assertThat(appliedVersions(settings)).as("nothing migrated twice").isEqualTo(Long.parseLong(ScanStore.SCHEMA_VERSION));
    try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
      assertThat(ScanStore.appliedVersion(connection)).as("what open() reads to skip Flyway").isEqualTo(ScanStore.SCHEMA_VERSION);
    }
  }

  private static long appliedVersions(StoreSettings settings) throws Exception {
    try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
      row.next();
      return row.getLong(1);
    }
  }
}
