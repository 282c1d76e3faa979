package org.footprint.ingest.container;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.footprint.ingest.FuzzSupport;

/**
 * Any bytes named {@code .zip}: the zip layer never throws, never writes outside the work folder and leaves it
 * empty. Runs its seeds (in {@code ZipTreeFuzzTestInputs/}) as a unit test; see docs/FUZZING.md for long runs.
 */
class ZipTreeFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void any_bytes_as_a_zip_stay_contained(byte[] data) {
    FuzzSupport.assertProblemsDocumented(FuzzSupport.scanStaysContained("input.zip", data));
  }

  /** The same bytes one zip deeper, so that nested zips are fuzzed too. */
  @FuzzTest(maxDuration = "10m")
  void any_bytes_as_a_nested_zip_stay_contained(byte[] data) {
    FuzzSupport.assertProblemsDocumented(FuzzSupport.scanStaysContained("outer.zip", new ZipBuilder().file("a/draft.txt", "kept").stored("inner.zip", data).bytes()));
  }
}
