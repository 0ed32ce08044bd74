package org.newsflow.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newsflow.model.Json;

/**
 * A story with document-level entity labels (Reuters-21578 PLACES, PEOPLE and ORGS codes) and the
 * language it is written in. {@code dateline} is the agency's dateline ("SALVADOR, Feb 26 -") or
 * empty.
 */
public record EntityLabelledArticle(String id, String title, String date, String dateline, String body,
    Set<String> places, Set<String> people, Set<String> orgs, String language) {

  public EntityLabelledArticle {
    places = Set.copyOf(places);
    people = Set.copyOf(people);
    orgs = Set.copyOf(orgs);
  }

  /**
   * The story as a JSON article for the pipeline: its title, its date, and a body that is a wire
   * story, the dateline, a space, then the text, so the parser finds the dateline as it would on
   * the wire.
   */
  public byte[] asRawArticle() {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("title", title);
    if (date != null && !date.isEmpty()) {
      json.put("date", date);
    }
    json.put("body", dateline.isEmpty() ? body : dateline + " " + body);
    try {
      return Json.mapper().writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
