package org.footprint.synth.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.TimeZone;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ExifJpegTest {
  private static Metadata read(byte[] jpeg) throws Exception {
    return ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
  }

  @Test
  void writes_a_real_jpeg_with_camera_time_and_gps_that_metadata_extractor_reads() throws Exception {
    Instant taken = Instant.parse("2023-07-14T18:05:09Z");
    Metadata metadata = read(ExifJpeg.photo(4, 55.9533, -3.1883, taken, "Google", "Pixel 7"));
    assertThat(metadata.getFirstDirectoryOfType(JpegDirectory.class).getImageWidth()).isEqualTo(32);
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    assertThat(ifd0.getString(ExifIFD0Directory.TAG_MAKE)).isEqualTo("Google");
    assertThat(ifd0.getString(ExifIFD0Directory.TAG_MODEL)).isEqualTo("Pixel 7");
    assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getDateOriginal(TimeZone.getTimeZone("UTC")).toInstant())
        .isEqualTo(taken);
    GeoLocation where = metadata.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation();
    assertThat(where.getLatitude()).isCloseTo(55.9533, within(1e-6));
    assertThat(where.getLongitude()).isCloseTo(-3.1883, within(1e-6));
  }

  @Property(tries = 200)
  void any_position_on_earth_reads_back(@ForAll @DoubleRange(min = -90, max = 90) double latitude,
      @ForAll @DoubleRange(min = -180, max = 180) double longitude) throws Exception {
    GeoLocation where = read(ExifJpeg.photo(1, latitude, longitude, Instant.EPOCH, "A", "B"))
        .getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation();
    assertThat(where.getLatitude()).isCloseTo(latitude, within(1e-6));
    assertThat(where.getLongitude()).isCloseTo(longitude, within(1e-6));
  }

  @Test
  void the_same_seed_gives_the_same_bytes_and_other_bytes_are_refused() {
    Instant at = Instant.parse("2020-01-01T00:00:00Z");
    assertThat(ExifJpeg.photo(9, 1, 2, at, "A", "B")).isEqualTo(ExifJpeg.photo(9, 1, 2, at, "A", "B"));
    assertThatThrownBy(() -> ExifJpeg.withExif(new byte[] {1, 2, 3}, new byte[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
