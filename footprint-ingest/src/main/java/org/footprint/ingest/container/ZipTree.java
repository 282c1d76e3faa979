package org.footprint.ingest.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.spi.ExportEntry;

/**
 * A zip read with random access. Every entry is vetted before anything is read: names that climb out or are
 * absolute, symbolic links, encrypted or unreadable entries, entries larger than allowed or compressed
 * suspiciously well (a bomb), and too many entries; each refused entry is skipped with a problem and the rest
 * stays readable. {@link #open(ExportEntry)} then enforces the sizes again on the bytes actually inflated.
 */
public final class ZipTree extends BaseContainer {
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
  /** A central-directory record is 46 bytes plus its name and extras; real exports average far below this. */
  private static final long MAX_DIRECTORY_BYTES_PER_ENTRY = 1024;

  private final ZipFile zip;
  private final Runnable cleanup;
  private final Map<String, ZipArchiveEntry> byPath = new HashMap<>();

  private ZipTree(String displayName, ZipFile zip, int depth, ContainerScope scope, Runnable cleanup) {
    super(displayName, depth, scope);
    this.zip = zip;
    this.cleanup = cleanup;
  }

  /**
   * Opens the zip in {@code channel}; {@code cleanup} runs when the tree is closed or cannot be opened.
   *
   * @throws ContainerException {@code ingest.zip.corrupt} or {@code ingest.zip.too-many-entries} for the whole zip
   */
  static ZipTree open(SeekableByteChannel channel, String displayName, int depth, ContainerScope scope, Runnable cleanup) throws ContainerException {
    try {
      checkDirectory(channel, scope.limits());
      ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).setUseUnicodeExtraFields(true)
          // Local headers are read lazily, entry by entry, so a damaged one spoils only its own entry.
          .setIgnoreLocalFileHeader(true).get();
      ZipTree tree = new ZipTree(displayName, zip, depth, scope, cleanup);
      tree.vetEntries();
      return tree;
    } catch (ContainerException e) {
      close(channel, cleanup);
      throw e;
    } catch (IOException | RuntimeException e) {
      close(channel, cleanup);
      throw new ContainerException("ingest.zip.corrupt", "not a readable zip: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static void close(SeekableByteChannel channel, Runnable cleanup) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing more can be done with a channel that fails to close; the cleanup below still runs.
    }
    cleanup.run();
  }

  /**
   * Reads the entry count and directory size from the end record before commons-compress parses the central
   * directory, which it holds in memory: a zip claiming millions of entries is refused unparsed.
   */
  private static void checkDirectory(SeekableByteChannel channel, IngestLimits limits) throws IOException, ContainerException {
    long size = channel.size();
    ByteBuffer buffer = tail(channel);
    int at = endRecord(buffer);
    if (at < 0) {
      throw new ContainerException("ingest.zip.corrupt", "not a readable zip: its central directory is missing (a truncated download?)");
    }
    long count = buffer.getShort(at + 10) & 0xffff;
    long directoryBytes = buffer.getInt(at + 12) & 0xffffffffL;
    if ((count == 0xffff || directoryBytes == 0xffffffffL) && at >= 20 && buffer.getInt(at - 20) == ZIP64_LOCATOR_SIGNATURE) {
      long zip64Offset = buffer.getLong(at - 20 + 8);
      ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
      if (zip64Offset >= 0 && zip64Offset + 56 <= size) {
        channel.position(zip64Offset);
        while (record.hasRemaining() && channel.read(record) > 0) {
          // fill the record
        }
        if (record.getInt(0) == ZIP64_EOCD_SIGNATURE) {
          count = record.getLong(32);
          directoryBytes = record.getLong(40);
        }
      }
    }
    channel.position(0);
    if (count > limits.maxEntries() || directoryBytes > limits.maxEntries() * MAX_DIRECTORY_BYTES_PER_ENTRY || count < 0 || directoryBytes < 0) {
      throw new ContainerException("ingest.zip.too-many-entries",
          "the zip lists " + count + " entries; at most " + limits.maxEntries() + " are read, so it is not opened");
    }
  }

  /** True when the channel ends with a zip's end record, even if its first entry is damaged. */
  static boolean hasEndRecord(SeekableByteChannel channel) throws IOException {
    boolean found = endRecord(tail(channel)) >= 0;
    channel.position(0);
    return found;
  }

  /** The last 64 KiB and 22 bytes, where the end record and its comment must be. */
  private static ByteBuffer tail(SeekableByteChannel channel) throws IOException {
    long size = channel.size();
    int tail = (int) Math.min(size, 22 + 65_535);
    ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
    channel.position(size - tail);
    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
      // fill the tail
    }
    return buffer;
  }

  private static int endRecord(ByteBuffer buffer) {
    for (int i = buffer.capacity() - 22; i >= 0; i--) {
      if (buffer.getInt(i) == EOCD_SIGNATURE) {
        return i;
      }
    }
    return -1;
  }

  private void vetEntries() {
    IngestLimits limits = scope().limits();
    long declaredTotal = 0;
    int accepted = 0;
    for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
      ZipArchiveEntry entry = all.nextElement();
      String rawName = entry.getName();
      EntryNames.Verdict verdict = EntryNames.check(rawName);
      if (verdict.refused()) {
        problem(rawName, verdict.code(), verdict.message());
        continue;
      }
      String path = verdict.path();
      if (entry.isDirectory() || path.isEmpty() || EntryNames.isJunk(path)) {
        continue;
      }
      if (entry.isUnixSymlink()) {
        problem(path, "ingest.zip.symlink", "the entry is a symbolic link, which a real export never contains");
        continue;
      }
      if (entry.getGeneralPurposeBit().usesEncryption()) {
        problem(path, "ingest.zip.encrypted", "the entry is password-protected");
        continue;
      }
      if (!zip.canReadEntryData(entry)) {
        problem(path, "ingest.zip.unsupported", "the entry uses a compression method Footprint cannot read (" + entry.getMethod() + ")");
        continue;
      }
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size >= limits.ratioCheckFloor() && size > 0 && (compressed <= 0 || size / compressed > limits.maxCompressionRatio())) {
        problem(path, "ingest.zip.bomb", "the entry would expand " + (compressed <= 0 ? "from nothing" : (size / compressed) + " times")
            + " to " + size + " bytes, more than a real export (limit " + limits.maxCompressionRatio() + " times): a zip bomb?");
        continue;
      }
      if (size > limits.maxEntryBytes()) {
        problem(path, "ingest.zip.entry-too-large", "the entry is " + size + " bytes uncompressed, more than the limit of " + limits.maxEntryBytes());
        continue;
      }
      if (byPath.containsKey(path)) {
        problem(path, "ingest.zip.duplicate-entry", "the zip holds this name twice; only the first is read");
        continue;
      }
      if (size > 0) {
        declaredTotal += size;
      }
      if (declaredTotal > limits.maxTotalBytes()) {
        problem(path, "ingest.zip.too-large", "the zip's entries add up to more than " + limits.maxTotalBytes() + " bytes; this entry and the rest are not read");
        break;
      }
      if (++accepted > limits.maxEntries()) {
        problem(path, "ingest.zip.too-many-entries", "the zip has more than " + limits.maxEntries() + " entries; this one and the rest are not read");
        break;
      }
      byPath.put(path, entry);
      add(new ExportEntry(path, size));
    }
    sortEntries();
  }

  @Override
  public InputStream open(ExportEntry entry) throws IOException {
    ZipArchiveEntry zipEntry = byPath.get(entry.path());
    if (zipEntry == null) {
      throw new java.io.FileNotFoundException(entry.path() + " is not in " + displayName());
    }
    IngestLimits limits = scope().limits();
    long declared = zipEntry.getSize();
    // A header can lie: inflate no more than it declared (nor more than the limit when it declares nothing).
    long cap = declared >= 0 ? Math.min(declared, limits.maxEntryBytes()) : limits.maxEntryBytes();
    String message = declared >= 0
        ? "the entry inflates to more than the " + declared + " bytes its header declares: a zip bomb?"
        : "the entry is larger than the limit of " + limits.maxEntryBytes() + " bytes";
    InputStream data;
    try {
      data = zip.getInputStream(zipEntry);
    } catch (IOException | RuntimeException e) {
      // A damaged local header: commons-compress fails in many ways, all of them this entry's alone.
      String reason = "the entry's header is damaged: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      problem(entry.path(), "ingest.zip.corrupt", reason);
      throw new LimitExceededException("ingest.zip.corrupt", reason);
    }
    return limited(data, entry.path(), cap, declared >= 0 ? "ingest.zip.bomb" : "ingest.zip.entry-too-large", message, "ingest.zip.corrupt");
  }

  @Override
  public void close() throws IOException {
    try {
      zip.close();
    } finally {
      cleanup.run();
    }
  }
}
