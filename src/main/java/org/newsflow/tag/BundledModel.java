package org.newsflow.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.newsflow.tag.model.LinearModel;

/**
 * The IPTC model shipped in the jar: trained by {@code newsflow train --iptc} on BBC News (2,225
 * articles, 2004-2005, five classes mapped to IPTC codes). It holds hashed-feature weights only, no
 * text. It scores five of the 17 top-level topics; the lexicon scores them all.
 */
public final class BundledModel {

  public static final String RESOURCE = "/taxonomy/iptc-bbc.model";
  private static LinearModel iptc;

  private BundledModel() {}

  /** The default tagger: the bundled IPTC lexicon blended with this model. */
  public static Tagger standardTagger() {
    return new BlendedTagger(new LexiconTagger(Taxonomy.bundled()), new org.newsflow.tag.model.ModelTagger(iptc()));
  }

  public static synchronized LinearModel iptc() {
    if (iptc == null) {
      try (InputStream in = BundledModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        iptc = LinearModel.read(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return iptc;
  }
}
