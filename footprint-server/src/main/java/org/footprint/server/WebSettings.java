package org.footprint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.footprint.config.FootprintConfig;
import org.footprint.rules.RuleCatalogue;
import org.footprint.store.StoreSettings;
import org.footprint.watch.WatchList;

/**
 * The Settings page's API: {@code GET /settings} (the settings file's pack, the watch-list's size, the store) and
 * {@code POST /watch-list}, which adds names as {@code footprint watch add} does: hashed into the watch-list file at
 * once, the names themselves kept nowhere, never answered back.
 */
final class WebSettings {
  /** Enough for a caseload and its places; a request with more is not someone typing names. */
  static final int MAX_NAMES = 1_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final FootprintConfig config;
  private final WatchList watchList;
  private final Path watchListFile;
  private final StoreSettings store;
  private final Runnable watchListChanged;

  /** @param watchListChanged told after names were added, so that what judges drafts sees them */
  WebSettings(FootprintConfig config, WatchList watchList, Path watchListFile, StoreSettings store, Runnable watchListChanged) {
    this.config = config;
    this.watchList = watchList;
    this.watchListFile = watchListFile;
    this.store = store;
    this.watchListChanged = watchListChanged;
  }

  void show(Context ctx) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(MAPPER.createObjectNode().put("config_pack", config.pack())
        .put("watch_list_entries", watchList.size()).put("database", store.toString()).toString());
  }

  void addToWatchList(Context ctx) {
    List<String> names = names(ctx.body());
    int added;
    int entries;
    synchronized (watchList) {
      try {
        added = watchList.add(names, RuleCatalogue.builtIn().normaliser());
      } catch (IllegalArgumentException e) {
        throw Problem.badRequest(e.getMessage()).raise();
      }
      watchList.save(watchListFile);
      entries = watchList.size();
    }
    watchListChanged.run();
    ctx.contentType(ContentType.APPLICATION_JSON).result(MAPPER.createObjectNode().put("added", added).put("entries", entries).toString());
  }

  private static List<String> names(String body) {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (IOException e) {
      throw Problem.badRequest("the body is not JSON").raise();
    }
    JsonNode names = request == null ? null : request.get("names");
    if (names == null || !names.isArray() || names.isEmpty() || names.size() > MAX_NAMES) {
      throw Problem.badRequest("send {\"names\": [\"…\"]} with 1 to " + MAX_NAMES + " names").raise();
    }
    List<String> list = new ArrayList<>();
    for (JsonNode name : names) {
      if (!name.isTextual() || name.asText().isBlank()) {
        // The position only: a name is never repeated back, not even in an error.
        throw Problem.badRequest("name " + (list.size() + 1) + " is not a non-empty string").raise();
      }
      list.add(name.asText().strip());
    }
    return list;
  }
}
