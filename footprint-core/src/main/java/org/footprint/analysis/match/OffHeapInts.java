package org.footprint.analysis.match;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
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

  /** Reads {@code length} big-endian ints, as {@link java.io.DataOutputStream#writeInt} wrote them. */
  static OffHeapInts read(DataInputStream in, int length) throws IOException {
    OffHeapInts ints = new OffHeapInts(length);
    byte[] chunk = new byte[1 << 16];
    for (int done = 0; done < length; ) {
      int count = Math.min(chunk.length / 4, length - done);
      in.readFully(chunk, 0, count * 4);
      ByteBuffer bytes = ByteBuffer.wrap(chunk, 0, count * 4);
      for (int k = 0; k < count; k++) {
        ints.set(done + k, bytes.getInt());
      }
      done += count;
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
