package org.footprint.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.footprint.model.Clause;

/**
 * The policy packs Footprint knows, one per professional code. Immutable and thread-safe.
 *
 * <p>Built-in packs live on the classpath: {@code packs/index.txt} lists the pack ids in display
 * order, one a line ({@code #} starts a comment), and each id has a {@code packs/<id>.yaml}. Exactly
 * one pack is marked {@code default: true}. Any problem while loading is an
 * {@link IllegalStateException} whose message names the file and what is wrong.
 */
public final class PolicyPacks {

  static final String INDEX = "packs/index.txt";

  private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static volatile PolicyPacks builtIn;

  private final List<PolicyPack> packs;
  private final Map<String, PolicyPack> byId;
  private final PolicyPack defaultPack;

  private PolicyPacks(List<PolicyPack> packs, PolicyPack defaultPack) {
    this.packs = List.copyOf(packs);
    Map<String, PolicyPack> index = new LinkedHashMap<>();
    for (PolicyPack pack : packs) {
      index.put(pack.id(), pack);
    }
    this.byId = Collections.unmodifiableMap(index);
    this.defaultPack = defaultPack;
  }

  /** The packs shipped in footprint-core, loaded once and then shared. */
  public static PolicyPacks loadBuiltIn() {
    PolicyPacks result = builtIn;
    if (result == null) {
      // Two threads may both load on first use; both results are equal and either may be kept.
      result = load(PolicyPacks::readClasspath);
      builtIn = result;
    }
    return result;
  }

  /**
   * Loads {@code packs/index.txt} and the packs it lists from {@code source}, which maps a
   * resource name to its text, or to null when there is no such resource.
   */
  static PolicyPacks load(Function<String, String> source) {
    String index = source.apply(INDEX);
    if (index == null) {
      throw new IllegalStateException(INDEX + ": not found");
    }
    List<String> ids = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String[] rows = index.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      int hash = row.indexOf('#');
      String id = (hash >= 0 ? row.substring(0, hash) : row).strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!PACK_ID.matcher(id).matches()) {
        throw new IllegalStateException(
            INDEX + " line " + (i + 1) + ": '" + id + "' is not a pack id (lower-case letters, digits and hyphens)");
      }
      if (ids.contains(id)) {
        throw new IllegalStateException(INDEX + " line " + (i + 1) + ": pack '" + id + "' is listed twice");
      }
      ids.add(id);
      lines.add(i + 1);
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException(INDEX + ": lists no packs");
    }

    List<PolicyPack> packs = new ArrayList<>();
    PolicyPack defaultPack = null;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String file = fileOf(id);
      String text = source.apply(file);
      if (text == null) {
        throw new IllegalStateException(
            INDEX + " line " + lines.get(i) + ": lists pack '" + id + "' but " + file + " does not exist");
      }
      PolicyPack pack = PolicyPackReader.read(file, text, id);
      if (pack.isDefault()) {
        if (defaultPack != null) {
          throw new IllegalStateException(file + ": default: true, but " + fileOf(defaultPack.id())
              + " is already the default pack (exactly one pack may be the default)");
        }
        defaultPack = pack;
      }
      packs.add(pack);
    }
    if (defaultPack == null) {
      throw new IllegalStateException(INDEX + ": none of the listed packs has default: true (exactly one must)");
    }
    return new PolicyPacks(packs, defaultPack);
  }

  /** Every pack, in the order of {@code packs/index.txt}. */
  public List<PolicyPack> all() {
    return packs;
  }

  /**
   * The pack with this id.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public PolicyPack get(String id) {
    Objects.requireNonNull(id, "id");
    PolicyPack pack = byId.get(id.strip());
    if (pack == null) {
      throw new IllegalArgumentException(
          "unknown pack '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
    }
    return pack;
  }

  /** The pack used when the user names none. */
  public PolicyPack defaultPack() {
    return defaultPack;
  }

  /**
   * The clause a qualified reference names: {@code <pack>:<reference>}, e.g. {@code sssc:2.8} or
   * {@code police:Discreditable conduct}. The part before the colon may also be the pack's code id
   * ({@code sssc-2024:2.8}), the form rule files use. Empty when no pack or clause matches.
   *
   * @throws IllegalArgumentException when the text is not of the form {@code <pack>:<reference>}
   */
  public Optional<Clause> resolve(String qualifiedRef) {
    Objects.requireNonNull(qualifiedRef, "qualifiedRef");
    int colon = qualifiedRef.indexOf(':');
    if (colon <= 0 || qualifiedRef.substring(colon + 1).isBlank()) {
      throw new IllegalArgumentException(
          "expected <pack>:<clause>, e.g. sssc:2.8, but got '" + qualifiedRef + "'");
    }
    String packKey = qualifiedRef.substring(0, colon).strip();
    String reference = qualifiedRef.substring(colon + 1).strip();
    PolicyPack pack = byId.get(packKey);
    if (pack == null) {
      pack = packs.stream().filter(p -> p.code().equals(packKey)).findFirst().orElse(null);
    }
    return pack == null ? Optional.empty() : pack.clause(reference);
  }

  static String fileOf(String id) {
    return "packs/" + id + ".yaml";
  }

  private static String readClasspath(String name) {
    ClassLoader loader = PolicyPacks.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
