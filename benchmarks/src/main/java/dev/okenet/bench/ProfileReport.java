package dev.okenet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an apply's CPU time goes, from the JFR recordings JMH's {@code -prof jfr} makes of {@code
 * FakeOciBenchmark.applyInProcess} and {@code applyOverHttp} (one per version): of the execution
 * samples taken inside the apply (in process: a frame of {@code Applier} or {@code
 * OciNetworkProvider.apply}, so the per-invocation setup is left out; over HTTP: a frame of oke-net,
 * FakeOci or the SDK's HTTP stack, on any thread), the share whose stack passes through each area,
 * and the methods most often on top. Areas nest, so shares do not add up to 100%. Output: Markdown,
 * one table per benchmark, one column per version.
 *
 * <pre>{@code
 * java -cp "$CP" dev.okenet.bench.ProfileReport benchmarks/target/results/jfr > profile.md
 * }</pre>
 */
public final class ProfileReport {
  /** An area of the apply: a label, and which stacks (frame names, leaf first) are in it. */
  record Area(String label, Predicate<List<String>> contains) {
    static Area through(String label, String framePrefix) {
      return new Area(label, frames -> frames.stream().anyMatch(f -> f.startsWith(framePrefix)));
    }
  }

  private static final String APPLIER = "dev.okenet.oci.internal.apply.Applier.";

  /** Areas of an in-process apply; its samples are those with a frame of the applier or of OciNetworkProvider.apply. */
  static final List<Area> IN_PROCESS = List.of(
      Area.through("tasks on the apply's worker threads (`Applier.run`)", APPLIER + "run"),
      Area.through("FakeOci's dispatch (`ServiceProxy`)", "dev.okenet.testkit.internal.dispatch.ServiceProxy."),
      Area.through("&nbsp;&nbsp;FakeOci's handlers (`OperationTable$Entry.invoke`)",
          "dev.okenet.testkit.internal.dispatch.OperationTable$Entry.invoke"),
      Area.through("&nbsp;&nbsp;nodes taking their addresses (`Scheduler.runDue`)", "dev.okenet.testkit.internal.state.Scheduler.runDue"),
      Area.through("&nbsp;&nbsp;building SDK responses (`ResponseFactory.build`)",
          "dev.okenet.testkit.internal.dispatch.ResponseFactory.build"),
      Area.through("&nbsp;&nbsp;call log fields (`RequestFields`)", "dev.okenet.testkit.internal.dispatch.RequestFields."),
      Area.through("&nbsp;&nbsp;rendering models in their state (`Part.render`)", "dev.okenet.testkit.internal.state.Part.render"),
      Area.through("the provider's waits (SDK waiters, `CloudContext.await`)", "dev.okenet.oci.internal.cloud.CloudContext.await"),
      Area.through("the provider's NSG rule sync (`NsgHandler.syncRules`)", "dev.okenet.oci.internal.cloud.NsgHandler.syncRules"),
      Area.through("the apply's inventory read (`Inventory.read`)", "dev.okenet.oci.internal.cloud.Inventory.read"),
      new Area("the applier's own walk (`Applier.apply`, outside tasks and the inventory read)",
          frames -> frames.stream().noneMatch(f -> f.startsWith(APPLIER + "run"))
              && frames.stream().anyMatch(f -> f.startsWith(APPLIER + "apply"))
              && frames.stream().noneMatch(f -> f.startsWith("dev.okenet.oci.internal.cloud.Inventory.read"))),
      Area.through("SDK model builders, anywhere (`ExplicitlySetBmcModel`)", "com.oracle.bmc.http.client.internal.ExplicitlySetBmcModel."),
      new Area("reflection called by oke-net or the SDK (`Method.invoke`)", ProfileReport::reflectionByCode),
      Area.through("regular expressions, anywhere (`java.util.regex`)", "java.util.regex."));

  /** Areas of an apply over HTTP; its samples are those with a frame of oke-net, FakeOci or the SDK's HTTP stack. */
  static final List<Area> OVER_HTTP = List.of(
      Area.through("the calling side: the apply's worker threads (`Applier.run`)", APPLIER + "run"),
      new Area("the SDK's HTTP client (Jersey, Apache HttpClient, signing, JSON), any thread", frames -> frames.stream()
          .anyMatch(f -> f.startsWith("org.glassfish.jersey.") || f.startsWith("org.apache.http.")
              || f.startsWith("com.oracle.bmc.http."))),
      Area.through("&nbsp;&nbsp;signing requests (`RequestSignerImpl`)", "com.oracle.bmc.http.signing."),
      Area.through("FakeOci's HTTP door (`WireServer`), its own threads", "dev.okenet.testkit.internal.door.WireServer."),
      new Area("&nbsp;&nbsp;reading requests (`WireServer.readHeaders`, `OperationBinding.request`)", frames -> frames.stream()
          .anyMatch(f -> f.startsWith("dev.okenet.testkit.internal.door.WireServer.readHeaders")
              || f.startsWith("dev.okenet.testkit.internal.door.OperationBinding.request"))),
      Area.through("&nbsp;&nbsp;checking signatures (`Authenticator.check`)", "dev.okenet.testkit.internal.door.Authenticator.check"),
      Area.through("&nbsp;&nbsp;FakeOci's dispatch (`ServiceProxy`)", "dev.okenet.testkit.internal.dispatch.ServiceProxy."),
      Area.through("&nbsp;&nbsp;writing answers as JSON (`Answer.response`)", "dev.okenet.testkit.internal.door.Answer.response"));

  private static boolean reflectionByCode(List<String> frames) {
    for (int i = 0; i + 1 < frames.size(); i++) {
      if (frames.get(i).equals("java.lang.reflect.Method.invoke")) {
        String caller = frames.get(i + 1);
        if (caller.startsWith("dev.okenet.") || caller.startsWith("com.oracle.bmc.")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inApply(List<String> frames) {
    return frames.stream().anyMatch(f -> f.startsWith(APPLIER) || f.startsWith("dev.okenet.oci.OciNetworkProvider.apply"));
  }

  private static boolean inHttpApply(List<String> frames) {
    return frames.stream().anyMatch(f -> f.startsWith("dev.okenet.") && !f.startsWith("dev.okenet.bench.")
        || f.startsWith("org.glassfish.jersey.") || f.startsWith("org.apache.http.") || f.startsWith("com.oracle.bmc."));
  }

  private ProfileReport() {}

  /** One recording's counts. */
  record Profile(String name, boolean http, int samples, Map<String, Integer> byArea, Map<String, Integer> onTop) {}

  /** Prints the tables for every {@code *.jfr} under the directory given. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results/jfr");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No .jfr recordings under " + dir + "; run JMH with -prof jfr first.");
    }
    List<Profile> profiles = new ArrayList<>();
    for (Path file : files) {
      profiles.add(read(file));
    }
    System.out.print(markdown(profiles));
  }

  static Profile read(Path file) throws IOException {
    String name = file.getParent().getFileName().toString();
    boolean http = name.contains("OverHttp");
    List<Area> areas = http ? OVER_HTTP : IN_PROCESS;
    int samples = 0;
    Map<String, Integer> byArea = new LinkedHashMap<>();
    Map<String, Integer> onTop = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<String> frames = event.getStackTrace().getFrames().stream().map(ProfileReport::name).toList();
      if (frames.isEmpty() || !(http ? inHttpApply(frames) : inApply(frames))) {
        continue;
      }
      samples++;
      for (Area area : areas) {
        if (area.contains().test(frames)) {
          byArea.merge(area.label(), 1, Integer::sum);
        }
      }
      onTop.merge(frames.get(0), 1, Integer::sum);
    }
    return new Profile(name, http, samples, byArea, onTop);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  static String markdown(List<Profile> profiles) {
    StringBuilder md = new StringBuilder();
    for (boolean http : new boolean[] {false, true}) {
      List<Profile> group = profiles.stream().filter(p -> p.http() == http).sorted(
          java.util.Comparator.comparing((Profile p) -> versionOf(p.name())).reversed()).toList();
      if (!group.isEmpty()) {
        md.append(table(group, http ? OVER_HTTP : IN_PROCESS, http ? "`applyOverHttp`" : "`applyInProcess`"));
      }
    }
    return md.toString();
  }

  private static String table(List<Profile> profiles, List<Area> areas, String benchmark) {
    StringBuilder md = new StringBuilder();
    md.append("| ").append(benchmark).append(": share of the CPU samples | ")
        .append(profiles.stream().map(p -> versionOf(p.name())).collect(Collectors.joining(" | "))).append(" |\n");
    md.append("|---|").append("---:|".repeat(profiles.size())).append('\n');
    md.append("| samples | ")
        .append(profiles.stream().map(p -> String.valueOf(p.samples())).collect(Collectors.joining(" | "))).append(" |\n");
    for (Area area : areas) {
      md.append("| ").append(area.label()).append(" | ")
          .append(profiles.stream().map(p -> percent(p.byArea().getOrDefault(area.label(), 0), p.samples()))
              .collect(Collectors.joining(" | ")))
          .append(" |\n");
    }
    md.append('\n');
    for (Profile p : profiles) {
      md.append("Most often on top of the stack in ").append(benchmark).append(", ").append(versionOf(p.name())).append(": ");
      md.append(p.onTop().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
          .map(e -> "`" + shortName(e.getKey()) + "` " + percent(e.getValue(), p.samples()))
          .collect(Collectors.joining(", ")));
      md.append(".\n\n");
    }
    return md.toString();
  }

  /** "before" or "after" from JMH's recording folder name (…-code-after), else the folder name. */
  static String versionOf(String folder) {
    int at = folder.lastIndexOf("code-");
    return at < 0 ? folder : folder.substring(at + "code-".length());
  }

  private static String shortName(String method) {
    int dot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
    return dot < 0 ? method : method.substring(dot + 1);
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }
}
