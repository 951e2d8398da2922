package dev.okenet.oci.internal.cluster;

import com.oracle.bmc.containerengine.model.NodeSourceOption;
import com.oracle.bmc.containerengine.model.NodeSourceViaImageOption;
import com.oracle.bmc.containerengine.requests.GetNodePoolOptionsRequest;
import dev.okenet.oci.internal.cloud.CloudContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where node pools put their nodes and what they boot: the availability domains given to the
 * provider (OCI names them per tenancy, e.g. {@code Uocm:US-ASHBURN-AD-1}; without them
 * {@link AvailabilityDomains} lists the tenancy's through Identity, never guessing) and the node
 * image, given by name or looked up once per compartment with
 * {@code ContainerEngine.GetNodePoolOptions("all")}: the newest Oracle Linux OKE
 * image built for the cluster's Kubernetes version and the shape's architecture (Arm shapes
 * {@code *.A1.*}, {@code *.A2.*}, {@code *.A4.*} take {@code aarch64} images, GPU shapes the
 * {@code GPU} ones), as OKE's own image names say
 * (e.g. {@code Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760}).
 *
 * <pre>{@code
 * NodePlacement p = NodePlacement.of(List.of("Uocm:US-ASHBURN-AD-1"), Optional.empty());
 * NodeImage image = p.image("v1.31.1", "VM.Standard.E5.Flex", ctx);
 * }</pre>
 */
public final class NodePlacement {
  private final List<String> availabilityDomains;
  private final Optional<String> imageName;
  private final Map<String, List<NodeSourceViaImageOption>> optionsByCompartment = new ConcurrentHashMap<>();

  private NodePlacement(List<String> availabilityDomains, Optional<String> imageName) {
    this.availabilityDomains = List.copyOf(availabilityDomains);
    this.imageName = imageName;
  }

  /**
   * @param availabilityDomains the ADs the user gave for node pools (one placement each); empty
   *     to have the tenancy's listed
   * @param imageName the node image's name when the user gives it; else looked up
   */
  public static NodePlacement of(List<String> availabilityDomains, Optional<String> imageName) {
    return new NodePlacement(availabilityDomains, imageName);
  }

  /** The availability domains given (possibly none: then {@link AvailabilityDomains} lists them). */
  public List<String> availabilityDomains() {
    return availabilityDomains;
  }

  /** {@code domains} (as a plan found them), or the error that says how to have them. */
  public static List<String> require(List<String> domains, String what) {
    if (domains.isEmpty()) {
      throw new IllegalStateException(missingDomains(what));
    }
    return domains;
  }

  /** The message when {@code what} (e.g. "node pool 'general'") needs availability domains and there are none. */
  public static String missingDomains(String what) {
    return "Creating " + what + " needs the availability domains to place its nodes in, and the provider can neither list "
        + "them (it has no Identity client) nor was given them. OCI names them per tenancy (e.g. \"Uocm:US-ASHBURN-AD-1\"). "
        + "Build the provider with fromConfigFile(...) or fromInstancePrincipals(...), which list them, or pass "
        + "OciNetworkProvider.builder().identity(client) (on FakeOci: fake.identity()), or name them with "
        + "builder().availabilityDomains(List.of(...)) ('oci iam availability-domain list').";
  }

  /** The image a node pool of {@code shape} on Kubernetes {@code kubernetesVersion} boots. */
  public NodeImage image(String kubernetesVersion, String shape, CloudContext ctx) {
    if (imageName.isPresent()) {
      return NodeImage.named(imageName.get());
    }
    if (!ctx.hasContainerEngine()) {
      throw new IllegalStateException("Node pool requests need a node image, and the provider has neither a name for it nor a "
          + "ContainerEngine client to look one up. Pass builder().nodeImage(\"Oracle-Linux-…-OKE-…\") or a ContainerEngine client.");
    }
    List<NodeSourceViaImageOption> options = optionsByCompartment.computeIfAbsent(ctx.compartmentId(), c -> ctx.call(
        "getNodePoolOptions", () -> ctx.ce().getNodePoolOptions(GetNodePoolOptionsRequest.builder().nodePoolOptionId("all")
            .compartmentId(c).build())).getNodePoolOptions().getSources().stream().filter(NodeSourceViaImageOption.class::isInstance)
        .map(NodeSourceViaImageOption.class::cast).toList());
    return choose(options, kubernetesVersion, shape).orElseThrow(() -> new IllegalStateException("GetNodePoolOptions offers no "
        + "Oracle Linux OKE image for Kubernetes " + kubernetesVersion + " on shape " + shape + " (" + options.size()
        + " images offered). Use a Kubernetes version OKE supports in this region, or name the image with builder().nodeImage(...)."));
  }

  /** The newest matching image among {@code options}. */
  static Optional<NodeImage> choose(List<NodeSourceViaImageOption> options, String kubernetesVersion, String shape) {
    String version = kubernetesVersion.startsWith("v") ? kubernetesVersion.substring(1) : kubernetesVersion;
    String s = shape.toUpperCase(Locale.ROOT);
    boolean arm = s.contains(".A1.") || s.contains(".A2.") || s.contains(".A4.");
    boolean gpu = s.contains("GPU");
    return options.stream().filter(o -> o.getSourceName() != null && o.getImageId() != null)
        .filter(o -> o.getSourceName().contains("-OKE-" + version + "-"))
        .filter(o -> o.getSourceName().contains("aarch64") == arm)
        .filter(o -> o.getSourceName().contains("GPU") == gpu)
        .max(Comparator.comparing(NodeSourceOption::getSourceName))
        .map(o -> new NodeImage(o.getSourceName(), Optional.of(o.getImageId())));
  }

  /**
   * A node image.
   *
   * @param name its name, e.g. "Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760"
   * @param imageId its OCID when looked up (sent as the node source); empty when only named
   */
  public record NodeImage(String name, Optional<String> imageId) {
    /** An image known by name only (sent as {@code nodeImageName}). */
    public static NodeImage named(String name) {
      return new NodeImage(name, Optional.empty());
    }
  }
}
