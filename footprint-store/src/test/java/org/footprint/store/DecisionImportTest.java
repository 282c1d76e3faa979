package org.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.footprint.review.ReviewDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionImportTest {
  @TempDir Path temp;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content);
  }

  @Test
  void reads_csv_with_id_or_finding_id_skipping_rows_left_undecided() throws IOException {
    Path csv = file("decisions.csv", """
        finding_id,decision,note
        twitter:1#hostility.insult-at-target,keep,"quoting, not insulting"
        draft:drafts.md#3#substances.impaired-at-work,False-Positive,
        twitter:2#profanity.general,,
        """);
    assertThat(DecisionImport.read(csv)).containsExactly(
        new DecisionRequest(new FindingKey("twitter:1", "hostility.insult-at-target"), ReviewDecision.KEEP, "quoting, not insulting", csv + ":2"),
        new DecisionRequest(new FindingKey("draft:drafts.md#3", "substances.impaired-at-work"), ReviewDecision.FALSE_POSITIVE, null, csv + ":3"));
  }

  @Test
  void reads_a_json_list_and_the_reviews_of_a_scan_report() throws IOException {
    Path list = file("decisions.json", """
        [
          {"id": "twitter:1#hostility.insult-at-target", "decision": "delete"},
          {"id": "twitter:2#profanity.general", "decision": "untagged", "note": "not me"}
        ]
        """);
    assertThat(DecisionImport.read(list)).extracting(DecisionRequest::decision, DecisionRequest::note, DecisionRequest::origin)
        .containsExactly(tuple(ReviewDecision.DELETE, null, list + ":2"),
            tuple(ReviewDecision.UNTAGGED, "not me", list + ":3"));

    Path report = file("report.json", """
        {"schema_version": "1.3", "sources": [{"path": "x.zip"}], "findings": [
          {"id": "twitter:1#hostility.insult-at-target", "item": {"id": "twitter:1"}, "review": {"decision": "edited", "note": "softened"}},
          {"id": "twitter:2#profanity.general", "review": null},
          {"id": "twitter:3#profanity.general", "review": "keep"}
        ], "strengths": []}
        """);
    assertThat(DecisionImport.read(report)).extracting(r -> r.key().toString(), DecisionRequest::decision, DecisionRequest::note)
        .containsExactly(tuple("twitter:1#hostility.insult-at-target", ReviewDecision.EDITED, "softened"),
            tuple("twitter:3#profanity.general", ReviewDecision.KEEP, null));
  }

  @Test
  void a_bad_row_is_named_by_file_and_line() throws IOException {
    Path csv = file("bad.csv", "id,decision\ntwitter:1#hostility.insult-at-target,keep\ntwitter:2#profanity.general,ignore\n");
    assertThatThrownBy(() -> DecisionImport.read(csv)).isInstanceOf(StoreException.class)
        .hasMessage(csv + ":3: twitter:2#profanity.general: unknown review decision 'ignore' (expected keep, delete, edited, false-positive or untagged)");
    Path noRule = file("bad.json", "[\n{\"id\": \"twitter:1\", \"decision\": \"keep\"}\n]");
    assertThatThrownBy(() -> DecisionImport.read(noRule)).hasMessageStartingWith(noRule + ":2: twitter:1: 'twitter:1' is not a finding id");
    Path header = file("header.csv", "post,verdict\nx,y\n");
    assertThatThrownBy(() -> DecisionImport.read(header)).hasMessage(header + ":1: the header needs the columns id (or finding_id) and decision, and may have note");
    Path broken = file("broken.json", "[\n{\"id\": \n");
    assertThatThrownBy(() -> DecisionImport.read(broken)).isInstanceOf(StoreException.class).hasMessageStartingWith(broken + ":");
  }
}
