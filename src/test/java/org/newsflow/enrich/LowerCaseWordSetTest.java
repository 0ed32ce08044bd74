package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LowerCaseWordSetTest {

  private static final List<String> LEAD = List.of("leader", "said", "état", "said", "k");
  private static final List<String> REST = List.of("said", "runner", "iphone", "état", "co-founder", "the");

  private static LowerCaseWordSet filled() {
    LowerCaseWordSet set = new LowerCaseWordSet(LEAD.size() + REST.size());
    LEAD.forEach(set::add);
    set.endLead();
    REST.forEach(set::add);
    return set;
  }

  @Test
  void answersAsHashSetsWouldForTheLowerCasedWord() {
    LowerCaseWordSet set = filled();
    Set<String> all = new HashSet<>(LEAD);
    all.addAll(REST);
    Set<String> lead = new HashSet<>(LEAD);
    for (String word : List.of("Leader", "LEADER", "leader", "Said", "Runner", "RUNNER", "IPhone", "État", "ÉTAT",
        "Co-Founder", "The", "Th", "Thee", "", "Xi", "\u212A", "K", "Ruler", "Lead")) {
      String lower = word.toLowerCase(Locale.ROOT);
      int i = set.indexOf(word);
      assertThat(set.contains(word)).as(word).isEqualTo(all.contains(lower));
      assertThat(i >= 0 && set.inLead(i)).as(word).isEqualTo(lead.contains(lower));
    }
  }

  @Test
  void aWordAddedInTheLeadAndAgainLaterStaysTheLeads() {
    LowerCaseWordSet set = filled();
    assertThat(set.inLead(set.indexOf("Said"))).isTrue();
    assertThat(set.inLead(set.indexOf("Runner"))).isFalse();
  }

  @Test
  void holdsAsManyWordsAsItsCapacity() {
    LowerCaseWordSet set = new LowerCaseWordSet(1000);
    set.endLead();
    for (int i = 0; i < 1000; i++) {
      set.add("w" + i);
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(set.contains("W" + i)).isTrue();
    }
    assertThat(set.contains("w1000")).isFalse();
  }
}
