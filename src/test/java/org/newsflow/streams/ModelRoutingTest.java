package org.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.Fixtures.utf8;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.newsflow.Fixtures;
import org.newsflow.kafka.Topics;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.route.Router;
import org.newsflow.tag.BundledModel;
import org.newsflow.tag.CompositeTagger;
import org.newsflow.tag.model.ModelTagger;
import org.newsflow.tag.model.Trainer;

/** A newsroom's trained model in the production topology: its labels become routes. */
class ModelRoutingTest {

  @Test
  void aTrainedModelsLabelsBecomeTopicRoutesBesideIptc() {
    var model = new ModelTagger(Trainer.train(Fixtures.inventedCorpus(), Trainer.Options.defaults(), "newsroom"));
    var tagger = new CompositeTagger(List.of(BundledModel.standardTagger(), model));
    var router = new Router(tagger.taxonomy(), 0.5);
    assertThat(Topics.all(tagger.taxonomy())).contains(Topics.routed("money-fx").name(), Topics.routed("sport").name());

    var topology = NewsTopology.build(new Annotator(new ArticleParser(), Fixtures.enricher(), tagger), router);
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-model-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (var driver = new TopologyTestDriver(topology, StreamsApp.streamsConfig(config))) {
      var raw = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
      var moneyFx = driver.createOutputTopic(Topics.routed("money-fx").name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
      raw.pipeInput("fx-1", utf8("LONDON (Reuters) - Investors sold shares and bonds as the central bank raised rates "
          + "and bond yields rose on inflation; the company reported quarterly earnings as profits slipped."));
      assertThat(moneyFx.readKeyValue().key).isEqualTo("fx-1");
      assertThat(moneyFx.isEmpty()).isTrue();
    }
  }
}
