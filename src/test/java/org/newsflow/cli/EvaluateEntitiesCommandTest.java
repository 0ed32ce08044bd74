package org.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateEntitiesCommandTest {

  @Test
  void scoresAHandMadeReutersStyleFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stories.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"s1\", \"date\": \"1987-03-02T10:00:00\", \"title\": \"NORDIC FERRY LINE EXPANDS\", "
            + "\"dateline\": \"OSLO, March 2 -\", \"places\": [\"norway\", \"sweden\"], \"people\": [\"lund\"], "
            + "\"orgs\": [], \"body\": \"Nordic Ferry Line said it would add a route to Sweden. "
            + "Transport Minister Kari Lund said the route to Sweden would open in May.\\n Reuter\"}",
        "{\"id\": \"s2\", \"title\": \"EMPTY\", \"dateline\": \"\", \"places\": [\"usa\"], \"people\": [], "
            + "\"orgs\": [], \"body\": \"\"}"), StandardCharsets.UTF_8);
    CommandLine cli = NewsflowCli.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));

    int code = cli.execute("evaluate", "entities", "--corpus", file.toString(), "--format", "reuters");

    assertThat(code).isZero();
    // One story with a body: Oslo (NO) and Sweden found; Kari Lund is "lund"; the dateline resolves.
    assertThat(out.toString())
        .contains("1 stories")
        .containsPattern("place countries, all\\s+1\\.0000\\s+1\\.0000")
        .containsPattern("people \\(PEOPLE\\)\\s+1\\.0000\\s+1\\.0000")
        .contains("dateline city found         1.0000 (1 of 1")
        .contains("language (en)               1.0000 (1 of 1)")
        .contains("articles per CPU-second");
  }
}
