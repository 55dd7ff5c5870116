package org.quarksbench.cli;

import java.util.concurrent.Callable;
import org.quarksbench.server.ServerMain;
import org.quarksbench.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code quarks-bench serve}: runs the reference servers in the foreground until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the centralized server and the quarks network on loopback until Ctrl-C or SIGTERM."
        + " Prints one line naming the URLs once every node is ready.")
public final class ServeCommand implements Callable<Integer> {
  @Mixin
  private ServerOptions options = new ServerOptions();

  @Override
  public Integer call() {
    return ServerMain.serve(options, System.out, System.err);
  }
}
