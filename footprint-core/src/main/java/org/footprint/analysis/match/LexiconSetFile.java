package org.footprint.analysis.match;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compiled form of a {@link LexiconSet}: its entries, alphabets and finished automaton arrays, written
 * once at build time and read at start-up instead of expanding, normalising and building again (seconds
 * of CPU and ~200 MB of builder trees, against a fraction of a second). Like a spelling checker's binary
 * dictionary, the file is derived data: it starts with a fingerprint of the lexicon sources it was made
 * from, and a file made from other sources is not used.
 */
public final class LexiconSetFile {
  /** Where the built-in catalogue's compiled lexicons live on the classpath. */
  public static final String RESOURCE = "lexicons/compiled.bin";
  private static final int MAGIC = 0x46504C58; // "FPLX"
  private static final int FORMAT = 7;
  private static final int PREFIX = 1;
  private static final int MASKABLE = 2;
  private static final int EXACT = 4;

  private LexiconSetFile() {}

  /** One automaton over every term: the fastest to scan, and built where memory is plentiful. */
  public static LexiconSet buildForFile(List<Lexicon> lexicons) {
    return new LexiconSet(lexicons, Integer.MAX_VALUE);
  }

  /** SHA-256 over the file format and each source's name and bytes, in order. */
  public static byte[] fingerprint(Map<String, byte[]> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(("footprint-lexicons/" + FORMAT).getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> source : sources.entrySet()) {
        digest.update(source.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(source.getValue());
        digest.update((byte) 0);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  public static void write(LexiconSet set, byte[] fingerprint, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(fingerprint.length);
    out.write(fingerprint);
    IdentityHashMap<LexiconEntry, Integer> positions = new IdentityHashMap<>();
    out.writeInt(set.size());
    for (Lexicon lexicon : set.lexicons()) {
      out.writeUTF(lexicon.name());
      out.writeUTF(lexicon.resource());
      out.writeInt(lexicon.entries().size());
      IdentityHashMap<LexiconEntry, Integer> lines = new IdentityHashMap<>();
      for (LexiconEntry entry : lexicon.entries()) {
        lines.put(entry, lines.size());
        positions.put(entry, positions.size());
        out.writeByte((entry.prefix() ? PREFIX : 0) | (entry.maskable() ? MASKABLE : 0) | (entry.exact() ? EXACT : 0));
        out.writeUTF(entry.id());
        out.writeDouble(entry.weight());
        out.writeUTF(entry.note());
      }
      // the forms as one block, read back without making a string of each
      LexiconForms forms = lexicon.forms();
      out.writeInt(forms.utf8().length);
      out.write(forms.utf8());
      int[] lineOfForm = new int[forms.size()];
      for (int k = 0; k < lineOfForm.length; k++) {
        lineOfForm[k] = lines.get(forms.entry(k));
      }
      LexiconAutomaton.writeInts(out, forms.ends());
      LexiconAutomaton.writeInts(out, lineOfForm);
    }
    set.tokenAlphabet().write(out);
    char[] codes = set.alphabetCodes();
    out.writeInt(codes.length);
    for (char code : codes) {
      out.writeChar(code);
    }
    out.writeBoolean(set.hashtagWords().isPresent());
    if (set.hashtagWords().isPresent()) {
      set.hashtagWords().get().write(out, positions);
    }
    out.writeInt(set.automata().size());
    for (LexiconAutomaton automaton : set.automata()) {
      automaton.write(out, positions);
    }
    out.writeInt(MAGIC);
    out.flush();
  }

  /**
   * The set in {@code source}, or empty when the file was made from other sources than {@code fingerprint}
   * says, or is not a lexicon file of this format.
   *
   * @throws IOException when the file is cut short or damaged after a matching fingerprint
   */
  public static Optional<LexiconSet> read(InputStream source, byte[] fingerprint) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
    if (in.readInt() != MAGIC) {
      return Optional.empty();
    }
    int length = in.readInt();
    if (length != fingerprint.length) {
      return Optional.empty();
    }
    byte[] made = new byte[length];
    in.readFully(made);
    if (!Arrays.equals(made, fingerprint)) {
      return Optional.empty();
    }
    int lexiconCount = in.readInt();
    List<Lexicon> lexicons = new ArrayList<>(lexiconCount);
    List<LexiconEntry> all = new ArrayList<>();
    for (int index = 0; index < lexiconCount; index++) {
      String name = in.readUTF();
      String resource = in.readUTF();
      LexiconEntry[] entries = new LexiconEntry[in.readInt()];
      for (int k = 0; k < entries.length; k++) {
        int flags = in.readByte();
        entries[k] = new LexiconEntry(index, in.readUTF(), in.readDouble(), (flags & PREFIX) != 0, (flags & MASKABLE) != 0, (flags & EXACT) != 0, in.readUTF());
      }
      byte[] utf8 = new byte[in.readInt()];
      in.readFully(utf8);
      int[] ends = LexiconAutomaton.readInts(in, in.readInt());
      int[] lineOfForm = LexiconAutomaton.readInts(in, in.readInt());
      LexiconEntry[] formEntries = new LexiconEntry[lineOfForm.length];
      for (int k = 0; k < lineOfForm.length; k++) {
        if (lineOfForm[k] < 0 || lineOfForm[k] >= entries.length) {
          throw new IOException("form " + k + " of lexicon '" + name + "' belongs to no line");
        }
        formEntries[k] = entries[lineOfForm[k]];
      }
      LexiconForms forms;
      try {
        forms = new LexiconForms(utf8, ends, formEntries);
      } catch (IllegalArgumentException e) {
        throw new IOException("lexicon '" + name + "': " + e.getMessage(), e);
      }
      all.addAll(Arrays.asList(entries));
      lexicons.add(new Lexicon(name, resource, List.of(entries), forms));
    }
    TokenAlphabet tokenAlphabet = TokenAlphabet.read(in);
    char[] codes = new char[in.readInt()];
    for (int k = 0; k < codes.length; k++) {
      codes[k] = in.readChar();
    }
    LexiconEntry[] entries = all.toArray(new LexiconEntry[0]);
    LexiconAutomaton hashtagWords = in.readBoolean() ? LexiconAutomaton.read(in, entries) : null;
    int automatonCount = in.readInt();
    List<LexiconAutomaton> automata = new ArrayList<>(automatonCount);
    for (int k = 0; k < automatonCount; k++) {
      automata.add(LexiconAutomaton.read(in, entries));
    }
    if (in.readInt() != MAGIC) {
      throw new IOException("the file does not end where its contents do");
    }
    return Optional.of(new LexiconSet(lexicons, tokenAlphabet, automata, codes, hashtagWords));
  }
}
