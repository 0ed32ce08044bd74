package org.newsflow.tag.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsflow.tag.Taxonomy;

class Reuters8ToIptcTest {

  @Test
  void everyMappedReutersTopicIsAnEconomySubtopicOfTheBundledTaxonomy() {
    Taxonomy iptc = Taxonomy.bundled();
    assertThat(Reuters8ToIptc.MAPPING).hasSize(7).doesNotContainKey("ship");
    assertThat(Reuters8ToIptc.MAPPING.values()).doesNotHaveDuplicates().allSatisfy(code ->
        assertThat(iptc.topic(code)).hasValueSatisfying(t -> assertThat(t.parent()).isEqualTo("medtop:04000000")));
  }
}
