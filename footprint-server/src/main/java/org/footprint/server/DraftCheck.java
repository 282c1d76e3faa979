package org.footprint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.footprint.analysis.Assessment;
import org.footprint.config.ConfiguredAnalysis;
import org.footprint.config.DraftVerdict;
import org.footprint.config.FootprintConfig;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.report.ScanFindingJson;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchList;

/**
 * {@code POST /api/v1/check}: one draft judged as {@code footprint check} judges it, with the user's settings and
 * watch-list, and answered with the findings in the scan JSON shape and a one-line verdict.
 */
final class DraftCheck {
  /** A post is short; a longer text is not a draft and would hold an analysis thread for long. */
  static final int MAX_TEXT_CHARS = 20_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final FootprintConfig config;
  private final WatchList watchList;
  private final Severity threshold;
  /** One configured analysis per pack asked for, built on first use: building one loads the rules. */
  private final Map<String, ConfiguredAnalysis> analyses = new ConcurrentHashMap<>();

  DraftCheck(FootprintConfig config, WatchList watchList) {
    this.config = config;
    this.watchList = watchList;
    this.threshold = FootprintConfig.chosen(null, config.failOn(), Severity.MEDIUM);
  }

  /** Forgets the analyses built so far, so that the next check sees the watch-list as it is now. */
  void watchListChanged() {
    analyses.clear();
  }

  String check(String body) {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw Problem.badRequest("the body is not JSON: " + e.getOriginalMessage()).raise();
    }
    if (request == null || !request.isObject() || !request.path("text").isTextual()) {
      throw Problem.badRequest("send an object with a \"text\" string, e.g. {\"text\": \"my draft\", \"pack\": \"sssc\"}").raise();
    }
    String text = request.get("text").asText();
    if (text.length() > MAX_TEXT_CHARS) {
      throw new Problem(413, "too-large", "Text too long", "a draft may have at most " + MAX_TEXT_CHARS + " characters; this one has " + text.length()).raise();
    }
    JsonNode packField = request.path("pack");
    if (!packField.isMissingNode() && !packField.isNull() && !packField.isTextual()) {
      throw Problem.badRequest("\"pack\" must be a pack id such as \"sssc\"").raise();
    }
    ConfiguredAnalysis analysis = analysis(packField.isTextual() ? packField.asText() : null);
    Item item = Item.draft("draft:1", text);
    Assessment assessment = analysis.analyzer().assess(item);
    return answer(analysis.analyzer().pack(), item, assessment);
  }

  private ConfiguredAnalysis analysis(String packId) {
    PolicyPacks packs = PolicyPacks.loadBuiltIn();
    PolicyPack pack;
    try {
      pack = packs.get(FootprintConfig.chosen(packId, config.pack(), packs.defaultPack().id()));
    } catch (IllegalArgumentException e) {
      throw Problem.unknownPack(e.getMessage()).raise();
    }
    return analyses.computeIfAbsent(pack.id(), id -> ConfiguredAnalysis.of(RuleCatalogue.builtIn(), pack, config, watchList));
  }

  private String answer(PolicyPack pack, Item item, Assessment assessment) {
    DraftVerdict verdict = DraftVerdict.of(assessment.risks(), threshold, pack);
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("pack", pack.id());
      json.writeBooleanField("ok_to_post", verdict.okToPost());
      json.writeStringField("verdict", verdict.line());
      writeFindings(json, "findings", item, assessment.risks());
      writeFindings(json, "strengths", item, assessment.strengths());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeFindings(JsonGenerator json, String field, Item item, List<Finding> findings) throws IOException {
    json.writeArrayFieldStart(field);
    for (Finding finding : findings) {
      json.writeRawValue(ScanFindingJson.render(item, finding));
    }
    json.writeEndArray();
  }
}
