package org.footprint.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.footprint.analysis.normalise.Normaliser;

/**
 * The user's private watch-list: people and places from their work that must never appear online. Only hashes are
 * kept: a random per-user salt and, per entry, HMAC-SHA256(salt, normalised phrase) with the phrase's word count and a
 * 16-bit bucket of its first word (a keyed pre-filter, shared by thousands of possible names, so that a post's words
 * are hashed with HMAC only when one could start an entry). The names themselves are never written anywhere.
 *
 * <p>Mutable while the {@code watch} command or the web app's Settings page edits it (thread-safe: the server adds
 * names while scans read it); a {@link WatchedNames} made from it is a snapshot.
 */
public final class WatchList {
  /** The longest entry, in words: a name or a school's full name, not a sentence. */
  public static final int MAX_WORDS = 8;
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SALT_BYTES = 32;
  private static final int BUCKETS = 1 << 16;

  /** One watched phrase, as stored. */
  record Entry(byte[] hash, int words, int bucket) {}

  private final byte[] salt;
  private final long bucketKey0;
  private final long bucketKey1;
  /** By the hash in Base64, so the file lists entries in an order that says nothing about when they were added. */
  private final Map<String, Entry> entries = new TreeMap<>();
  private final ThreadLocal<Mac> macs;

  private WatchList(byte[] salt) {
    this.salt = salt.clone();
    this.macs = ThreadLocal.withInitial(this::newMac);
    byte[] bucketKey = hmac("\u0000footprint watch-list pre-filter key");
    this.bucketKey0 = longAt(bucketKey, 0);
    this.bucketKey1 = longAt(bucketKey, 8);
  }

  /** A new, empty list with a fresh random salt. */
  public static WatchList create() {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    return new WatchList(salt);
  }

  /** The list in {@code file}, or a new empty one when there is no file yet. */
  public static WatchList load(Path file) {
    if (!Files.exists(file)) {
      return create();
    }
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      if (root == null || root.path("format").asInt() != FORMAT || !root.path("salt").isTextual() || !root.path("entries").isArray()) {
        throw new IllegalStateException(file + ": not a Footprint watch-list (format " + FORMAT + ")");
      }
      WatchList list = new WatchList(Base64.getDecoder().decode(root.path("salt").asText()));
      for (JsonNode entry : root.path("entries")) {
        int words = entry.path("words").asInt();
        int bucket = entry.path("first").asInt(-1);
        if (!entry.path("hash").isTextual() || words < 1 || words > MAX_WORDS || bucket < 0 || bucket >= BUCKETS) {
          throw new IllegalStateException(file + ": a damaged entry (hash, words 1.." + MAX_WORDS + ", first 0.." + (BUCKETS - 1) + ")");
        }
        byte[] hash = Base64.getDecoder().decode(entry.path("hash").asText());
        list.entries.put(entry.path("hash").asText(), new Entry(hash, words, bucket));
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + ": not a Footprint watch-list (bad Base64)", e);
    }
  }

  /**
   * Writes the list to {@code file} (owner-only permissions where the file system has POSIX permissions), through a
   * file beside it that replaces it in one move: a crash leaves the old list or the new one, never half of one.
   */
  public synchronized void save(Path file) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("about", "Footprint's private watch-list: salted HMAC-SHA256 hashes of normalised names only; the names are not stored");
    root.put("salt", Base64.getEncoder().encodeToString(salt));
    ArrayNode list = root.putArray("entries");
    for (Map.Entry<String, Entry> entry : entries.entrySet()) {
      list.addObject().put("hash", entry.getKey()).put("words", entry.getValue().words()).put("first", entry.getValue().bucket());
    }
    try {
      Path folder = file.toAbsolutePath().getParent();
      boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0]);
      }
      Path next = folder.resolve(file.getFileName() + ".next");
      Files.deleteIfExists(next);
      if (posix) {
        Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(next);
      }
      Files.write(next, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new UncheckedIOException(file + ": another Footprint is writing the watch-list", e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Adds each name (normalised with {@code normaliser}, as the analyser normalises posts) and returns how many were
   * new.
   *
   * @throws IllegalArgumentException naming only the position of a name with no letters or more than {@link #MAX_WORDS} words
   */
  public synchronized int add(Collection<String> names, Normaliser normaliser) {
    int added = 0;
    for (Entry entry : entriesOf(names, normaliser)) {
      if (entries.putIfAbsent(key(entry.hash()), entry) == null) {
        added++;
      }
    }
    return added;
  }

  /** Removes each name and returns how many were on the list. */
  public synchronized int remove(Collection<String> names, Normaliser normaliser) {
    int removed = 0;
    for (Entry entry : entriesOf(names, normaliser)) {
      if (entries.remove(key(entry.hash())) != null) {
        removed++;
      }
    }
    return removed;
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries as they are now. */
  synchronized List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  private List<Entry> entriesOf(Collection<String> names, Normaliser normaliser) {
    List<Entry> result = new ArrayList<>(names.size());
    int position = 0;
    for (String name : names) {
      position++;
      List<WatchTokens.Token> tokens = WatchTokens.of(normaliser.normalise(name).text());
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("name " + position + " has no letters or digits");
      }
      if (tokens.size() > MAX_WORDS) {
        throw new IllegalArgumentException("name " + position + " has more than " + MAX_WORDS + " words: add the name itself, not a sentence");
      }
      result.add(new Entry(hmac(WatchTokens.phrase(tokens, 0, tokens.size())), tokens.size(), bucket(tokens.get(0).word())));
    }
    return result;
  }

  /** HMAC-SHA256 of the phrase under the salt, with this thread's reused {@link Mac}. */
  byte[] hmac(String phrase) {
    return macs.get().doFinal(phrase.getBytes(StandardCharsets.UTF_8));
  }

  static String key(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }

  /** A keyed FNV-1a of the word, finished with MurmurHash3's mix, cut to 16 bits: a pre-filter, not a secret. */
  int bucket(String word) {
    long h = bucketKey0;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= bucketKey1;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (h & (BUCKETS - 1));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static long longAt(byte[] bytes, int offset) {
    long value = 0;
    for (byte b : Arrays.copyOfRange(bytes, offset, offset + 8)) {
      value = value << 8 | (b & 0xFF);
    }
    return value;
  }
}
