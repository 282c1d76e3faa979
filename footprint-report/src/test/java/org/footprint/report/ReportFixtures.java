package org.footprint.report;

import java.time.Instant;
import java.util.List;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.footprint.review.Reviews;
import org.footprint.settings.SettingToCheck;

/** Small scans made by hand for the report tests: hostile text, emoji, a cross-item finding, a reviewed finding. */
final class ReportFixtures {
  static final Instant SCANNED_AT = Instant.parse("2025-06-01T00:00:00Z");

  private ReportFixtures() {}

  /** A finding of {@code rule} about {@code item} with one evidence span, in the given category and severity. */
  static ItemFinding found(Item item, String rule, Category category, Severity severity, EvidenceSpan... evidence) {
    return new ItemFinding(item, new Finding(item.id(), Involvement.AUTHORED, category, severity, 0.8, List.of(evidence), rule,
        "Message about " + rule, "Why " + rule + " matters.", List.of(new Clause("sssc-2024", "2.8", "Be respectful.", true),
            new Clause("sssc-2024", "Part 5", "Uphold public trust.", false)), List.of(Remediation.DELETE, Remediation.EDIT), "Say it kindly."));
  }

  static ExportScan scan(List<ItemFinding> findings, Reviews reviews) {
    return scan(findings, List.of(), reviews);
  }

  static ExportScan scan(List<ItemFinding> findings, List<ItemFinding> strengths, Reviews reviews) {
    Problem problem = new Problem("export.zip", "data/<b>like</b>.js", "ingest.json.truncated", "the file ends <early>");
    return new ExportScan("0.1.0", SCANNED_AT, "sssc", "SSSC", List.of(new SourceStats("export.zip", "twitter", findings.size(), List.of(problem))),
        findings.size(), visitor -> {
          for (ItemFinding finding : findings) {
            visitor.visit(finding);
          }
        }, visitor -> {
          for (ItemFinding strength : strengths) {
            visitor.visit(strength);
          }
        }, List.of(new SettingToCheck("twitter.profile-location", "twitter", "The location on your <X> profile", "It is public.", "X: Edit profile.",
            List.of("Dundee <script>"))), List.of(problem), reviews);
  }

  /** A tweet whose text is an attack on the page that shows it. */
  static Item hostileTweet() {
    return Item.builder("twitter", "666").createdAt(Instant.parse("2023-02-01T10:00:00Z"))
        .text("<script>alert('pwned')</script> you \"idiot\" & <img src=x onerror=alert(1)>")
        .permalink("javascript:alert(document.cookie)").build();
  }
}
