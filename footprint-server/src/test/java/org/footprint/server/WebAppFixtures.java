package org.footprint.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.footprint.config.FootprintConfig;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.GeneratedArchive;
import org.footprint.watch.WatchList;

/** What the web app's browser test starts from: the demo's exports, and a server of its own with a store in a temporary folder. */
final class WebAppFixtures {
  private static final long DEMO_SEED = 2026;
  private static final int DEMO_POSTS = 200;

  private WebAppFixtures() {}

  static List<Path> demoExports(Path folder) throws IOException {
    return ArchiveGenerator.demoExports(DEMO_SEED, ArchiveGenerator.persona(DEMO_SEED), DEMO_POSTS, folder).stream().map(GeneratedArchive::path).toList();
  }

  /** A loopback server on a free port whose store, uploads and watch-list live under one folder. */
  record Server(FootprintServer server) implements AutoCloseable {
    static Server start(Path folder) {
      return new Server(new FootprintServer(ServerOptions.loopback(), FootprintConfig.NONE, WatchList.create()).start());
    }

    String origin() {
      return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
