package org.footprint.analysis.match;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import sun.misc.Unsafe;

/**
 * A fixed-length array of ints outside the heap, for the automaton's arrays: they are most of its size (some 70 MB
 * for half a million terms), never change after they are filled, and on the heap would crowd out a 256 MB scan's own
 * work. A direct {@link java.nio.IntBuffer} would do the same, but each of its reads goes through several layers of
 * checks that the JVM's quick (C1) compiler, which short scans run on, does not flatten: reading the automaton that
 * way took about a third of a scan's analysis time. {@link Unsafe} reads compile to one load. Freed when unreachable.
 */
final class OffHeapInts {
  private static final Unsafe UNSAFE = unsafe();
  private static final Cleaner CLEANER = Cleaner.create();
  private static final int CHUNK = 1 << 16;

  private final long address;
  private final int length;

  private OffHeapInts(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    this.length = length;
    long at = UNSAFE.allocateMemory(Math.max(4L, 4L * length));
    UNSAFE.setMemory(at, Math.max(4L, 4L * length), (byte) 0);
    this.address = at;
    CLEANER.register(this, () -> UNSAFE.freeMemory(at));
  }

  /** Zero-filled. */
  static OffHeapInts zeros(int length) {
    return new OffHeapInts(length);
  }

  /**
   * Writes the length, then the ints little-endian: the byte order of the machines Footprint runs on, so that
   * {@link #read} copies them in as they are instead of converting 20 million ints one by one at every start.
   */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(length);
    byte[] chunk = new byte[CHUNK];
    ByteBuffer bytes = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
    for (int done = 0; done < length; ) {
      int count = Math.min(CHUNK / 4, length - done);
      bytes.clear();
      for (int k = 0; k < count; k++) {
        bytes.putInt(get(done + k));
      }
      out.write(chunk, 0, count * 4);
      done += count;
    }
  }

  /** Reads what {@link #write} wrote. */
  static OffHeapInts read(DataInputStream in) throws IOException {
    OffHeapInts ints = new OffHeapInts(in.readInt());
    byte[] chunk = new byte[CHUNK];
    long total = 4L * ints.length;
    for (long done = 0; done < total; ) {
      int size = (int) Math.min(CHUNK, total - done);
      in.readFully(chunk, 0, size);
      UNSAFE.copyMemory(chunk, Unsafe.ARRAY_BYTE_BASE_OFFSET, null, ints.address + done, size);
      done += size;
    }
    if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
      for (int k = 0; k < ints.length; k++) {
        ints.set(k, Integer.reverseBytes(ints.get(k)));
      }
    }
    return ints;
  }

  int length() {
    return length;
  }

  /** Small enough for the quick compiler to inline (it inlines methods of at most 35 bytes of bytecode). */
  int get(int index) {
    return UNSAFE.getInt(address + 4L * Objects.checkIndex(index, length));
  }

  void set(int index, int value) {
    UNSAFE.putInt(address + 4L * Objects.checkIndex(index, length), value);
  }

  private static Unsafe unsafe() {
    try {
      Field field = Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return (Unsafe) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM gives no access to off-heap memory", e);
    }
  }
}
