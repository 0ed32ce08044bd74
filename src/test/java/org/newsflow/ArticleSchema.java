package org.newsflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.newsflow.model.Json;

/** The published JSON Schema of enriched articles, for validating real outputs in tests. */
public final class ArticleSchema {

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ArticleSchema.class.getResourceAsStream("/schema/enriched-article.schema.json"));

  private ArticleSchema() {}

  public static Set<ValidationMessage> errors(byte[] json) throws java.io.IOException {
    JsonNode node = Json.mapper().readTree(json);
    return SCHEMA.validate(node);
  }
}
