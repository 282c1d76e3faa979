package org.footprint.ingest.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.model.Media;
import org.footprint.model.Place;
import org.footprint.synth.archive.ExifJpeg;
import org.junit.jupiter.api.Test;

class ExifTest {
  @Test
  void reads_time_gps_and_camera_of_a_generated_photo() throws Exception {
    Instant taken = Instant.parse("2024-05-01T08:15:30Z");
    byte[] photo = ExifJpeg.photo(1, -33.8688, 151.2093, taken, "Apple", "iPhone 12");
    Media media = Exif.read("p.jpg", new ByteArrayInputStream(photo));
    assertThat(media.path()).isEqualTo("p.jpg");
    assertThat(media.takenAt()).isEqualTo(taken);
    assertThat(media.camera()).isEqualTo("Apple iPhone 12");
    assertThat(media.location().latitude()).isCloseTo(-33.8688, within(1e-5));
    assertThat(media.location().longitude()).isCloseTo(151.2093, within(1e-5));
  }

  @Test
  void a_file_that_is_no_image_gives_only_its_path() throws Exception {
    Media media = Exif.read("notes.jpg", new ByteArrayInputStream("not a jpeg".getBytes()));
    assertThat(media).isEqualTo(new Media("notes.jpg", null, null, null));
  }

  @Test
  void reads_the_small_exif_block_of_the_facebook_fixture_photo_without_gps() throws Exception {
    Path photo = SharedFixtures.folder("facebook/waultar-app/posts/media/your_posts").resolve("silicon-valley-series-Test.jpg");
    try (InputStream in = Files.newInputStream(photo)) {
      Media media = Exif.read("x.jpg", in);
      assertThat(media.location()).isNull();
      assertThat(media.path()).isEqualTo("x.jpg");
    }
  }

  @Test
  void x_strips_exif_from_the_photos_it_serves() throws Exception {
    Path folder = SharedFixtures.folder("x-twitter/milahu-twitter-milahu104/data/tweets_media");
    try (InputStream in = Files.newInputStream(folder.resolve("2029903943413772741-HCuq2zDboAAKHUC.jpg"))) {
      assertThat(Exif.read("a.jpg", in)).isEqualTo(new Media("a.jpg", null, null, null));
    }
  }

  @Test
  void names_cameras_without_repeating_the_make() {
    assertThat(Exif.cameraName("Apple", "Apple iPhone 6s")).isEqualTo("Apple iPhone 6s");
    assertThat(Exif.cameraName("OnePlus", "HD1903")).isEqualTo("OnePlus HD1903");
    assertThat(Exif.cameraName(" ", null)).isNull();
    assertThat(Exif.cameraName(null, "X100")).isEqualTo("X100");
  }

  @Test
  void knows_images_by_extension_and_finds_the_first_location() {
    assertThat(Exif.isImage("a.JPG")).isTrue();
    assertThat(Exif.isImage("b.heic")).isTrue();
    assertThat(Exif.isImage("c.mp4")).isFalse();
    Place here = new Place(null, 1.0, 2.0);
    assertThat(Exif.firstLocation(List.of(new Media("a", null, null, null), new Media("b", null, here, null)))).isEqualTo(here);
    assertThat(Exif.firstLocation(List.of())).isNull();
  }
}
