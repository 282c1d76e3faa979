package org.footprint.analysis.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A named list of terms read from a TSV file: {@code term<TAB>id<TAB>weight<TAB>flags<TAB>note}, with
 * {@code #} comment lines (the file's header documents its purpose and sources). Flags, comma-separated:
 * {@code w} whole word (the default), {@code p} the term may be followed by more letters, {@code m}
 * masked spellings count, {@code s} British or Scots usage (documentation only), {@code x} exact: the
 * term does not also match with a plain -s or -'s ending (see {@link LexiconSet#match}).
 *
 * <p>A term may list alternatives in braces, so that one line covers the forms of a phrase:
 * {@code {need|needs|deserves} a {good |proper |}kicking} stands for eighteen terms (an empty alternative
 * drops the slot). Every form shares the line's id and weight.
 */
public record Lexicon(String name, String resource, List<LexiconEntry> entries, LexiconForms forms) {

  /**
   * Reads a lexicon: an entry per line, and each line's forms; {@code normalise} turns each form into the one detectors see.
   *
   * @throws IllegalStateException naming the file and line when a line is malformed
   */
  public static Lexicon read(String name, String resource, InputStream in, int index, UnaryOperator<String> normalise) {
    List<LexiconEntry> entries = new ArrayList<>();
    List<String> formTerms = new ArrayList<>();
    List<LexiconEntry> formEntries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 3) {
          throw new IllegalStateException(resource + ":" + number + ": expected term<TAB>id<TAB>weight[<TAB>flags<TAB>note]");
        }
        String id = fields[1].trim();
        List<String> forms = expand(fields[0].trim(), resource + ":" + number);
        if (forms.stream().anyMatch(String::isBlank) || id.isEmpty()) {
          throw new IllegalStateException(resource + ":" + number + ": empty term or id");
        }
        if (!ids.add(id)) {
          throw new IllegalStateException(resource + ":" + number + ": duplicate id '" + id + "'");
        }
        double weight;
        try {
          weight = Double.parseDouble(fields[2].trim());
        } catch (NumberFormatException e) {
          throw new IllegalStateException(resource + ":" + number + ": weight '" + fields[2] + "' is not a number");
        }
        String flags = fields.length > 3 ? fields[3].trim() : "";
        for (String flag : flags.split(",")) {
          if (!flag.isBlank() && !Set.of("w", "p", "m", "s", "x").contains(flag.trim())) {
            throw new IllegalStateException(resource + ":" + number + ": unknown flag '" + flag.trim() + "' (known: w, p, m, s, x)");
          }
        }
        String note = fields.length > 4 ? fields[4].trim() : "";
        Set<String> terms = new LinkedHashSet<>();
        for (String form : forms) {
          String term = normalise.apply(form.replaceAll("\\s+", " ").trim());
          if (TokenAlphabet.split(term).size() > TokenAlphabet.MAX_TOKENS) {
            throw new IllegalStateException(resource + ":" + number + ": '" + term + "' has more than " + TokenAlphabet.MAX_TOKENS
                + " words and marks; split it, or match its parts with a rule's 'with'");
          }
          terms.add(term);
        }
        LexiconEntry entry = new LexiconEntry(index, id, weight, flags.contains("p"), flags.contains("m"), flags.contains("x"), note);
        entries.add(entry);
        for (String term : terms) {
          formTerms.add(term);
          formEntries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": cannot be read: " + e.getMessage(), e);
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException(resource + ": has no entries");
    }
    return new Lexicon(name, resource, List.copyOf(entries), LexiconForms.of(formTerms, formEntries));
  }

  private static final int MAX_FORMS = 2048;

  /** The terms a line stands for: every choice of one alternative per {@code {a|b|}} group. */
  static List<String> expand(String term, String where) {
    int open = term.indexOf('{');
    if (open < 0) {
      if (term.indexOf('}') >= 0) {
        throw new IllegalStateException(where + ": '}' without '{'");
      }
      return List.of(term);
    }
    int close = term.indexOf('}', open);
    if (close < 0 || term.substring(open + 1, close).indexOf('{') >= 0) {
      throw new IllegalStateException(where + ": unbalanced or nested '{' in '" + term + "'");
    }
    List<String> rest = expand(term.substring(close + 1), where);
    List<String> forms = new ArrayList<>();
    for (String choice : term.substring(open + 1, close).split("\\|", -1)) {
      for (String tail : rest) {
        forms.add(term.substring(0, open) + choice + tail);
        if (forms.size() > MAX_FORMS) {
          throw new IllegalStateException(where + ": '" + term + "' stands for more than " + MAX_FORMS + " terms");
        }
      }
    }
    return forms;
  }
}
