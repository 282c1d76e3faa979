package org.footprint.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.analysis.match.LexiconSetFile;

/**
 * Build step (run by Maven after the classes are compiled): compiles the catalogue's lexicons into
 * {@link LexiconSetFile#RESOURCE} under the given classes folder, then loads the whole catalogue from it,
 * so a broken rule or lexicon fails the build with its file and line.
 */
public final class CatalogueCompiler {
  private CatalogueCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CatalogueCompiler CLASSES_FOLDER");
    }
    ClassLoader loader = CatalogueCompiler.class.getClassLoader();
    Map<String, byte[]> sources = RuleCatalogue.lexiconSources(loader);
    LexiconSet lexicons = LexiconSetFile.buildForFile(RuleCatalogue.readLexicons(sources));
    Path target = Path.of(args[0]).resolve(LexiconSetFile.RESOURCE);
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      LexiconSetFile.write(lexicons, LexiconSetFile.fingerprint(sources), out);
    }
    Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    RuleCatalogue.load(loader, lexicons);
    System.out.printf("compiled %d lexicons (%d terms) into %s (%,d bytes)%n", lexicons.size(),
        lexicons.lexicons().stream().mapToInt(l -> l.forms().size()).sum(), target, Files.size(target));
  }
}
