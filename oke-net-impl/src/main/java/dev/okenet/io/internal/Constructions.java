package dev.okenet.io.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.cluster.Cni;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Service;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import java.util.List;
import java.util.Map;

/**
 * The model types read through their DSL factories (see {@link Construction}), and why:
 * <ul>
 *   <li>{@link Shape}: a flexible shape's VNICs follow from its OCPUs, a fixed one's come from the
 *       built-in table or the document, and the factories hold the ranges.
 *   <li>{@link DrgAttachment}: which of resourceId and peerRegion a kind needs, and which OCID type.
 *   <li>{@link PodNetworking}: flannel without a pods CIDR takes the default 10.244.0.0/16.
 *   <li>{@link Nsg} and {@link SecurityList}: hand-written values without a builder; the name
 *       through {@code named(..)}, which checks it as a key name, the rules in one bulk copy.
 *   <li>{@link Service}: {@link KubeConstructions}.
 * </ul>
 */
final class Constructions {
  private Constructions() {}

  static final Map<Class<?>, Construction> ALL = Map.of(
      Shape.class, Constructions::shape,
      Nsg.class, Constructions::nsg,
      SecurityList.class, Constructions::securityList,
      DrgAttachment.class, Constructions::drgAttachment,
      PodNetworking.class, Constructions::podNetworking,
      Service.class, KubeConstructions::service);

  /** Flexible when OCPUs are given (VNICs follow from them), else an explicit VNIC count, else the built-in table. */
  private static Shape shape(Fields f) throws ValueProblem {
    String name = f.required("name", "\"name\": \"VM.Standard.E5.Flex\"");
    Integer vnics = f.get("vnics");
    if (f.has("ocpus")) {
      Shape flex = f.at(() -> Shape.flex(name, f.get("ocpus")), "ocpus");
      if (vnics != null && vnics != flex.vnics()) {
        throw f.fail("flexible shape " + name + " with " + f.get("ocpus") + " OCPUs gets " + flex.vnics() + " VNICs, not " + vnics
            + ". Remove vnics (it follows from ocpus), or remove ocpus to give the VNIC count yourself.", "vnics");
      }
      return flex;
    }
    return vnics != null ? f.at(() -> Shape.of(name, vnics), "vnics") : f.at(() -> Shape.fixed(name), "name");
  }

  private static DrgAttachment drgAttachment(Fields f) throws ValueProblem {
    String name = f.required("name", "\"name\": \"onprem\"");
    DrgAttachment.Kind kind = f.required("kind", "\"kind\": \"IPSEC_VPN\"");
    List<Cidr> cidrs = f.get("reachableCidrs", List.of());
    String[] texts = cidrs.stream().map(Cidr::toString).toArray(String[]::new);
    String resourceId = f.get("resourceId");
    if (kind == DrgAttachment.Kind.REMOTE_PEERING) {
      String region = f.required("peerRegion", "\"peerRegion\": \"us-phoenix-1\"");
      DrgAttachment rpc = f.at(() -> DrgAttachment.remotePeering(name, region, texts));
      // For remote peering, resourceId is the peer region's RPC to connect to (optional).
      return resourceId == null ? rpc : f.at(() -> rpc.withPeerConnectionId(resourceId), "resourceId");
    }
    if (f.has("peerRegion")) {
      throw f.fail("only REMOTE_PEERING attachments have a peerRegion; " + kind + " has resourceId. Remove peerRegion.", "peerRegion");
    }
    String id = f.required("resourceId", kind == DrgAttachment.Kind.IPSEC_VPN
        ? "\"resourceId\": \"ocid1.ipsecconnection.oc1…\"" : "\"resourceId\": \"ocid1.virtualcircuit.oc1…\"");
    // The id alone first (beside a valid name and CIDR), so that a malformed OCID is reported at resourceId.
    f.at(() -> attachment(kind, "onprem", id, "10.0.0.0/8"), "resourceId");
    return f.at(() -> attachment(kind, name, id, texts));
  }

  private static DrgAttachment attachment(DrgAttachment.Kind kind, String name, String id, String... cidrs) {
    return kind == DrgAttachment.Kind.IPSEC_VPN ? DrgAttachment.ipsecVpn(name, id, cidrs) : DrgAttachment.fastConnect(name, id, cidrs);
  }

  private static PodNetworking podNetworking(Fields f) throws ValueProblem {
    Cni cni = f.required("cni", "\"cni\": \"VCN_NATIVE\"");
    Cidr podsCidr = f.get("podsCidr");
    if (cni == Cni.VCN_NATIVE) {
      if (podsCidr != null) {
        throw f.fail("VCN-native pods take addresses from the pods subnet, not from podsCidr " + podsCidr
            + ". Remove podsCidr, or set \"cni\": \"FLANNEL\".", "podsCidr");
      }
      return PodNetworking.vcnNative();
    }
    return podsCidr == null ? PodNetworking.flannel() : f.at(() -> PodNetworking.flannel(podsCidr.toString()), "podsCidr");
  }

  private static Nsg nsg(Fields f) throws ValueProblem {
    String name = f.required("name", "\"name\": \"bastion\"");
    Nsg named = f.at(() -> Nsg.named(name), "name");
    List<SecurityRule> rules = f.get("rules", List.of());
    return f.at(() -> named.addAllRules(rules), "rules");
  }

  private static SecurityList securityList(Fields f) throws ValueProblem {
    String name = f.required("name", "\"name\": \"monitoring\"");
    SecurityList named = f.at(() -> SecurityList.named(name), "name");
    List<SecurityRule> rules = f.get("rules", List.of());
    return f.at(() -> named.addAllRules(rules), "rules");
  }
}
