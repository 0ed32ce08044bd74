package org.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
  COUNTRY, REGION, CITY;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PlaceKind parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
