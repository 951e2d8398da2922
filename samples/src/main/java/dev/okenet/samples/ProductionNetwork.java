package dev.okenet.samples;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Report;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Reachability;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.render.MermaidDiagram;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.vcn.Port;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The README's main job, on the reference network {@code prod}: validate, plan capacity, plan,
 * apply to FakeOci with a live progress display (OCI's real provisioning times on a fast virtual
 * clock), re-plan ("No changes"), render the Kubernetes YAML, answer three reachability questions
 * with their traces, and write a Mermaid diagram of the network.
 *
 * <pre>{@code
 * mvn -q -B -DskipTests -pl samples -am package exec:java                                    # FakeOci, realistic latency
 * mvn -q -B -DskipTests -pl samples -am package exec:java -Dexec.args="--latency none"
 * mvn -q -B -DskipTests -pl samples -am package exec:java -Dexec.args="--oci-profile DEFAULT"  # plan against a tenancy
 * }</pre>
 */
public final class ProductionNetwork {
  private final PrintStream out;

  ProductionNetwork(PrintStream out) {
    this.out = out;
  }

  /** Runs the sample; see the class documentation for the options. */
  public static void main(String[] args) {
    SampleOptions options;
    try {
      options = SampleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    int status = new ProductionNetwork(System.out).run(ReferenceNetworks.prod(), options);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs every step for {@code network}; returns 0 when everything went as planned. */
  int run(OkeNetwork network, SampleOptions options) {
    heading("oke-net: the reference network '" + network.name() + "' (" + network.region() + ", "
        + network.podNetworking().cni() + ", " + network.cluster().policyEngine() + ")");

    heading("1. Validate");
    Report report = network.validate();
    out.println(report.render());
    if (!report.isValid()) {
      out.println("The network has errors; not planning it.");
      return 1;
    }

    heading("2. Capacity");
    out.println(network.capacity().render());

    ResolvedNetwork net = network.resolve();
    if (options.ociProfile().isPresent()) {
      return againstTenancy(net, options);
    }
    FakeOci fake = options.realisticLatency()
        ? FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()
        : FakeOci.create();
    try (fake; OciNetworkProvider provider = fakeProvider(fake, options.realisticLatency())) {
      heading("3. Plan (against FakeOci, an in-memory OCI)");
      Plan plan = provider.plan(net);
      out.println(plan.render());

      heading("4. Apply" + (options.realisticLatency() ? " (OCI's real provisioning times on a virtual clock)" : ""));
      ApplyResult result = provider.apply(plan);
      Duration virtual = fake.clock().elapsed();
      out.printf("%n  %d changes applied, %d failed, %d not attempted; %d API calls; %s%n", result.succeeded().size(),
          result.failed().size(), result.notAttempted().size(), result.apiCallCount(),
          options.realisticLatency() ? "virtual makespan " + seconds(virtual) : "real time " + seconds(result.elapsed()));
      if (!result.isSuccess()) {
        result.failed().forEach(f -> out.println("  ✗ " + f));
        return 1;
      }

      heading("5. Re-plan");
      Plan again = provider.plan(net);
      out.println(again.render());

      heading("6. Kubernetes manifests (subnet and NSG OCIDs from the apply)");
      String yaml = Manifests.of(net, AppliedIds.of(result.idsByKey())).toYaml();
      out.println(yaml);
      write(options.outputDir().resolve(network.name() + "-manifests.yaml"), yaml);

      heading("7. Reachability");
      Reachability reach = net.reachability();
      out.println(reach.from(Endpoint.internet()).to(Endpoint.service("ingress-nginx", "controller")).on(Port.tcp(443)).render());
      out.println(reach.from(Endpoint.onPremises()).to(Endpoint.apiEndpoint()).on(Port.tcp(6443)).render());
      // The public NLB of shop/web preserves the client's address, and shop's policies only admit
      // ingress-nginx: the trace shows which policy drops it and how to fix it.
      out.println(reach.from(Endpoint.internet()).to(Endpoint.service("shop", "web")).on(Port.tcp(443)).render());

      heading("8. Diagram");
      Path diagram = options.outputDir().resolve(network.name() + "-network.mmd");
      write(diagram, MermaidDiagram.of(net).render());
      out.println("  Mermaid diagram written to " + diagram.toAbsolutePath());
      out.println("  Kubernetes YAML written to " + options.outputDir().resolve(network.name() + "-manifests.yaml").toAbsolutePath());
      return again.hasChanges() ? 1 : 0;
    }
  }

  private OciNetworkProvider fakeProvider(FakeOci fake, boolean realistic) {
    OciNetworkProvider.Builder builder = OciNetworkProvider.builder()
        .virtualNetwork(fake.virtualNetwork())
        .containerEngine(fake.containerEngine())
        .networkLoadBalancer(fake.networkLoadBalancer())
        .identity(fake.identity())   // lists the availability domains node pools go in
        .listener(new ProgressDisplay(out, realistic ? fake.clock()::elapsed : () -> Duration.ZERO, realistic));
    if (realistic) {
      builder.waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));
    }
    return builder.build();
  }

  private int againstTenancy(ResolvedNetwork net, SampleOptions options) {
    String profile = options.ociProfile().get();
    OciNetworkProvider.Builder builder;
    try {
      builder = options.ociConfig().isPresent()
          ? OciNetworkProvider.fromConfigFile(options.ociConfig().get(), profile, null)
          : OciNetworkProvider.fromConfigFile(profile);
      if (options.ociEndpoint().isPresent()) {
        builder.endpoint(options.ociEndpoint().get());
      }
      if (!options.availabilityDomains().isEmpty()) {
        builder.availabilityDomains(options.availabilityDomains());   // else all the tenancy's, as Identity lists them
      }
    } catch (RuntimeException e) {
      // A missing config file or profile is the user's to fix, not a stack trace to read.
      out.println("Could not use OCI config profile " + profile + ": " + e.getMessage());
      return 1;
    }
    try (OciNetworkProvider provider = builder
        .listener(new ProgressDisplay(out, RealTime.since(System.nanoTime()), false)).build()) {
      heading("3. Plan (against the tenancy of OCI config profile " + profile + ")");
      Plan plan = provider.plan(net);
      out.println(plan.render());
      if (!options.applyToOci()) {
        out.println("Not applied: add --apply to apply this plan.");
        return 0;
      }
      heading("4. Apply");
      ApplyResult result = provider.apply(plan);
      out.println(result);
      return result.isSuccess() ? 0 : 1;
    }
  }

  private void heading(String title) {
    out.println();
    out.println("━━ " + title);
    out.println();
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file.toAbsolutePath() + ": " + e.getMessage()
          + ". Pass --out DIR with a writable folder.", e);
    }
  }

  /** Real elapsed time, for the progress display on a real tenancy. */
  private static final class RealTime {
    static java.util.function.Supplier<Duration> since(long startNanos) {
      return () -> Duration.ofNanos(System.nanoTime() - startNanos);
    }
  }
}
