package org.footprint.server;

/**
 * An error answered as {@code application/problem+json} (RFC 9457). The {@code type} is a stable URN per kind of
 * problem, so a client can tell them apart without reading the title.
 *
 * @param status the HTTP status
 * @param code the problem's short code, the same word the command line uses where one applies
 * @param title the kind of problem, the same for every occurrence
 * @param detail what went wrong this time
 */
public record Problem(int status, String code, String title, String detail) {

  public String type() {
    return "urn:footprint:problem:" + code;
  }

  /** The problem as an exception, so a handler or a check can stop the request where it finds it. */
  public ProblemException raise() {
    return new ProblemException(this);
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "bad-request", "The request cannot be read", detail);
  }

  static Problem unknownPack(String detail) {
    return new Problem(400, "unknown-pack", "No such policy pack", detail);
  }

  /** Javalin's own refusals (no such route, body too large, ...) under the server's codes. */
  static Problem fromHttp(int status, String detail) {
    return switch (status) {
      case 404 -> new Problem(404, "not-found", "No such resource", detail);
      case 405 -> new Problem(405, "method-not-allowed", "Method not allowed", detail);
      case 413 -> new Problem(413, "too-large", "Request too large", detail);
      default -> new Problem(status, "http-" + status, "HTTP " + status, detail);
    };
  }

  /** Thrown to answer with the problem. */
  public static final class ProblemException extends RuntimeException {
    private final Problem problem;

    ProblemException(Problem problem) {
      super(problem.detail(), null, false, false);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }
}
