package dev.okenet.key;

import dev.okenet.vcn.SubnetRole;
import java.util.Optional;

/**
 * The one codec between {@link ResourceKey}s and their text, the {@code okenet.key} tag's value.
 * Both directions live here, side by side, so that a new kind is added to both at once; the text
 * of every kind is the one oke-net has always written (a test reads tags written before this type
 * existed).
 */
final class KeyCodec {
  static final String FORMS = "vcn, subnet:<role>, subnet:extra:<name>, route-table:<subnet>, security-list:<subnet>, "
      + "security-list:<subnet>:<name>, default-security-list, nsg:<role>, nsg:custom:<name>, igw, nat, sgw, lpg:<name>, drg, "
      + "drg-attachment:vcn, rpc:<name>, cluster, node-pool:<name>, nlb:ingress:<namespace>/<name> (role: api, workers, pods, "
      + "lb-public or lb-internal; subnet: <role> or extra:<name>)";

  private static final String EXTRA = "extra:";
  private static final String CUSTOM = "custom:";
  private static final String INGRESS = "ingress:";

  private KeyCodec() {}

  static String format(ResourceKey key) {
    if (key instanceof VcnKey) {
      return "vcn";
    } else if (key instanceof RoleSubnetKey || key instanceof ExtraSubnetKey) {
      return "subnet:" + ((SubnetKey) key).suffix();
    } else if (key instanceof RouteTableKey) {
      return "route-table:" + ((RouteTableKey) key).subnet().suffix();
    } else if (key instanceof SecurityListKey) {
      return "security-list:" + ((SecurityListKey) key).subnet().suffix();
    } else if (key instanceof NamedSecurityListKey) {
      NamedSecurityListKey k = (NamedSecurityListKey) key;
      return "security-list:" + k.subnet().suffix() + ":" + k.name();
    } else if (key instanceof DefaultSecurityListKey) {
      return "default-security-list";
    } else if (key instanceof RoleNsgKey) {
      return "nsg:" + ((RoleNsgKey) key).role().key();
    } else if (key instanceof CustomNsgKey) {
      return "nsg:" + CUSTOM + ((CustomNsgKey) key).name();
    } else if (key instanceof InternetGatewayKey) {
      return "igw";
    } else if (key instanceof NatGatewayKey) {
      return "nat";
    } else if (key instanceof ServiceGatewayKey) {
      return "sgw";
    } else if (key instanceof LocalPeeringGatewayKey) {
      return "lpg:" + ((LocalPeeringGatewayKey) key).name();
    } else if (key instanceof DrgKey) {
      return "drg";
    } else if (key instanceof DrgAttachmentKey) {
      return "drg-attachment:vcn";
    } else if (key instanceof RemotePeeringKey) {
      return "rpc:" + ((RemotePeeringKey) key).name();
    } else if (key instanceof ClusterKey) {
      return "cluster";
    } else if (key instanceof NodePoolKey) {
      return "node-pool:" + ((NodePoolKey) key).name();
    } else {
      IngressNlbKey k = (IngressNlbKey) key;
      return "nlb:" + INGRESS + k.namespace() + "/" + k.name();
    }
  }

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong and listing the forms
   */
  static ResourceKey parse(String text) {
    try {
      ResourceKey key = read(text);
      if (key == null) {
        throw refusal(text, "no key has this form");
      }
      return key;
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(REFUSAL)) {
        throw e;
      }
      throw refusal(text, e.getMessage());
    }
  }

  private static final String REFUSAL = "okenet.key '";

  private static IllegalArgumentException refusal(String text, String why) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return new IllegalArgumentException(REFUSAL + shown.replaceAll("\\p{Cntrl}", "?") + "' is not a logical key oke-net writes ("
        + why + "), so oke-net treats the resource carrying it as not its own. Keys have these forms: " + FORMS + ".");
  }

  /** The key, or null when the text has no known form; a bad name fails in the record's constructor. */
  private static ResourceKey read(String text) {
    switch (text) {
      case "vcn":
        return VcnKey.INSTANCE;
      case "default-security-list":
        return DefaultSecurityListKey.INSTANCE;
      case "igw":
        return InternetGatewayKey.INSTANCE;
      case "nat":
        return NatGatewayKey.INSTANCE;
      case "sgw":
        return ServiceGatewayKey.INSTANCE;
      case "drg":
        return DrgKey.INSTANCE;
      case "drg-attachment:vcn":
        return DrgAttachmentKey.INSTANCE;
      case "cluster":
        return ClusterKey.INSTANCE;
      default:
        break;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String rest = text.substring(colon + 1);
    switch (text.substring(0, colon)) {
      case "subnet":
        return subnet(rest);
      case "route-table":
        return new RouteTableKey(subnet(rest));
      case "security-list":
        return securityList(rest);
      case "nsg":
        return rest.startsWith(CUSTOM) ? new CustomNsgKey(rest.substring(CUSTOM.length())) : new RoleNsgKey(role(rest));
      case "lpg":
        return new LocalPeeringGatewayKey(rest);
      case "rpc":
        return new RemotePeeringKey(rest);
      case "node-pool":
        return new NodePoolKey(rest);
      case "nlb":
        return ingressNlb(rest);
      default:
        return null;
    }
  }

  /** "workers" or "extra:bastion". */
  private static SubnetKey subnet(String suffix) {
    return suffix.startsWith(EXTRA) ? new ExtraSubnetKey(suffix.substring(EXTRA.length())) : new RoleSubnetKey(role(suffix));
  }

  /** "workers", "workers:monitoring", "extra:db" or "extra:db:monitoring". */
  private static RuleSetKey securityList(String rest) {
    int subnetEnd = rest.startsWith(EXTRA) ? rest.indexOf(':', EXTRA.length()) : rest.indexOf(':');
    if (subnetEnd < 0) {
      return new SecurityListKey(subnet(rest));
    }
    return new NamedSecurityListKey(subnet(rest.substring(0, subnetEnd)), rest.substring(subnetEnd + 1));
  }

  private static IngressNlbKey ingressNlb(String rest) {
    if (!rest.startsWith(INGRESS)) {
      throw new IllegalArgumentException("an NLB key reads nlb:ingress:<namespace>/<name>");
    }
    String service = rest.substring(INGRESS.length());
    int slash = service.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("the ingress NLB's Service is not <namespace>/<name>");
    }
    return new IngressNlbKey(service.substring(0, slash), service.substring(slash + 1));
  }

  private static SubnetRole role(String key) {
    Optional<SubnetRole> role = java.util.Arrays.stream(SubnetRole.values())
        .filter(r -> r != SubnetRole.CUSTOM && r.key().equals(key)).findFirst();
    return role.orElseThrow(() -> new IllegalArgumentException("'" + key + "' is no role: roles are api, workers, pods, lb-public and lb-internal"));
  }
}
