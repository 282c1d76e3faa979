package org.footprint.ingest;

/**
 * Bounds on what one scan will read, so that a hostile or broken export cannot exhaust memory, disk or time.
 * Entries that break a limit are skipped with a problem; the rest is still read. Every limit is checked on the
 * sizes a zip declares before anything is read, and again on the bytes actually read (a header can lie).
 *
 * @param maxEntries entries in one container (zip or folder), default 200,000 (an X archive has a few thousand)
 * @param maxEntryBytes uncompressed bytes of one entry, default 4 GiB (a decade of tweets is well under 1 GiB)
 * @param maxTotalBytes uncompressed bytes read from one input, nested zips included, default 32 GiB
 * @param maxCompressionRatio uncompressed to compressed size of one entry, default 200 (JSON rarely passes 30;
 *     a zip bomb of zeros reaches 1,000)
 * @param ratioCheckFloor entries smaller than this many uncompressed bytes are not ratio-checked, default 1 MiB
 * @param maxZipDepth how many zips deep a zip inside a zip is still opened (the input itself is depth 1), default 3
 * @param maxInMemoryZipBytes a nested zip up to this size is opened in memory, a larger one from a temporary copy
 *     in the work folder, default 16 MiB
 * @param maxJsonDepth nesting depth of JSON arrays and objects, default 200 (exports nest fewer than 20 deep)
 * @param maxJsonStringLength characters in one JSON string, default 10,000,000 (10 MB)
 * @param maxJsonNumberLength digits in one JSON number, default 1,000
 */
public record IngestLimits(
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxCompressionRatio,
    long ratioCheckFloor,
    int maxZipDepth,
    long maxInMemoryZipBytes,
    int maxJsonDepth,
    int maxJsonStringLength,
    int maxJsonNumberLength) {

  private static final long MIB = 1024L * 1024;
  private static final long GIB = 1024 * MIB;

  public IngestLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxCompressionRatio < 1 || ratioCheckFloor < 0
        || maxZipDepth < 1 || maxInMemoryZipBytes < 0 || maxJsonDepth < 1 || maxJsonStringLength < 1 || maxJsonNumberLength < 1) {
      throw new IllegalArgumentException("ingest limits must be positive");
    }
  }

  /** The documented defaults. */
  public static IngestLimits defaults() {
    return new IngestLimits(200_000, 4 * GIB, 32 * GIB, 200, MIB, 3, 16 * MIB, 200, 10_000_000, 1_000);
  }

  public IngestLimits withMaxEntries(int value) {
    return new IngestLimits(value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioCheckFloor, maxZipDepth, maxInMemoryZipBytes, maxJsonDepth, maxJsonStringLength, maxJsonNumberLength);
  }

  public IngestLimits withMaxEntryBytes(long value) {
    return new IngestLimits(maxEntries, value, maxTotalBytes, maxCompressionRatio, ratioCheckFloor, maxZipDepth, maxInMemoryZipBytes, maxJsonDepth, maxJsonStringLength, maxJsonNumberLength);
  }

  public IngestLimits withMaxTotalBytes(long value) {
    return new IngestLimits(maxEntries, maxEntryBytes, value, maxCompressionRatio, ratioCheckFloor, maxZipDepth, maxInMemoryZipBytes, maxJsonDepth, maxJsonStringLength, maxJsonNumberLength);
  }

  public IngestLimits withMaxInMemoryZipBytes(long value) {
    return new IngestLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioCheckFloor, maxZipDepth, value, maxJsonDepth, maxJsonStringLength, maxJsonNumberLength);
  }

  public IngestLimits withMaxZipDepth(int value) {
    return new IngestLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioCheckFloor, value, maxInMemoryZipBytes, maxJsonDepth, maxJsonStringLength, maxJsonNumberLength);
  }
}
