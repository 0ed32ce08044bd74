package org.newsflow.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = NewsflowCli.class.getPackage().getImplementationVersion();
    return new String[] {"newsflow " + (version == null ? "development build" : version)
        + " (Java " + Runtime.version() + ")"};
  }
}
