package org.footprint.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.footprint.analysis.Analyzer;
import org.footprint.ingest.Ingest;
import org.footprint.ingest.IngestLimits;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.synth.Persona;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.HistoryScenes;

/**
 * A generated persona's X and Instagram exports (with or without the history scenes), read and judged as a scan does
 * it, each item with its findings and the signals the collector asks for: what tests offer to a collector.
 */
final class GeneratedHistory {
  /** One judged item, as the scan offers it. */
  record Judged(Item item, List<Finding> findings, List<EvidenceSpan> signals) {}

  static final Analyzer ANALYZER = Analyzer.builtIn();

  final Persona persona;
  final HistoryScenes scenes;
  final List<Judged> items;

  private GeneratedHistory(Persona persona, HistoryScenes scenes, List<Judged> items) {
    this.persona = persona;
    this.scenes = scenes;
    this.items = items;
  }

  static GeneratedHistory of(long seed, int posts, boolean withScenes, Path folder) {
    try {
      Persona persona = ArchiveGenerator.persona(seed);
      Files.createDirectories(folder);
      List<Path> exports = List.of(
          ArchiveGenerator.twitter(seed, persona, posts, folder.resolve("x.zip"), withScenes).path(),
          ArchiveGenerator.instagram(seed, persona, posts, folder.resolve("ig.zip"), withScenes).path());
      List<String> signals = HistoryCollector.builtIn(ANALYZER.pack()).signals();
      List<Judged> items = Collections.synchronizedList(new ArrayList<>());
      new Ingest(IngestLimits.defaults(), folder).scan(exports, item -> {
        List<EvidenceSpan> held = new ArrayList<>();
        List<Finding> findings = ANALYZER.analyze(item, signals, held::add);
        items.add(new Judged(item, findings, held));
      });
      List<Judged> sorted = new ArrayList<>(items);
      sorted.sort(java.util.Comparator.comparing((Judged j) -> j.item().id()));
      return new GeneratedHistory(persona, withScenes ? ArchiveGenerator.scenes(seed, persona) : null, sorted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A collector with the built-in rules under the analyser's pack, offered every item in order. */
  HistoryCollector collect() {
    HistoryCollector collector = HistoryCollector.builtIn(ANALYZER.pack());
    items.forEach(j -> collector.offer(j.item(), j.findings(), j.signals()));
    return collector;
  }

  /** The id of the item whose text is {@code text} (a scene's post or photo caption), or that text and a quoted post's link. */
  String idOf(String text) {
    return items.stream().filter(j -> j.item().text().equals(text) || j.item().text().startsWith(text + " https://x.com/"))
        .map(j -> j.item().id()).findFirst()
        .orElseThrow(() -> new AssertionError("no item with text " + text));
  }

  List<String> photoIds(HistoryScenes.Pattern pattern) {
    return scenes.photos().stream().filter(p -> p.pattern() == pattern).map(p -> idOf(p.caption())).toList();
  }

  List<String> postIds(HistoryScenes.Pattern pattern) {
    return scenes.posts().stream().filter(p -> p.pattern() == pattern).map(p -> idOf(p.text())).toList();
  }

  /** The ids of the scenes' likes of {@code pattern} (the X reader's items for the liked tweets). */
  List<String> likeIds(HistoryScenes.Pattern pattern) {
    return scenes.likes().stream().filter(l -> l.pattern() == pattern)
        .map(l -> items.stream().filter(j -> j.item().kind() == ItemKind.LIKE && j.item().text().equals(l.text()))
            .map(j -> j.item().id()).findFirst().orElseThrow(() -> new AssertionError("no like with text " + l.text())))
        .toList();
  }

  /** Every item a finding draws on: its own and those its evidence names. */
  static List<String> contributing(HistoryCollector.Flagged flagged) {
    List<String> ids = new ArrayList<>();
    ids.add(flagged.item().id());
    for (Finding finding : flagged.findings()) {
      finding.evidence().stream().map(EvidenceSpan::itemId).filter(id -> id != null && !ids.contains(id)).forEach(ids::add);
    }
    return ids;
  }

  static List<HistoryCollector.Flagged> ofRule(List<HistoryCollector.Flagged> flagged, String ruleId) {
    return flagged.stream().filter(f -> f.findings().get(0).ruleId().equals(ruleId)).toList();
  }
}
