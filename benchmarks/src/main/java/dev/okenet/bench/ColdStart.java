package dev.okenet.bench;

import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.FakeOciServer;
import dev.okenet.testkit.http.OciHttpClients;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 18.6: how fast FakeOci starts, in a fresh JVM each time (cold: class loading, JIT and
 * key generation included), through the in-process door and as the standalone server over HTTP
 * with the SDK's real clients: time from {@code main} to the first answered request, and to the
 * end of the first apply of {@code prod}. Runs the two modes alternately, {@value #RUNS} times
 * each, and prints medians and the HTTP/in-process ratios.
 *
 * <p>Target, and why: the server is meant to be started once per test class. A test class of
 * this project takes 0.5 to 10 s; a start that costs more than a second would dominate the short
 * ones. So: <b>first answered request over HTTP within 1.5 s of main, and within 3 × the
 * in-process door's</b> (the server's 2048-bit key and the SDK's client stack are the price of a
 * real client; both are paid once per class).
 *
 * <pre>{@code
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) dev.okenet.bench.ColdStart
 * }</pre>
 */
public final class ColdStart {
  static final int RUNS = 5;

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("child")) {
      child(args[1]);
      return;
    }
    List<double[]> inProcess = new ArrayList<>();
    List<double[]> http = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      inProcess.add(spawn("in-process"));
      http.add(spawn("http"));
    }
    double answerIn = median(inProcess, 0);
    double applyIn = median(inProcess, 1);
    double answerHttp = median(http, 0);
    double applyHttp = median(http, 1);
    System.out.println("| cold start (fresh JVM, median of " + RUNS + ") | in process | HTTP server + SDK clients | ratio |");
    System.out.println("|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| main to first answered request | %.0f ms | %.0f ms | %.1f × |%n", answerIn, answerHttp,
        answerHttp / answerIn);
    System.out.printf(Locale.ROOT, "| main to first apply of prod done | %.0f ms | %.0f ms | %.1f × |%n", applyIn, applyHttp,
        applyHttp / applyIn);
    System.out.printf(Locale.ROOT, "target: first HTTP answer <= 1500 ms and <= 3 x in process: %s%n",
        answerHttp <= 1500 && answerHttp <= 3 * answerIn ? "met" : "MISSED");
  }

  private static double[] spawn(String mode) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(),
        "child", mode).redirectErrorStream(true).start();
    double[] result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("coldstart ")) {
          String[] parts = line.split(" ");
          result = new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException("The " + mode + " run failed (exit " + process.exitValue() + ")");
    }
    return result;
  }

  private static void child(String mode) {
    long start = System.nanoTime();
    dev.okenet.OkeNetwork network = ReferenceNetworks.prod();
    ResolvedNetwork prod = network.resolve();
    ListVcnsRequest list = ListVcnsRequest.builder().compartmentId(network.compartmentId()).build();
    double firstAnswer;
    ApplyResult result;
    if (mode.equals("in-process")) {
      try (FakeOci fake = FakeOci.create()) {
        fake.virtualNetwork().listVcns(list);
        firstAnswer = millisSince(start);
        result = apply(fake, OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork())
            .containerEngine(fake.containerEngine()).networkLoadBalancer(fake.networkLoadBalancer())
            .identity(fake.identity()), prod);
      }
    } else {
      try (FakeOciServer server = FakeOciServer.builder().start();
          OciHttpClients clients = clientsAfter(start, server)) {
        clients.virtualNetwork().listVcns(list);
        firstAnswer = millisSince(start);
        result = apply(server.fake(), OciNetworkProvider.builder().virtualNetwork(clients.virtualNetwork())
            .containerEngine(clients.containerEngine()).networkLoadBalancer(clients.networkLoadBalancer())
            .identity(clients.identity()), prod);
      }
    }
    if (!result.isSuccess()) {
      throw new IllegalStateException("prod did not apply: " + result);
    }
    System.out.printf(Locale.ROOT, "coldstart %.1f %.1f%n", firstAnswer, millisSince(start));
  }

  /** The clients, after reporting how long the server took to listen (on standard error, for the breakdown). */
  private static OciHttpClients clientsAfter(long start, FakeOciServer server) {
    System.err.printf(Locale.ROOT, "server listening after %.0f ms%n", millisSince(start));
    OciHttpClients clients = OciHttpClients.builder(server).build();
    System.err.printf(Locale.ROOT, "SDK clients built after %.0f ms%n", millisSince(start));
    return clients;
  }

  private static ApplyResult apply(FakeOci fake, OciNetworkProvider.Builder builder, ResolvedNetwork prod) {
    try (OciNetworkProvider provider = builder.retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy())).build()) {
      return provider.apply(provider.plan(prod));
    }
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<double[]> runs, int column) {
    double[] values = runs.stream().mapToDouble(run -> run[column]).sorted().toArray();
    return values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }

}
