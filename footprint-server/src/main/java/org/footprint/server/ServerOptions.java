package org.footprint.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server listens and what it asks of a request.
 *
 * @param bind the address to listen on
 * @param port the port, 0 for any free one
 * @param token the bearer token every request must carry, empty when bound to loopback without one
 * @param scans what the server takes in for scans
 * @param workRoot the folder for uploads and the scans' reports (private to the user), or null for a new temporary
 *     folder, deleted when the server stops
 */
public record ServerOptions(InetAddress bind, int port, Optional<String> token, ScanLimits scans, Path workRoot) {

  /** With the default scan limits and a temporary work folder. */
  public ServerOptions(InetAddress bind, int port, Optional<String> token) {
    this(bind, port, token, ScanLimits.defaults(), null);
  }

  public ServerOptions {
    Objects.requireNonNull(scans, "scans");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (token.isPresent() && token.get().isBlank()) {
      throw new IllegalArgumentException("the token is empty");
    }
    // Anyone on the network could read the user's posts and findings: elsewhere than loopback, a token is required.
    if (!bind.isLoopbackAddress() && token.isEmpty()) {
      throw new IllegalArgumentException("binding to " + bind.getHostAddress() + ", which is not a loopback address, needs --token");
    }
  }

  public ServerOptions withScans(ScanLimits limits) {
    return new ServerOptions(bind, port, token, limits, workRoot);
  }

  public ServerOptions withWorkRoot(Path folder) {
    return new ServerOptions(bind, port, token, scans, folder);
  }

  /** 127.0.0.1 on a free port, no token. */
  public static ServerOptions loopback() {
    return new ServerOptions(InetAddress.getLoopbackAddress(), 0, Optional.empty());
  }
}
