package org.footprint.ingest.whatsapp;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.sniff.Sniff;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.text.LineReader;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;
import org.footprint.model.Place;

/**
 * A WhatsApp chat export ({@code _chat.txt} on iOS, {@code WhatsApp Chat with X.txt} on Android, with the
 * attachments beside it when exported "with media"); checked against a synthetic iOS-style chat. Every message
 * is an item of kind message, audience direct; see {@link ChatLine} for the line forms and dates.
 * <ul>
 *   <li><b>Who wrote it.</b> The export does not say which sender is the exporter, and the most frequent sender
 *       is not necessarily them, so messages are authored by self only when the reader was made with the
 *       owner's display name ({@link #WhatsAppReader(String, ZoneId)}) and the sender matches it (ignoring case).
 *       The no-argument reader, used by ServiceLoader, marks no message as the user's own.</li>
 *   <li><b>Dates.</b> Day-first or month-first is decided per chat from the dates that cannot be the other way
 *       (a first number above 12 means day-first); when none decides, 12-hour times mean month-first (US) and
 *       24-hour times day-first. Times are the phone's local time, without zone: read in the zone the reader was
 *       made with, UTC by default.</li>
 *   <li><b>Text.</b> Continuation lines join the message with line breaks; direction marks (U+200E, U+200F,
 *       embeddings and isolates) are removed; {@code <This message was edited>} is dropped.</li>
 *   <li><b>Attachments.</b> {@code <attached: file>} (iOS) and {@code file (file attached)} (Android) become media,
 *       with the file's path when it is in the export; {@code <Media omitted>} and "image omitted" messages
 *       carry nothing to check and are skipped.</li>
 *   <li><b>Generated lines.</b> WhatsApp starts its own text with U+200E: such one-line messages (encryption
 *       notice, deleted message, calls, number changes) are skipped, except shared locations, which become a
 *       place (coordinates from a maps link, or the venue's name); polls (several lines) are kept as text.
 *       Lines without a sender ({@code 01/02/2020, 10:00 - Jo joined}) are system lines and skipped.</li>
 * </ul>
 * The native id is the chat file's path and the message's first line number. Problems:
 * {@code ingest.whatsapp.no-messages} (a known chat file name without a single message line),
 * {@code ingest.whatsapp.too-long} (a line or message beyond a million characters: its start is read) and those of
 * {@link ReadProblems}.
 */
public final class WhatsAppReader implements ExportReader {
  private static final Pattern CHAT_NAME = Pattern.compile("(_chat|WhatsApp Chat.*)\\.txt", Pattern.CASE_INSENSITIVE);
  private static final Pattern IOS_ATTACHMENT = Pattern.compile(
      "<(?:attached|adjunto|anexo|anhang|allegato|pièce jointe): ([^>]+)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANDROID_ATTACHMENT = Pattern.compile("^(.+?) \\(file attached\\)$", Pattern.MULTILINE);
  /** Android's placeholder when exported without media (English, Spanish, German, French phones). */
  private static final Set<String> MEDIA_OMITTED = Set.of("<media omitted>", "<multimedia omitido>", "<medien ausgeschlossen>", "<médias omis>");
  private static final Pattern EDITED = Pattern.compile("\\s*<This message was edited>");
  private static final Pattern COORDINATES = Pattern.compile("[?&](?:q|query|ll)=(-?\\d{1,2}\\.\\d+),\\s?(-?\\d{1,3}\\.\\d+)");
  private static final Pattern SHARED_PLACE = Pattern.compile("^(.+?): (https?://\\S+)$");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([\\p{L}\\p{N}_.+-]+)");
  private static final Set<String> LOCATION_LABELS = Set.of("location", "ubicación", "standort", "localisation", "posizione", "localização");
  private static final int MAX_DETECT_FILES = 50;
  private static final int FIRST_LINE_BYTES = 4096;
  private static final int MAX_LINE_CHARS = 1_000_000;

  private final String ownerName;
  private final ZoneId zone;

  /** Marks no message as the user's own and reads times as UTC. */
  public WhatsAppReader() {
    this(null, ZoneOffset.UTC);
  }

  /**
   * @param ownerName the exporter's display name in the chat, whose messages are authored by self; null for none
   * @param zone the zone of the phone's clock, for the zone-less times
   */
  public WhatsAppReader(String ownerName, ZoneId zone) {
    this.ownerName = ownerName == null ? null : ownerName.strip();
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public String platform() {
    return "whatsapp";
  }

  @Override
  public int detect(ExportTree tree) {
    int best = 0;
    for (ExportEntry entry : textFiles(tree)) {
      if (firstLineIsMessage(tree, entry)) {
        best = Math.max(best, CHAT_NAME.matcher(entry.fileName()).matches() ? 95 : 80);
      }
    }
    return best;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    Set<String> paths = tree.entries().stream().map(ExportEntry::path).collect(Collectors.toSet());
    for (ExportEntry entry : textFiles(tree)) {
      boolean named = CHAT_NAME.matcher(entry.fileName()).matches();
      if (named || firstLineIsMessage(tree, entry)) {
        readChat(tree, context, entry, paths);
      }
    }
  }

  private static List<ExportEntry> textFiles(ExportTree tree) {
    return tree.entries().stream().filter(e -> e.fileName().toLowerCase(Locale.ROOT).endsWith(".txt")).limit(MAX_DETECT_FILES).toList();
  }

  private static boolean firstLineIsMessage(ExportTree tree, ExportEntry entry) {
    String head = new String(Sniff.head(tree, entry, FIRST_LINE_BYTES), StandardCharsets.UTF_8);
    return head.lines().filter(line -> !line.isBlank()).findFirst()
        .map(line -> ChatLine.parse(line.replace("\uFEFF", "")) != null)
        .orElse(false);
  }

  /** First pass: whether undecided dates read day-first. Dates are ASCII, so the raw bytes are read as UTF-8. */
  private static boolean dayFirst(ExportTree tree, ExportEntry entry) throws IOException {
    boolean dayFirstSeen = false;
    boolean monthFirstSeen = false;
    boolean twelveHour = false;
    try (Reader reader = new InputStreamReader(tree.open(entry), StandardCharsets.UTF_8)) {
      LineReader lines = new LineReader(reader, MAX_LINE_CHARS);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        ChatLine header = ChatLine.parse(line);
        if (header != null && !header.yearFirst()) {
          dayFirstSeen |= header.firstNumber() > 12;
          monthFirstSeen |= header.middleNumber() > 12;
          twelveHour |= header.pm() != null;
        }
      }
    }
    return dayFirstSeen || !monthFirstSeen && !twelveHour;
  }

  private void readChat(ExportTree tree, ReadContext context, ExportEntry entry, Set<String> paths) {
    String folder = entry.path().contains("/") ? entry.path().substring(0, entry.path().lastIndexOf('/') + 1) : "";
    int messages = 0;
    try {
      boolean dayFirst = dayFirst(tree, entry);
      try (Reader reader = context.text(entry)) {
        LineReader lines = new LineReader(reader, MAX_LINE_CHARS);
        Message current = null;
        int number = 0;
        boolean cut = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          cut |= lines.truncated();
          number++;
          ChatLine header = ChatLine.parse(number == 1 ? line.replace("\uFEFF", "") : line);
          if (header != null) {
            messages++;
            emit(context, entry, folder, paths, current);
            current = new Message(number, header, header.dateTime(dayFirst));
          } else if (current != null && current.body.length() + line.length() < MAX_LINE_CHARS) {
            current.body.append('\n').append(line);
          } else if (current != null) {
            cut = true;
          }
        }
        emit(context, entry, folder, paths, current);
        if (cut) {
          context.problem(entry, "ingest.whatsapp.too-long",
              "A line or message is longer than " + MAX_LINE_CHARS + " characters; only its start was read.");
        }
      }
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
      return;
    }
    if (messages == 0) {
      context.problem(entry, "ingest.whatsapp.no-messages", "No line of this file looks like a WhatsApp message.");
    }
  }

  /** A message being read: its header and the lines so far. */
  private static final class Message {
    final int line;
    final ChatLine header;
    final LocalDateTime time;
    final StringBuilder body;

    Message(int line, ChatLine header, LocalDateTime time) {
      this.line = line;
      this.header = header;
      this.time = time;
      this.body = new StringBuilder(header.body());
    }
  }

  private void emit(ReadContext context, ExportEntry entry, String folder, Set<String> paths, Message message) {
    if (message == null || message.header.sender() == null) {
      return;
    }
    // cheap checks before each pattern: most messages are plain text
    String body = ChatLine.withoutDirectionMarks(message.body.toString()).replace("\r", "");
    List<Media> media = new ArrayList<>();
    if (body.indexOf('<') >= 0) {
      body = EDITED.matcher(body).replaceAll("");
      body = attachments(body, IOS_ATTACHMENT, folder, paths, media);
    }
    if (body.contains("(file attached)")) {
      body = attachments(body, ANDROID_ATTACHMENT, folder, paths, media);
    }
    body = body.strip();
    boolean oneLine = body.indexOf('\n') < 0;
    if (MEDIA_OMITTED.contains(body.toLowerCase(Locale.ROOT))) {
      return;
    }
    Place place = body.contains("://") ? place(body, message.header.generated()) : null;
    if (message.header.generated() && oneLine && media.isEmpty() && place == null) {
      return; // WhatsApp's own notice, not a message
    }
    String sender = message.header.sender();
    context.accept(Item.builder(platform(), entry.path() + ":" + message.line)
        .kind(ItemKind.MESSAGE)
        .authoredBySelf(ownerName != null && sender.equalsIgnoreCase(ownerName))
        .createdAt(message.time == null ? null : message.time.atZone(zone).toInstant())
        .text(body)
        .audience(Audience.DIRECT)
        .mentions(body.indexOf('@') >= 0 ? mentions(body) : List.of())
        .tags(List.of())
        .place(place)
        .media(media)
        .build());
  }

  /** Removes the attachment markers of {@code pattern} from the text, adding one media entry per file named. */
  private static String attachments(String body, Pattern pattern, String folder, Set<String> paths, List<Media> media) {
    Matcher matcher = pattern.matcher(body);
    StringBuilder rest = new StringBuilder();
    while (matcher.find()) {
      String path = folder + matcher.group(1).strip();
      media.add(new Media(paths.contains(path) ? path : null, null, null, null));
      matcher.appendReplacement(rest, "");
    }
    matcher.appendTail(rest);
    return rest.toString();
  }

  /** A shared location: a maps link with coordinates anywhere, or WhatsApp's generated "Venue (address): link". */
  private static Place place(String body, boolean generated) {
    Matcher shared = SHARED_PLACE.matcher(body);
    String label = generated && shared.matches() ? shared.group(1).strip() : null;
    String name = label == null || LOCATION_LABELS.contains(label.toLowerCase(Locale.ROOT)) ? null : label;
    Matcher coordinates = COORDINATES.matcher(body);
    if (coordinates.find()) {
      return new Place(name, Double.parseDouble(coordinates.group(1)), Double.parseDouble(coordinates.group(2)));
    }
    return name == null ? null : new Place(name, null, null);
  }

  private static List<String> mentions(String body) {
    List<String> mentions = new ArrayList<>();
    Matcher matcher = MENTION.matcher(body);
    while (matcher.find()) {
      mentions.add(matcher.group(1));
    }
    return mentions;
  }
}
