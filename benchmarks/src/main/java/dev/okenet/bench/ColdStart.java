package dev.okenet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.ApiKey;
import dev.okenet.testkit.http.FakeOciServer;
import dev.okenet.testkit.http.OciHttpClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 18.6: how fast FakeOci starts, through the in-process door and as the standalone server
 * over HTTP with the SDK's real clients, in two situations a test meets:
 *
 * <ol>
 *   <li><b>Cold</b>: a fresh JVM ({@value #RUNS} of them per door, alternating): from {@code main}
 *       to the first answered request and to the end of the first apply of {@code prod} (resolving
 *       prod included in both), with the process's CPU time and classes loaded at the first answer.
 *       Paid once per JVM: Maven Surefire runs every test class of a module in one reused JVM.
 *   <li><b>Per test class</b>: in that same JVM, after the cold start, {@value #WARM_STARTS} more
 *       starts, each timed from nothing to its first answered request and closed: a new FakeOci;
 *       a new server (generating its {@value ApiKey#KEY_BITS}-bit key) with new SDK clients; the
 *       same with a key the suite generated once ({@code FakeOciServer.Builder.issuedKey}).
 * </ol>
 *
 * <p>Targets, and why. A test class of this project takes 0.42 s (oke-net-impl), 0.71 s
 * (oke-net-testkit) and 1.07 s (oke-net-testkit-kube) at the median (Surefire reports of main,
 * 2026-12-03). Starting a server per class should cost less than that class's tests: <b>a warm
 * start of the server with its clients, to the first answered request, within 250 ms at the
 * median</b> (with a key the suite holds; the run shows what generating a key adds), and a new
 * in-process fake within 25 ms. The cold start is paid once per JVM, mostly in class loading
 * that any client of the SDK pays as well: <b>the process's CPU time at the first HTTP answer
 * within 3 × the in-process door's</b>. CPU time and a ratio, because on this shared 2-core
 * machine wall time at a load of 20 measures the scheduler more than the work (wall times are
 * reported beside it).
 *
 * <pre>{@code
 * CP=benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)
 * java -cp $CP dev.okenet.bench.ColdStart benchmarks/target/results          # measure: coldstart.json, coldstart.md
 * java -cp $CP dev.okenet.bench.ColdStart report benchmarks/target/results benchmarks/RESULTS.md
 * }</pre>
 *
 * The second line replaces RESULTS.md's {@code coldstart} block with the table and touches nothing
 * else in the file.
 */
public final class ColdStart {
  static final int RUNS = 5;
  static final int WARM_STARTS = 7;
  static final double WARM_HTTP_TARGET_MS = 250;
  static final double WARM_IN_PROCESS_TARGET_MS = 25;
  static final double COLD_RATIO_TARGET = 3.0;
  /** The columns a child prints, in order, on its {@code coldstart} line. */
  static final List<String> COLUMNS = List.of("firstAnswerMs", "firstApplyMs", "cpuAtFirstAnswerMs",
      "classesAtFirstAnswer", "warmStartMs", "warmStartGivenKeyMs");

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("child")) {
      child(args[1]);
      return;
    }
    if (args.length == 3 && args[0].equals("report")) {
      report(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    String load = uptime();
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    runs.put("in-process", new ArrayList<>());
    runs.put("http", new ArrayList<>());
    for (int i = 0; i < RUNS; i++) {
      for (Map.Entry<String, List<double[]>> mode : runs.entrySet()) {
        mode.getValue().add(spawn(mode.getKey()));
      }
    }
    String loadAfter = uptime();
    String table = table(runs, load, loadAfter);
    System.out.println(table);
    if (args.length >= 1) {
      Path results = Path.of(args[0]);
      Files.createDirectories(results);
      Files.writeString(results.resolve("coldstart.md"), table);
      Files.writeString(results.resolve("coldstart.json"), json(runs, load, loadAfter));
    }
  }

  /** Writes {@code coldstart.md} of {@code results} into the {@code coldstart} block of {@code resultsMd}, nothing else. */
  static void report(Path results, Path resultsMd) throws IOException {
    Path table = results.resolve("coldstart.md");
    if (!Files.exists(table)) {
      throw new IllegalArgumentException("No " + table + ": run ColdStart " + results + " first.");
    }
    Files.writeString(resultsMd, Report.replace(Files.readString(resultsMd), Map.of("coldstart", Files.readString(table))));
  }

  static String table(Map<String, List<double[]>> runs, String load, String loadAfter) {
    double[] in = medians(runs.get("in-process"));
    double[] http = medians(runs.get("http"));
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Medians of %d fresh JVMs per door, run alternately; load average before: %s,"
        + " after: %s.%n%n", RUNS, load, loadAfter));
    md.append("| | in process | HTTP server + SDK clients | HTTP ÷ in process | target | met? |\n");
    md.append("|---|---:|---:|---:|---|---|\n");
    md.append(String.format(Locale.ROOT, "| cold: main to first answered request | %.0f ms | %.0f ms | %.1f × | | |%n",
        in[0], http[0], http[0] / in[0]));
    double cpuRatio = http[2] / in[2];
    md.append(String.format(Locale.ROOT, "| cold: CPU time of the process at the first answer | %.0f ms | %.0f ms | %.1f × | ≤ %.0f × | %s |%n",
        in[2], http[2], cpuRatio, COLD_RATIO_TARGET, cpuRatio <= COLD_RATIO_TARGET ? "met" : "missed"));
    md.append(String.format(Locale.ROOT, "| cold: classes loaded at the first answer | %.0f | %.0f | %.1f × | | |%n",
        in[3], http[3], http[3] / in[3]));
    md.append(String.format(Locale.ROOT, "| cold: main to first apply of prod done | %.0f ms | %.0f ms | %.1f × | | |%n",
        in[1], http[1], http[1] / in[1]));
    md.append(String.format(Locale.ROOT, "| per test class (warm JVM): start to first answered request, key generated"
        + " | %.1f ms | %.0f ms | %.0f × | | |%n", in[4], http[4], http[4] / in[4]));
    md.append(String.format(Locale.ROOT, "| per test class (warm JVM): the same, the suite's key given (`issuedKey`)"
        + " | %.1f ms | %.0f ms | %.0f × | ≤ %.0f ms in process, ≤ %.0f ms HTTP | %s |%n", in[5], http[5], http[5] / in[5],
        WARM_IN_PROCESS_TARGET_MS, WARM_HTTP_TARGET_MS,
        in[5] <= WARM_IN_PROCESS_TARGET_MS && http[5] <= WARM_HTTP_TARGET_MS ? "met" : "missed"));
    return md.toString();
  }

  private static String json(Map<String, List<double[]>> runs, String load, String loadAfter) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("runs", RUNS).put("warmStarts", WARM_STARTS).put("loadBefore", load).put("loadAfter", loadAfter);
    for (Map.Entry<String, List<double[]>> mode : runs.entrySet()) {
      ObjectNode node = root.putObject(mode.getKey());
      double[] medians = medians(mode.getValue());
      for (int c = 0; c < COLUMNS.size(); c++) {
        node.put(COLUMNS.get(c) + "Median", medians[c]);
        ArrayNode all = node.putArray(COLUMNS.get(c));
        for (double[] run : mode.getValue()) {
          all.add(run[c]);
        }
      }
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static String uptime() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double[] spawn(String mode) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(),
        "child", mode).redirectErrorStream(true).start();
    double[] result = null;
    List<String> output = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
        if (line.startsWith("coldstart ")) {
          result = Arrays.stream(line.substring("coldstart ".length()).split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
      }
    }
    if (process.waitFor() != 0 || result == null || result.length != COLUMNS.size()) {
      throw new IllegalStateException("The " + mode + " run failed (exit " + process.exitValue() + "): " + output);
    }
    return result;
  }

  private static void child(String mode) {
    long start = System.nanoTime();
    dev.okenet.OkeNetwork network = ReferenceNetworks.prod();
    ResolvedNetwork prod = network.resolve();
    ListVcnsRequest list = ListVcnsRequest.builder().compartmentId(network.compartmentId()).build();
    double firstAnswer;
    double cpu;
    double classes;
    ApplyResult result;
    if (mode.equals("in-process")) {
      try (FakeOci fake = FakeOci.create()) {
        fake.virtualNetwork().listVcns(list);
        firstAnswer = millisSince(start);
        cpu = processCpuMillis();
        classes = loadedClasses();
        result = apply(fake, OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork())
            .containerEngine(fake.containerEngine()).networkLoadBalancer(fake.networkLoadBalancer())
            .identity(fake.identity()), prod);
      }
    } else {
      try (FakeOciServer server = FakeOciServer.builder().start();
          OciHttpClients clients = OciHttpClients.builder(server).build()) {
        clients.virtualNetwork().listVcns(list);
        firstAnswer = millisSince(start);
        cpu = processCpuMillis();
        classes = loadedClasses();
        result = apply(server.fake(), OciNetworkProvider.builder().virtualNetwork(clients.virtualNetwork())
            .containerEngine(clients.containerEngine()).networkLoadBalancer(clients.networkLoadBalancer())
            .identity(clients.identity()), prod);
      }
    }
    if (!result.isSuccess()) {
      throw new IllegalStateException("prod did not apply: " + result);
    }
    double firstApply = millisSince(start);
    ApiKey suiteKey = ApiKey.generate();
    double[] generated = new double[WARM_STARTS];
    double[] given = new double[WARM_STARTS];
    for (int i = 0; i < WARM_STARTS; i++) {
      generated[i] = mode.equals("in-process") ? startInProcess(list) : startServer(list, null);
      given[i] = mode.equals("in-process") ? startInProcess(list) : startServer(list, suiteKey);
    }
    System.out.printf(Locale.ROOT, "coldstart %.1f %.1f %.1f %.0f %.2f %.2f%n", firstAnswer, firstApply, cpu, classes,
        median(generated), median(given));
  }

  /** A new fake to its first answer, closed: what a test class that makes its own fake pays. */
  private static double startInProcess(ListVcnsRequest list) {
    long start = System.nanoTime();
    try (FakeOci fake = FakeOci.create()) {
      fake.virtualNetwork().listVcns(list);
      return millisSince(start);
    }
  }

  /** A new server and clients to the first answer, closed; {@code key} null: the server generates its own. */
  private static double startServer(ListVcnsRequest list, ApiKey key) {
    long start = System.nanoTime();
    FakeOciServer.Builder builder = FakeOciServer.builder();
    if (key != null) {
      builder.issuedKey(key);
    }
    try (FakeOciServer server = builder.start(); OciHttpClients clients = OciHttpClients.builder(server).build()) {
      clients.virtualNetwork().listVcns(list);
      return millisSince(start);
    }
  }

  private static ApplyResult apply(FakeOci fake, OciNetworkProvider.Builder builder, ResolvedNetwork prod) {
    try (OciNetworkProvider provider = builder.retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy())).build()) {
      return provider.apply(provider.plan(prod));
    }
  }

  private static double processCpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e6;
    }
    return Double.NaN;
  }

  private static double loadedClasses() {
    return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static double[] medians(List<double[]> runs) {
    double[] medians = new double[COLUMNS.size()];
    for (int c = 0; c < medians.length; c++) {
      int column = c;
      medians[c] = median(runs.stream().mapToDouble(run -> run[column]).toArray());
    }
    return medians;
  }
}
