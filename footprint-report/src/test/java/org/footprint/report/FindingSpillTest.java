package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

class FindingSpillTest {
  /** An item as the analyser hands it to the spill, with its findings. */
  record Flagged(Item item, List<Finding> findings) {}

  /**
   * Few severities, dates, ids and rules, so ties are common at every level of the order; small runs merged two
   * at a time, so the findings go through several runs and merge passes.
   */
  @Property(tries = 60)
  void reads_back_every_finding_in_the_order_of_the_comparator(@ForAll("scans") List<Flagged> scan) throws IOException {
    Path folder = Files.createTempDirectory("spill-test");
    try {
      FindingSpill spill = new FindingSpill(folder, 3_000, 2);
      scan.forEach(flagged -> spill.add(flagged.item(), flagged.findings()));
      spill.finish();

      List<ItemFinding> expected = new ArrayList<>();
      scan.forEach(flagged -> flagged.findings().forEach(finding -> expected.add(new ItemFinding(flagged.item(), finding))));
      expected.sort(ItemFinding.REPORT_ORDER);
      assertThat(readBack(spill)).containsExactlyElementsOf(expected);
      assertThat(readBack(spill)).as("read a second time").containsExactlyElementsOf(expected);
      assertThat(spill.flaggedItems()).isEqualTo(scan.size());
      assertThat(spill.highest()).isEqualTo(expected.isEmpty() ? null : expected.get(0).finding().severity());
    } finally {
      deleteTree(folder);
    }
  }

  @Example
  void keeps_the_order_when_several_threads_add_at_once() throws Exception {
    Path folder = Files.createTempDirectory("spill-test");
    try {
      List<Flagged> scan = scans().sample();
      FindingSpill spill = new FindingSpill(folder, 2_000, 3);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      List<Future<?>> added = new ArrayList<>();
      for (Flagged flagged : scan) {
        added.add(threads.submit(() -> spill.add(flagged.item(), flagged.findings())));
      }
      for (Future<?> done : added) {
        done.get();
      }
      threads.shutdown();
      spill.finish();

      List<ItemFinding> back = readBack(spill);
      assertThat(back).isSortedAccordingTo(ItemFinding.REPORT_ORDER);
      assertThat(back).hasSize(scan.stream().mapToInt(f -> f.findings().size()).sum());
    } finally {
      deleteTree(folder);
    }
  }

  @Example
  void writes_only_what_the_report_shows_of_an_item_and_only_into_its_folder() throws IOException {
    Path parent = Files.createTempDirectory("spill-test");
    try {
      Path folder = Files.createDirectory(parent.resolve("work"));
      Item item = Item.builder("twitter", "1").text("you are a pathetic idiot").mentions(List.of("kim")).tags(List.of("Kim Lee"))
          .place(new org.footprint.model.Place("Simonis Crescent", 55.9, -3.2)).build();
      FindingSpill spill = new FindingSpill(folder);
      spill.add(item, List.of(finding(item.id(), "hostility.insult-at-target", Severity.MEDIUM, 0.7)));
      spill.finish();

      ItemFinding back = readBack(spill).get(0);
      assertThat(back.item().text()).isEqualTo(item.text());
      assertThat(back.item().mentions()).isEmpty();
      assertThat(back.item().tags()).isEmpty();
      assertThat(back.item().place()).isNull();
      try (Stream<Path> files = Files.walk(parent)) {
        assertThat(files.filter(Files::isRegularFile)).allMatch(file -> file.getParent().equals(folder));
      }
    } finally {
      deleteTree(parent);
    }
  }

  @Example
  void half_a_surrogate_pair_comes_back_as_one_replacement_character_so_offsets_hold() throws IOException {
    Path folder = Files.createTempDirectory("spill-test");
    try {
      Item item = Item.builder("twitter", "7").text("idiot \uD83D and 😀 \uDE00").build();
      FindingSpill spill = new FindingSpill(folder);
      spill.add(item, List.of(finding(item.id(), "hostility.insult", Severity.MEDIUM, 0.7)));
      spill.finish();

      assertThat(readBack(spill).get(0).item().text()).isEqualTo("idiot ? and 😀 ?");
    } finally {
      deleteTree(folder);
    }
  }

  @Example
  void hands_on_what_stops_a_read_whether_the_visitor_or_the_runs() throws IOException {
    Path folder = Files.createTempDirectory("spill-test");
    try {
      FindingSpill spill = new FindingSpill(folder, 1_000, 64);
      for (int i = 0; i < 2_000; i++) {
        Item item = Item.builder("twitter", String.valueOf(i)).text("post " + i).build();
        spill.add(item, List.of(finding(item.id(), "hostility.insult", Severity.MEDIUM, 0.7)));
      }
      spill.finish();

      assertThatThrownBy(() -> spill.forEachInOrder(found -> {
        throw new IOException("the report cannot be written");
      })).hasMessage("the report cannot be written");
      try (Stream<Path> runs = Files.list(folder)) {
        Files.delete(runs.findFirst().orElseThrow());
      }
      assertThatThrownBy(() -> readBack(spill)).isInstanceOf(NoSuchFileException.class);
    } finally {
      deleteTree(folder);
    }
  }

  @Provide
  Arbitrary<List<Flagged>> scans() {
    Arbitrary<String> ids = Arbitraries.strings().withChars("abZ1é€").ofMinLength(1).ofMaxLength(3);
    return ids.list().uniqueElements().ofMaxSize(40).flatMap(unique -> Combinators.combine(
        unique.stream().map(this::flagged).toList()).as(List::copyOf));
  }

  private Arbitrary<Flagged> flagged(String nativeId) {
    Arbitrary<Instant> dates = Arbitraries.integers().between(0, 3)
        .map(i -> Instant.ofEpochSecond(1_700_000_000L + i, i * 250_000_000L)).injectNull(0.3);
    // Whole characters (an emoji is two chars): half of one is no text a report can hold (see ScanFindingJsonTest).
    Arbitrary<String> texts = Arbitraries.of("a", "b", " ", "\n", "\"", "é", "😀").list().ofMaxSize(1_500).map(parts -> String.join("", parts));
    Arbitrary<List<String>> rules = Arbitraries.of("hostility.insult", "hostility.jibe", "threat.harm", "profanity.swear")
        .list().uniqueElements().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(dates, texts, rules, Arbitraries.of(Severity.class).list().ofSize(4),
        Arbitraries.doubles().between(0.01, 1).list().ofSize(4)).as((date, text, ruleIds, severities, confidences) -> {
          Item item = Item.builder("twitter", nativeId).kind(ItemKind.REPLY).audience(Audience.FOLLOWERS).createdAt(date).text(text)
              .permalink(nativeId.startsWith("a") ? null : "https://x.com/i/web/status/" + nativeId).build();
          List<Finding> findings = new ArrayList<>();
          for (int i = 0; i < ruleIds.size(); i++) {
            findings.add(finding(item.id(), ruleIds.get(i), severities.get(i), confidences.get(i)));
          }
          return new Flagged(item, findings);
        });
  }

  private static Finding finding(String itemId, String ruleId, Severity severity, double confidence) {
    // every involvement round-trips through the spill
    Involvement involvement = Involvement.values()[Math.floorMod(ruleId.hashCode(), Involvement.values().length)];
    return new Finding(itemId, involvement, Category.HOSTILITY, severity, confidence, List.of(new EvidenceSpan(0, 3, "you", "target")), ruleId,
        "'" + ruleId + "' fired", "Why it matters.", List.of(new Clause("sssc-2024", "2.8", "Keep relationships respectful.", true)),
        List.of(Remediation.DELETE, Remediation.EDIT), ruleId.startsWith("threat") ? "Delete it." : null);
  }

  private static List<ItemFinding> readBack(FindingSpill spill) throws IOException {
    List<ItemFinding> back = new ArrayList<>();
    spill.forEachInOrder(back::add);
    return back;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
