package org.footprint.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store tests on the embedded H2 file, the default store. */
class H2ScanStoreTest extends ScanStoreContract {
  @TempDir Path temp;
  private int databases;

  @Override
  StoreSettings freshDatabase() {
    return StoreSettings.h2File(temp.resolve("store-" + ++databases));
  }
}
