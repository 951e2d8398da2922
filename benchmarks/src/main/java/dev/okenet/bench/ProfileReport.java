package dev.okenet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an apply's CPU time goes, from the JFR recordings JMH's {@code -prof jfr} makes of {@code
 * FakeOciBenchmark.applyInProcess} (one per version): of the execution samples taken inside the
 * apply (a frame of {@code Applier} or {@code OciNetworkProvider.apply}; the per-invocation setup is
 * left out), the share whose stack passes through each area, and the methods most often on top.
 * Areas nest, so shares do not add up to 100%. Output: Markdown, one column per recording.
 *
 * <pre>{@code
 * java -cp "$CP" dev.okenet.bench.ProfileReport benchmarks/target/results/jfr > profile.md
 * }</pre>
 */
public final class ProfileReport {
  /** An area of the apply: a label and the frame (class.method prefix) that marks it. */
  record Area(String label, String frame) {}

  static final List<Area> AREAS = List.of(
      new Area("tasks on the apply's worker threads (`Applier.run`)", "dev.okenet.oci.internal.apply.Applier.run"),
      new Area("FakeOci's dispatch (`ServiceProxy.invoke`)", "dev.okenet.testkit.internal.dispatch.ServiceProxy.invoke"),
      new Area("&nbsp;&nbsp;FakeOci's handlers (`OperationTable$Entry.invoke`)",
          "dev.okenet.testkit.internal.dispatch.OperationTable$Entry.invoke"),
      new Area("&nbsp;&nbsp;nodes taking their addresses (`Scheduler.runDue`)", "dev.okenet.testkit.internal.state.Scheduler.runDue"),
      new Area("&nbsp;&nbsp;building SDK responses (`ResponseFactory.build`)",
          "dev.okenet.testkit.internal.dispatch.ResponseFactory.build"),
      new Area("&nbsp;&nbsp;call log fields (`RequestFields`)", "dev.okenet.testkit.internal.dispatch.RequestFields."),
      new Area("&nbsp;&nbsp;rendering models in their state (`Part.render`)", "dev.okenet.testkit.internal.state.Part.render"),
      new Area("the provider's waits (SDK waiters, `CloudContext.await`)", "dev.okenet.oci.internal.cloud.CloudContext.await"),
      new Area("the provider's NSG rule sync (`NsgHandler.syncRules`)", "dev.okenet.oci.internal.cloud.NsgHandler.syncRules"),
      new Area("the apply's inventory read (`Inventory.read`)", "dev.okenet.oci.internal.cloud.Inventory.read"),
      new Area("the applier's own walk (`Applier.apply`, outside tasks)", null),
      new Area("SDK model builders, anywhere (`ExplicitlySetBmcModel`)", "com.oracle.bmc.http.client.internal.ExplicitlySetBmcModel."),
      new Area("reflection, anywhere (`Method.invoke`)", "java.lang.reflect.Method.invoke"),
      new Area("regular expressions, anywhere (`java.util.regex`)", "java.util.regex."));

  private ProfileReport() {}

  /** One recording's counts. */
  record Profile(String name, int samples, Map<String, Integer> byArea, Map<String, Integer> onTop) {}

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
    int samples = 0;
    Map<String, Integer> byArea = new LinkedHashMap<>();
    Map<String, Integer> onTop = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<String> frames = event.getStackTrace().getFrames().stream().map(ProfileReport::name).toList();
      boolean inTask = frames.stream().anyMatch(f -> f.startsWith("dev.okenet.oci.internal.apply.Applier.run"));
      boolean inApply = inTask || frames.stream().anyMatch(f -> f.startsWith("dev.okenet.oci.internal.apply.Applier.")
          || f.startsWith("dev.okenet.oci.OciNetworkProvider.apply"));
      if (!inApply || frames.isEmpty()) {
        continue;
      }
      samples++;
      Set<String> hit = new HashSet<>();
      for (Area area : AREAS) {
        boolean in = area.frame() == null ? !inTask && frames.stream().anyMatch(f -> f.startsWith("dev.okenet.oci.internal.apply.Applier.apply"))
            && frames.stream().noneMatch(f -> f.startsWith("dev.okenet.oci.internal.cloud.Inventory.read"))
            : frames.stream().anyMatch(f -> f.startsWith(area.frame()));
        if (in && hit.add(area.label())) {
          byArea.merge(area.label(), 1, Integer::sum);
        }
      }
      onTop.merge(frames.get(0), 1, Integer::sum);
    }
    String name = file.getParent().getFileName().toString();
    return new Profile(name, samples, byArea, onTop);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  static String markdown(List<Profile> profiles) {
    StringBuilder md = new StringBuilder();
    md.append("| share of the apply's CPU samples | ")
        .append(profiles.stream().map(p -> versionOf(p.name())).collect(Collectors.joining(" | "))).append(" |\n");
    md.append("|---|").append("---:|".repeat(profiles.size())).append('\n');
    md.append("| samples inside the apply | ")
        .append(profiles.stream().map(p -> String.valueOf(p.samples())).collect(Collectors.joining(" | "))).append(" |\n");
    for (Area area : AREAS) {
      md.append("| ").append(area.label()).append(" | ")
          .append(profiles.stream().map(p -> percent(p.byArea().getOrDefault(area.label(), 0), p.samples()))
              .collect(Collectors.joining(" | ")))
          .append(" |\n");
    }
    md.append('\n');
    for (Profile p : profiles) {
      md.append("Most often on top of the stack, ").append(versionOf(p.name())).append(": ");
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
