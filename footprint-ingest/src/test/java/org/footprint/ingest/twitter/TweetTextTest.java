package org.footprint.ingest.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The quick reading of X's classic {@code created_at} agrees with the formatter on every string, valid or not. */
class TweetTextTest {
  private static final DateTimeFormatter CLASSIC = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

  @Test
  void aTweetsTimeIsReadWithItsOffset() {
    assertThat(TweetText.time("Fri Mar 06 13:02:05 +0000 2026")).isEqualTo(Instant.parse("2026-03-06T13:02:05Z"));
    assertThat(TweetText.time("Sat Mar 07 00:30:00 +0530 2026")).isEqualTo(Instant.parse("2026-03-06T19:00:00Z"));
    assertThat(TweetText.time("Thu Mar 05 20:00:00 -0800 2026")).isEqualTo(Instant.parse("2026-03-06T04:00:00Z"));
  }

  @Test
  void aDayNameThatIsNotTheDatesOrAnImpossibleDateIsUnreadable() {
    assertThat(TweetText.time("Mon Mar 06 13:02:05 +0000 2026")).isNull();
    assertThat(TweetText.time("Fri Feb 30 13:02:05 +0000 2026")).isNull();
    assertThat(TweetText.time("Fri Mar 06 25:02:05 +0000 2026")).isNull();
    assertThat(TweetText.time("Fri Mzr 06 13:02:05 +0000 2026")).isNull();
  }

  @Property(tries = 2_000)
  void everyValidTimeReadsAsTheFormatterReadsIt(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
      @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) {
    String text = ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).format(CLASSIC);

    assertThat(TweetText.classic(text)).isEqualTo(formatter(text)).isEqualTo(Instant.ofEpochSecond(epochSecond));
  }

  @Property(tries = 5_000)
  void aTimeWithOneCharacterChangedReadsAsTheFormatterReadsItOrIsLeftToIt(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 29) int position, @ForAll @CharRange(from = ' ', to = 'z') char replacement) {
    StringBuilder text = new StringBuilder(ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC).format(CLASSIC));
    text.setCharAt(position, replacement);

    Instant quick = TweetText.classic(text.toString());
    if (quick != null) {
      assertThat(quick).isEqualTo(formatter(text.toString()));
    }
    assertThat(TweetText.time(text.toString())).isEqualTo(formatter(text.toString()));
  }

  private static Instant formatter(String text) {
    try {
      return ZonedDateTime.parse(text, CLASSIC).toInstant();
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
