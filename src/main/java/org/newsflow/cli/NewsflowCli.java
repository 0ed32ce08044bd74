package org.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command and its sub-commands. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Streaming news processing on Apache Kafka: parse, enrich, tag with IPTC Media Topics, route.",
    subcommands = {DemoCommand.class, BrokerCommand.class, TopicsCommand.class, PublishCommand.class,
        RunCommand.class, ConsumeCommand.class, AnnotateCommand.class, BenchCommand.class, TrainCommand.class, EvaluateCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsflowCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing sub-command");
  }

  public static CommandLine commandLine() {
    return new CommandLine(new NewsflowCli())
        .setExecutionExceptionHandler((e, cmd, parseResult) -> {
          cmd.getErr().println(cmd.getColorScheme().errorText("newsflow: " + describe(e)));
          return 2;
        });
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
