package org.footprint.synth.archive;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A tiny real JPEG (made with ImageIO) carrying an EXIF block with the camera, the time taken and a GPS position,
 * as a phone writes it: APP1 {@code Exif\0\0} + big-endian TIFF with IFD0 (Make, Model), the Exif IFD
 * (DateTimeOriginal, OffsetTimeOriginal) and the GPS IFD (version, latitude and longitude as degrees, minutes,
 * seconds with their N/S, E/W references).
 */
public final class ExifJpeg {
  private static final int BYTE = 1;
  private static final int ASCII = 2;
  private static final int LONG = 4;
  private static final int RATIONAL = 5;
  private static final DateTimeFormatter EXIF_CLOCK = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private ExifJpeg() {}

  /** A 32×24 JPEG whose pixels depend on {@code seed}, with the given metadata (taken at is written in UTC). */
  public static byte[] photo(long seed, double latitude, double longitude, Instant takenAt, String make, String model) {
    return withExif(plainJpeg(seed), tiff(latitude, longitude, takenAt, make, model));
  }

  static byte[] plainJpeg(long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    int base = random.nextInt(0xFFFFFF);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, base ^ (x * 0x0701 + y * 0x030500));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Puts an APP1 segment with {@code tiff} right after the JPEG's start-of-image marker. */
  static byte[] withExif(byte[] jpeg, byte[] tiff) {
    if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw new IllegalArgumentException("not a JPEG");
    }
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    int length = 2 + header.length + tiff.length;
    if (length > 0xFFFF) {
      throw new IllegalArgumentException("EXIF block too large for one APP1 segment");
    }
    ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
    out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff);
    out.put(jpeg, 2, jpeg.length - 2);
    return out.array();
  }

  static byte[] tiff(double latitude, double longitude, Instant takenAt, String make, String model) {
    Ifd ifd0 = new Ifd();
    ifd0.ascii(0x010F, make);
    ifd0.ascii(0x0110, model);
    Ifd exif = new Ifd();
    exif.ascii(0x9003, EXIF_CLOCK.format(takenAt));
    exif.ascii(0x9011, "+00:00");
    Ifd gps = new Ifd();
    gps.bytes(0x0000, new byte[] {2, 3, 0, 0});
    gps.ascii(0x0001, latitude < 0 ? "S" : "N");
    gps.rationals(0x0002, degreesMinutesSeconds(Math.abs(latitude)));
    gps.ascii(0x0003, longitude < 0 ? "W" : "E");
    gps.rationals(0x0004, degreesMinutesSeconds(Math.abs(longitude)));
    int ifd0At = 8;
    ifd0.pointer(0x8769);
    ifd0.pointer(0x8825);
    int exifAt = ifd0At + ifd0.size();
    int gpsAt = exifAt + exif.size();
    ifd0.setPointer(0x8769, exifAt);
    ifd0.setPointer(0x8825, gpsAt);
    ByteBuffer out = ByteBuffer.allocate(gpsAt + gps.size());
    out.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0At);
    ifd0.writeAt(out, ifd0At);
    exif.writeAt(out, exifAt);
    gps.writeAt(out, gpsAt);
    return out.array();
  }

  /** Degrees, minutes and seconds as three rationals, seconds to 1/10000. */
  private static long[] degreesMinutesSeconds(double value) {
    long degrees = (long) value;
    double minutesExact = (value - degrees) * 60;
    long minutes = (long) minutesExact;
    long tenThousandthsOfSeconds = Math.round((minutesExact - minutes) * 60 * 10_000);
    return new long[] {degrees, 1, minutes, 1, tenThousandthsOfSeconds, 10_000};
  }

  /** One image file directory: entries sorted by tag as the order is written, values over 4 bytes after it. */
  private static final class Ifd {
    private record Entry(int tag, int type, int count, byte[] value) {}

    private final List<Entry> entries = new ArrayList<>();

    void ascii(int tag, String text) {
      byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
      entries.add(new Entry(tag, ASCII, bytes.length, bytes));
    }

    void bytes(int tag, byte[] bytes) {
      entries.add(new Entry(tag, BYTE, bytes.length, bytes));
    }

    void rationals(int tag, long[] numeratorsAndDenominators) {
      ByteBuffer value = ByteBuffer.allocate(numeratorsAndDenominators.length * 4);
      for (long part : numeratorsAndDenominators) {
        value.putInt((int) part);
      }
      entries.add(new Entry(tag, RATIONAL, numeratorsAndDenominators.length / 2, value.array()));
    }

    void pointer(int tag) {
      entries.add(new Entry(tag, LONG, 1, new byte[4]));
    }

    void setPointer(int tag, int offset) {
      for (Entry entry : entries) {
        if (entry.tag() == tag) {
          ByteBuffer.wrap(entry.value()).putInt(offset);
        }
      }
    }

    int size() {
      int size = 2 + entries.size() * 12 + 4;
      for (Entry entry : entries) {
        if (entry.value().length > 4) {
          size += entry.value().length + (entry.value().length & 1);
        }
      }
      return size;
    }

    void writeAt(ByteBuffer out, int at) {
      entries.sort((a, b) -> Integer.compare(a.tag(), b.tag()));
      out.position(at);
      out.putShort((short) entries.size());
      int data = at + 2 + entries.size() * 12 + 4;
      for (Entry entry : entries) {
        out.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
        byte[] value = entry.value();
        if (value.length <= 4) {
          out.put(value);
          for (int pad = value.length; pad < 4; pad++) {
            out.put((byte) 0);
          }
        } else {
          out.putInt(data);
          int resume = out.position();
          out.position(data);
          out.put(value);
          data += value.length + (value.length & 1);
          out.position(resume);
        }
      }
      out.putInt(0); // no next IFD
      out.position(data);
    }
  }
}
