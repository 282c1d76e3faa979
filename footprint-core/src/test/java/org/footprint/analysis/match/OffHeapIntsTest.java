package org.footprint.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OffHeapIntsTest {
  @Test
  void starts_at_zero_and_keeps_what_is_set() {
    OffHeapInts ints = OffHeapInts.zeros(5);
    assertThat(ints.length()).isEqualTo(5);
    assertThat(ints.get(4)).isZero();
    ints.set(0, -7);
    ints.set(4, Integer.MAX_VALUE);
    assertThat(ints.get(0)).isEqualTo(-7);
    assertThat(ints.get(4)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void refuses_an_index_outside_it_rather_than_reading_foreign_memory() {
    OffHeapInts ints = OffHeapInts.zeros(3);
    assertThatThrownBy(() -> ints.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ints.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ints.set(3, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> OffHeapInts.zeros(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(OffHeapInts.zeros(0).length()).isZero();
  }

  @Property(tries = 50)
  void reads_back_what_it_wrote(@ForAll int[] values) throws IOException {
    OffHeapInts written = OffHeapInts.zeros(values.length);
    for (int k = 0; k < values.length; k++) {
      written.set(k, values[k]);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      written.write(out);
    }
    OffHeapInts ints = OffHeapInts.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(ints.length()).isEqualTo(values.length);
    for (int k = 0; k < values.length; k++) {
      assertThat(ints.get(k)).isEqualTo(values[k]);
    }
  }

  @Test
  void writes_its_ints_little_endian_after_a_big_endian_length() throws IOException {
    OffHeapInts ints = OffHeapInts.zeros(1);
    ints.set(0, 0x01020304);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ints.write(out);
    }
    assertThat(bytes.toByteArray()).containsExactly(0, 0, 0, 1, 4, 3, 2, 1);
  }

  @Test
  void a_short_stream_is_an_error_not_zeros() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(3);
      out.write(new byte[10]);
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThatThrownBy(() -> OffHeapInts.read(in)).isInstanceOf(EOFException.class);
  }
}
