package org.footprint.ingest.drafts;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.footprint.ingest.FuzzSupport;

/**
 * Any bytes as a drafts file of each kind: the reader never throws and every problem has a code. Runs its
 * seeds (in {@code DraftsReaderFuzzTestInputs/}) as a unit test; see docs/FUZZING.md for long runs.
 */
class DraftsReaderFuzzTest {
  private static final String[] NAMES = {"drafts.txt", "drafts.md", "posts.jsonl", "posts.csv"};

  @FuzzTest(maxDuration = "10m")
  void any_drafts_file_reads_without_throwing(FuzzedDataProvider data) {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    FuzzSupport.assertProblemsDocumented(FuzzSupport.scanStaysContained(name, data.consumeRemainingAsBytes()));
  }
}
