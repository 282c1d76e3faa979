package org.footprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.footprint.history.CrossItemRule;
import org.footprint.history.HistoryRules;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.Rule;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchRule;

/** {@code GET /api/v1/packs} and {@code GET /api/v1/rules}: what {@code footprint packs} and {@code footprint rules} list. */
final class Catalogue {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Catalogue() {}

  static String packs() {
    ArrayNode packs = MAPPER.createArrayNode();
    for (PolicyPack pack : PolicyPacks.loadBuiltIn().all()) {
      packs.addObject().put("id", pack.id()).put("title", pack.title()).put("code_title", pack.codeTitle())
          .put("profession", pack.profession()).put("version", pack.version()).put("default", pack.isDefault());
    }
    return packs.toString();
  }

  /** The rules that judge one item, then those that judge the whole history, then the watch-list's, as {@code footprint rules} orders them. */
  static String rules() {
    ArrayNode rules = MAPPER.createArrayNode();
    for (Rule rule : RuleCatalogue.builtIn().rules()) {
      rule(rules, rule.id(), "item", rule.summary(), rule.why()).put("category", rule.category().id()).put("severity", rule.severity().id());
    }
    for (CrossItemRule rule : HistoryRules.builtIn().rules()) {
      rule(rules, rule.id(), "history", rule.summary(), rule.why()).put("category", rule.category().id()).put("severity", rule.severity().id());
    }
    WatchRule watch = WatchRule.builtIn();
    rule(rules, watch.id(), "watch-list", watch.summary(), watch.why()).put("category", watch.category().id()).put("severity", watch.severity().id());
    return rules.toString();
  }

  private static ObjectNode rule(ArrayNode rules, String id, String scope, String summary, String why) {
    return rules.addObject().put("id", id).put("scope", scope).put("summary", summary).put("why", why);
  }
}
