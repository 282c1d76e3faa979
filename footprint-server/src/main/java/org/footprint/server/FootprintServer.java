package org.footprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.footprint.config.FootprintConfig;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import org.footprint.watch.WatchList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local web app and REST API ({@code footprint serve}): the pages under {@code /} and {@code /assets}, the API
 * under {@code /api/v1}. Every request passes {@link WebSecurity} first; every error is answered as problem+json.
 */
public final class FootprintServer implements AutoCloseable {
  public static final String API = "/api/v1";
  private static final Logger LOG = LoggerFactory.getLogger(FootprintServer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /**
   * No API request read whole needs more (a draft is at most {@link DraftCheck#MAX_TEXT_CHARS} characters); uploads are
   * streamed to disk within {@link ScanLimits} instead.
   */
  private static final long MAX_REQUEST_BYTES = 1 << 20;

  /** A route the server answers, as the OpenAPI document lists it ({@code {id}} for a path parameter). */
  public record Route(HandlerType method, String path, Handler handler) {}

  private final ServerOptions options;
  private final WebSecurity security;
  private final ScanStore store;
  private final ServerScans scans;
  private final List<Route> routes;
  private Javalin app;

  /**
   * @param watchListFile the private watch-list, which drafts and scans are judged with and the Settings page adds to
   * @param store the scan store: every scan is saved there, review decisions go there, and the history comes from it
   * @param toolVersion what reports and the store say made the scans
   */
  public FootprintServer(ServerOptions options, FootprintConfig config, Path watchListFile, StoreSettings store, String toolVersion) {
    this.options = options;
    this.security = new WebSecurity(options.token());
    WatchList watchList = WatchList.load(watchListFile);
    DraftCheck drafts = new DraftCheck(config, watchList);
    String openApi = resource("openapi.json");
    this.store = ScanStore.open(store);
    try {
      this.scans = new ServerScans(options, config, watchList, store, toolVersion);
    } catch (RuntimeException e) {
      // Nobody else holds the store yet to close it.
      this.store.close();
      throw e;
    }
    ScanApi scanApi = new ScanApi(scans, this.store);
    OverviewApi overview = new OverviewApi(scanApi, this.store);
    WebSettings settings = new WebSettings(config, watchList, watchListFile, store, drafts::watchListChanged);
    this.routes = List.of(
        new Route(HandlerType.GET, API + "/openapi.json", ctx -> json(ctx, openApi)),
        new Route(HandlerType.POST, API + "/check", ctx -> json(ctx, drafts.check(ctx.body()))),
        new Route(HandlerType.GET, API + "/packs", ctx -> json(ctx, Catalogue.packs())),
        new Route(HandlerType.GET, API + "/rules", ctx -> json(ctx, Catalogue.rules())),
        new Route(HandlerType.POST, API + "/scans", scanApi::submit),
        new Route(HandlerType.GET, API + "/scans", scanApi::list),
        new Route(HandlerType.GET, API + "/scans/{id}", scanApi::status),
        new Route(HandlerType.DELETE, API + "/scans/{id}", scanApi::cancel),
        new Route(HandlerType.GET, API + "/scans/{id}/findings", scanApi::findings),
        new Route(HandlerType.GET, API + "/scans/{id}/report", scanApi::report),
        new Route(HandlerType.PUT, API + "/findings/{id}/review", scanApi::review),
        new Route(HandlerType.GET, API + "/scans/{id}/summary", overview::summary),
        new Route(HandlerType.GET, API + "/diff", overview::diff),
        new Route(HandlerType.GET, API + "/settings", settings::show),
        new Route(HandlerType.POST, API + "/watch-list", settings::addToWatchList));
  }

  /** The folder uploads and reports are kept in, private to the user. */
  public Path workRoot() {
    return scans.root();
  }

  /** Every API route, for the test that holds the OpenAPI document to them. */
  public List<Route> routes() {
    return routes;
  }

  /** Starts listening; returns once the port is bound. */
  public FootprintServer start() {
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      // The HTML report's stylesheet, which the pages share so that the overview looks as the report does.
      config.staticFiles.add(files -> {
        files.hostedPath = "/assets/report";
        files.directory = "/org/footprint/report/html";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(security::check);
    WebPages.register(app, security.csrfToken());
    for (Route route : routes) {
      app.addHttpHandler(route.method(), route.path(), route.handler());
    }
    app.exception(Problem.ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, Problem.fromHttp(e.getStatus(), ctx.method() + " " + ctx.path() + ": " + e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      problem(ctx, new Problem(500, "internal-error", "Internal error", "the server could not answer this request; it is still running"));
    });
    app.start(options.bind().getHostAddress(), options.port());
    security.listening(options.bind(), app.port());
    return this;
  }

  /** The port listened on (the chosen one when the options said 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String address() {
    return "http://" + WebSecurity.hostPort(options.bind(), port()) + "/";
  }

  /** Stops listening, stops the scans (deleting their uploads and reports) and closes the store. */
  @Override
  public void close() {
    try {
      if (app != null) {
        app.stop();
      }
    } finally {
      try {
        scans.close();
      } finally {
        store.close();
      }
    }
  }

  private static void json(Context ctx, String body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
  }

  static void problem(Context ctx, Problem problem) {
    ctx.status(problem.status()).contentType("application/problem+json").result(problemJson(problem).toString());
  }

  /** The problem as RFC 9457 JSON: {@code type}, {@code title}, {@code status}, {@code detail}. */
  static ObjectNode problemJson(Problem problem) {
    return MAPPER.createObjectNode().put("type", problem.type()).put("title", problem.title()).put("status", problem.status()).put("detail", problem.detail());
  }

  static String resource(String name) {
    try (InputStream in = FootprintServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
