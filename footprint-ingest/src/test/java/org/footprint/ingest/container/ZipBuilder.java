package org.footprint.ingest.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Builds zips for tests, hostile ones included: any entry name, symbolic links, and raw entries whose header
 * declares whatever size the test wants.
 */
public final class ZipBuilder {
  private final List<Entry> entries = new ArrayList<>();

  private record Entry(String name, byte[] data, int unixMode, boolean stored, Raw raw, boolean encrypted) {
    Entry(String name, byte[] data, int unixMode, boolean stored, Raw raw) {
      this(name, data, unixMode, stored, raw, false);
    }
  }

  /** Pre-compressed data with the header's sizes and CRC chosen by the test. */
  private record Raw(byte[] deflated, long declaredSize, long crc) {}

  public ZipBuilder file(String name, String text) {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public ZipBuilder file(String name, byte[] data) {
    entries.add(new Entry(name, data, 0, false, null));
    return this;
  }

  public ZipBuilder stored(String name, byte[] data) {
    entries.add(new Entry(name, data, 0, true, null));
    return this;
  }

  /** An entry flagged as password-protected (its data is not really encrypted: the flag is what is checked). */
  public ZipBuilder encrypted(String name, String text) {
    entries.add(new Entry(name, text.getBytes(StandardCharsets.UTF_8), 0, false, null, true));
    return this;
  }

  public ZipBuilder symlink(String name, String target) {
    entries.add(new Entry(name, target.getBytes(StandardCharsets.UTF_8), 0120777, false, null));
    return this;
  }

  /** An entry whose deflated data is {@code deflated} while its header declares {@code declaredSize} and {@code crc}. */
  public ZipBuilder raw(String name, byte[] deflated, long declaredSize, long crc) {
    entries.add(new Entry(name, null, 0, false, new Raw(deflated, declaredSize, crc)));
    return this;
  }

  public byte[] bytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buffer)) {
      for (Entry entry : entries) {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
        if (entry.unixMode() != 0) {
          zipEntry.setUnixMode(entry.unixMode());
        }
        if (entry.raw() != null) {
          zipEntry.setMethod(ZipMethod.DEFLATED.getCode());
          zipEntry.setSize(entry.raw().declaredSize());
          zipEntry.setCompressedSize(entry.raw().deflated().length);
          zipEntry.setCrc(entry.raw().crc());
          zip.addRawArchiveEntry(zipEntry, new java.io.ByteArrayInputStream(entry.raw().deflated()));
          continue;
        }
        if (entry.stored()) {
          CRC32 crc = new CRC32();
          crc.update(entry.data());
          zipEntry.setMethod(ZipMethod.STORED.getCode());
          zipEntry.setSize(entry.data().length);
          zipEntry.setCrc(crc.getValue());
        }
        zip.putArchiveEntry(zipEntry);
        zip.write(entry.data());
        zip.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] zip = buffer.toByteArray();
    entries.stream().filter(Entry::encrypted).forEach(entry -> flagEncrypted(zip, entry.name()));
    return zip;
  }

  /** Sets bit 0 (encrypted) of the general-purpose flags in the entry's local and central headers. */
  private static void flagEncrypted(byte[] zip, String name) {
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < zip.length; i++) {
      boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
      boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
      int nameAt = local ? i + 30 : i + 46;
      int lengthAt = local ? i + 26 : i + 28;
      if ((local || central) && (zip[lengthAt] & 0xff | (zip[lengthAt + 1] & 0xff) << 8) == wanted.length
          && java.util.Arrays.equals(zip, nameAt, nameAt + wanted.length, wanted, 0, wanted.length)) {
        zip[local ? i + 6 : i + 8] |= 1;
      }
    }
  }

  public Path write(Path file) {
    try {
      Files.write(file, bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * A deflate stream of {@code megabytes} MiB of zeros, built by repeating one flushed block so that a
   * multi-gigabyte bomb costs a few megabytes and no gigabytes of work.
   */
  public static byte[] deflatedZeros(int megabytes) {
    byte[] mib = new byte[1024 * 1024];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] first = deflate(deflater, mib, Deflater.SYNC_FLUSH);
    // After one MiB the window is all zeros, so the next flushed block decodes the same wherever it is placed.
    byte[] repeat = deflate(deflater, mib, Deflater.SYNC_FLUSH);
    byte[] last = finish(deflater);
    ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + repeat.length * megabytes + last.length);
    out.writeBytes(first);
    for (int i = 1; i < megabytes; i++) {
      out.writeBytes(repeat);
    }
    out.writeBytes(last);
    return out.toByteArray();
  }

  private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
    } while (n == buffer.length);
    return out.toByteArray();
  }

  private static byte[] finish(Deflater deflater) {
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }
}
