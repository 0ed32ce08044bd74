package org.newsflow.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsflow.model.Json;

/**
 * Small invented wire stories in newsflow's JSON article format, each with an id of its own: a
 * dateline city, a desk (sport, markets, weather, politics, health, courts, culture) and a few
 * sentences with people, organizations, numbers and a quote, so they are parsed, enriched, tagged
 * and routed like real copy while staying a few hundred bytes long.
 */
final class WireStories {

  /**
   * One story: its id (also its Kafka key), the JSON bytes published to news.raw, and its text
   * without the id (stories with the same text are annotated and routed alike).
   */
  record Story(String id, byte[] raw, String text) {}

  private record Place(String dateline, String country) {}

  private static final Place[] PLACES = {new Place("LONDON (Reuters)", "Britain"),
      new Place("PARIS (AP)", "France"), new Place("NAIROBI, Kenya (AP)", "Kenya"),
      new Place("TOKYO (Reuters)", "Japan"), new Place("SYDNEY (AP)", "Australia"),
      new Place("BERLIN (Reuters)", "Germany"), new Place("MADRID (AP)", "Spain"),
      new Place("TORONTO (Reuters)", "Canada"), new Place("MUMBAI, India (Reuters)", "India"),
      new Place("CHICAGO (AP)", "the United States")};
  private static final String[] PEOPLE = {"Maria Okafor", "James Whitfield", "Aiko Tanaka", "Pierre Lambert",
      "Sofia Castillo", "David Mensah", "Hannah Berger", "Rahul Mehta", "Grace O'Neill", "Lukas Novak"};
  private static final String[] ORGS = {"Northwind Holdings", "the National Health Service", "Meridian Bank",
      "the Ministry of Finance", "Atlas Motors", "the Supreme Court", "City Museum", "Harbor Energy"};

  /** Per desk: a headline (person, country) and a body (subject, number, person quoted). */
  private static final String[][] DESKS = {
      {"%1$s scores twice as %2$s side wins the cup final",
          "%1$s scored twice in the second half as the home side beat their rivals 3-%2$d in the cup final. "
              + "The coach praised the defence and the fans who filled the stadium. "
              + "\"We played as a team from the first whistle,\" %3$s said after the match."},
      {"%2$s shares fall after profit warning",
          "Shares in %1$s fell %2$d percent after the company cut its full-year profit forecast, citing weaker "
              + "demand and higher costs. Investors sold the stock and analysts lowered their targets. "
              + "\"The market had expected a stronger quarter,\" said %3$s, an analyst."},
      {"Storm warning for %2$s as heavy rain moves in",
          "Forecasters warned %1$s that heavy rain and strong winds would bring up to %2$d millimetres of rain "
              + "overnight. Flights were cancelled and schools closed. "
              + "\"Stay indoors if you can,\" said %3$s of the weather service."},
      {"%1$s wins budget vote in %2$s parliament",
          "Lawmakers approved the government's budget after a long debate, handing %1$s a victory by %2$d votes. "
              + "The opposition said the plan would raise taxes on families. "
              + "\"This election promise has been kept,\" %3$s told reporters."},
      {"Measles cases rise in %2$s, doctors urge vaccination",
          "Health officials at %1$s reported %2$d new measles cases and urged parents to vaccinate children, "
              + "as hospitals opened extra clinics. Doctors said the vaccine is safe. "
              + "\"Vaccination is the best protection,\" said %3$s, a public health doctor."},
      {"%1$s charged with fraud in %2$s",
          "Prosecutors charged %1$s with fraud and money laundering after a two-year police investigation. "
              + "The court set bail at %2$d thousand dollars and the trial is due next year. "
              + "\"My client denies every charge,\" lawyer %3$s said."},
      {"%2$s museum opens exhibition of %1$s's work",
          "The museum opened an exhibition of paintings and sculpture by %1$s, with %2$d works lent by galleries. "
              + "Critics praised the show and the festival drew large crowds. "
              + "\"Art belongs to everyone,\" curator %3$s said at the opening."}};

  private WireStories() {}

  /**
   * {@code count} stories with ids {@code prefix-000001}, ..., each telling one of {@code texts}
   * stories varied by a seeded random (a few hundred texts keep the expected routes quick to
   * compute; every story still travels through the pipeline on its own).
   */
  static List<Story> generate(String prefix, int count, int texts, long seed) {
    Random random = new Random(seed);
    List<ObjectNode> variants = new ArrayList<>(texts);
    for (int i = 0; i < texts; i++) {
      variants.add(variant(random));
    }
    List<Story> stories = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      ObjectNode text = variants.get(random.nextInt(texts));
      String id = String.format(Locale.ROOT, "%s-%06d", prefix, i);
      ObjectNode json = Json.mapper().createObjectNode().put("id", id);
      json.setAll(text);
      try {
        stories.add(new Story(id, Json.mapper().writeValueAsBytes(json), text.toString()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return stories;
  }

  private static ObjectNode variant(Random random) {
    Place place = PLACES[random.nextInt(PLACES.length)];
    String[] desk = DESKS[random.nextInt(DESKS.length)];
    String person = PEOPLE[random.nextInt(PEOPLE.length)];
    String quoted = PEOPLE[random.nextInt(PEOPLE.length)];
    String org = ORGS[random.nextInt(ORGS.length)];
    int number = 1 + random.nextInt(90);
    String title = String.format(Locale.ROOT, desk[0], person, place.country());
    String subject = random.nextBoolean() ? person : org;
    String body = String.format(Locale.ROOT, desk[1], subject, number, quoted);
    return Json.mapper().createObjectNode()
        .put("title", title)
        .put("date", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)).toString())
        .put("dateline", place.dateline())
        .put("body", body);
  }
}
