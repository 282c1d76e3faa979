package org.footprint.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.footprint.config.FootprintConfig;
import org.footprint.server.FootprintServer;
import org.footprint.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code footprint serve}: the web app and REST API on this machine, until stopped. */
@Command(name = "serve", description = {"Serves the web app and the REST API (/api/v1) on this machine; open the address it prints.",
    "Scans uploaded to it are saved to the store (--db), as 'footprint scan' saves them.",
    "Listens on 127.0.0.1 only unless --bind says otherwise; then every request must carry --token. Ctrl+C stops it."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--token", paramLabel = "T", description = "Every request must send 'Authorization: Bearer T'. Required with a --bind that is not loopback.")
  String token;

  @Mixin ConfigOption config;

  @Mixin StoreOption store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Counted down when the process is asked to stop. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    // Only literal addresses (and localhost): a host name would be looked up on the network.
    if (!bind.equals("localhost") && !bind.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind takes an IP address such as 127.0.0.1, not '" + bind + "'");
    }
    ServerOptions options;
    try {
      options = new ServerOptions(InetAddress.getByName(bind), port, Optional.ofNullable(token));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean interrupted = false;
    FootprintConfig settings = config.load();
    // Scans uploaded to the server are saved to the store, and review decisions made in the app go there too.
    // Closed even when it cannot start (the port is taken): the store and the server's work folder go with it.
    try (FootprintServer server = new FootprintServer(options, settings, ConfigOption.dirs.watchListFile(), store.settings(settings), FootprintCommand.version())) {
      server.start();
      PrintWriter out = spec.commandLine().getOut();
      out.println("Footprint is serving on " + server.address() + " : open it in your browser. Ctrl+C stops it.");
      if (token != null) {
        // The token is not printed: whoever reads the console may not be whoever chose it.
        out.println("Every request needs the token: in a browser, open " + server.address() + "?token=YOUR-TOKEN once; other tools send 'Authorization: Bearer YOUR-TOKEN'.");
      }
      out.flush();
      Thread hook = new Thread(stopped::countDown, "footprint-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopped.await();
      } catch (InterruptedException e) {
        // Stopped by its caller: the interrupt is kept for after the server has stopped, which it would otherwise cut short.
        interrupted = true;
      } finally {
        removeHook(hook);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: the process is stopping anyway.
    }
  }
}
