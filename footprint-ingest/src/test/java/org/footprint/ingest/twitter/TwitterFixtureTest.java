package org.footprint.ingest.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.footprint.ingest.social.SocialTestSupport;
import org.footprint.ingest.social.SocialTestSupport.Collected;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.model.Item;
import org.junit.jupiter.api.Test;

class TwitterFixtureTest {
  @Test
  void dump() {
    Path root = SocialTestSupport.fixture("x-twitter/milahu-twitter-milahu104");
    ExportTree tree = SocialTestSupport.folder(root);
    Collected got = new Collected(tree);
    System.out.println("detect " + new TwitterReader().detect(tree));
    new TwitterReader().read(tree, got);
    for (Item i : got.items) {
      System.out.println(i.nativeId() + " " + i.kind() + " self=" + i.authoredBySelf() + " " + i.createdAt() + " " + i.audience() + " re=" + i.replyTo() + " m=" + i.mentions() + " media=" + i.media() + " | " + i.text().replace("\n", "\\n").substring(0, Math.min(100, i.text().length())));
    }
    System.out.println(got.problems);
  }
}
