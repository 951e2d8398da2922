package dev.okenet.cluster;

import dev.okenet.internal.Require;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A compute shape and how many VNICs its instances get: VCN-native pod networking puts pods on
 * the secondary VNICs, so the VNIC count caps pods per node at (VNICs − 1) × 31.
 *
 * <p>Flexible AMD and Intel VM shapes get one VNIC per OCPU, at least 2 and at most 24 (Oracle's
 * documented figure; verify for new shapes). Fixed shapes come from a small table; pass the VNIC
 * count explicitly with {@link #of(String, int)} for shapes it lacks or to override it.
 *
 * <pre>{@code
 * Shape.flex("VM.Standard.E5.Flex", 4)      // 4 OCPUs → 4 VNICs → up to 93 pods
 * Shape.fixed("VM.Standard2.2")             // 2 VNICs from the table
 * Shape.of("BM.GPU.H100.8", 24)             // explicit VNIC count
 * }</pre>
 */
@Value.Immutable
public abstract class Shape {
  /** The fewest VNICs a flexible VM shape gets. */
  public static final int FLEX_MIN_VNICS = 2;
  /** The most VNICs a flexible VM shape gets. */
  public static final int FLEX_MAX_VNICS = 24;

  private static final Map<String, Integer> FIXED_SHAPE_VNICS = Map.ofEntries(
      Map.entry("VM.Standard2.1", 2),
      Map.entry("VM.Standard2.2", 2),
      Map.entry("VM.Standard2.4", 4),
      Map.entry("VM.Standard2.8", 8),
      Map.entry("VM.Standard2.16", 16),
      Map.entry("VM.Standard2.24", 24),
      Map.entry("VM.Standard.E2.1", 2),
      Map.entry("VM.Standard.E2.2", 2),
      Map.entry("VM.Standard.E2.4", 4),
      Map.entry("VM.Standard.E2.8", 8),
      Map.entry("BM.Standard2.52", 24),
      Map.entry("BM.Standard.E4.128", 24),
      Map.entry("BM.Standard.E5.192", 24));

  /** The shape name, e.g. "VM.Standard.E5.Flex". */
  public abstract String name();

  /** OCPUs, for flexible shapes. */
  public abstract Optional<Integer> ocpus();

  /** VNICs an instance of this shape gets. */
  public abstract int vnics();

  /** A flexible shape with this many OCPUs; VNICs = OCPUs, clamped to 2..24. */
  public static Shape flex(String name, int ocpus) {
    Require.nonBlank(name, "Shape name", "\"VM.Standard.E5.Flex\"");
    Require.between(ocpus, 1, 256, "Shape " + name + " OCPUs");
    int vnics = Math.max(FLEX_MIN_VNICS, Math.min(FLEX_MAX_VNICS, ocpus));
    return ImmutableShape.builder().name(name).ocpus(ocpus).vnics(vnics).build();
  }

  /** A fixed shape from the built-in table. */
  public static Shape fixed(String name) {
    Require.notNull(name, "Shape.fixed(name): name", "Give a fixed shape's name, e.g. \"VM.Standard2.2\".");
    Integer vnics = FIXED_SHAPE_VNICS.get(name);
    if (vnics == null) {
      throw new IllegalArgumentException(
          "Shape '" + name + "' is not in oke-net's VNIC table (" + FIXED_SHAPE_VNICS.size()
              + " fixed shapes). Give its VNIC count: Shape.of(\"" + name + "\", vnics), or Shape.flex(name, ocpus) for a flexible shape.");
    }
    return of(name, vnics);
  }

  /** Any shape, with an explicit VNIC count (1..24 for VMs; more for some bare metal). */
  public static Shape of(String name, int vnics) {
    Require.nonBlank(name, "Shape name", "\"VM.Standard.E5.Flex\"");
    Require.between(vnics, 1, 256, "Shape " + name + " VNICs");
    return ImmutableShape.builder().name(name).vnics(vnics).build();
  }

  /** Whether this is a flexible shape (OCPUs chosen per instance). */
  public boolean isFlexible() {
    return ocpus().isPresent();
  }

  /**
   * The most pods a node of this shape can run with VCN-native pod networking:
   * min((VNICs − 1) × 31, 110).
   */
  public int vcnNativeMaxPods() {
    return Math.min((vnics() - 1) * PodNetworking.IPS_PER_POD_VNIC, PodNetworking.KUBERNETES_MAX_PODS_PER_NODE);
  }

  /** E.g. "VM.Standard.E5.Flex (4 OCPUs, 4 VNICs)". */
  public String describe() {
    return name() + ocpus().map(o -> " (" + o + " OCPUs, " + vnics() + " VNICs)").orElse(" (" + vnics() + " VNICs)");
  }
}
