package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.okenet.vcn.Cidr;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Selector;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityRule;
import java.io.IOException;
import java.util.List;

/**
 * Route rules, security rules and NetworkPolicy peers: small hand-written model classes whose
 * documents are objects of the model's short texts.
 *
 * <pre>{@code
 * {"destination": "10.50.0.0/16", "target": "LPG shared", "description": "to shared services"}
 * {"direction": "INGRESS", "peer": "192.168.0.0/16", "port": "TCP 22", "stateful": false}
 * {"pods": "app=web"}  {"namespace": "kube-system", "pods": "k8s-app=kube-dns"}  {"namespace": "x"}  {"cidr": "10.0.0.0/8"}
 * }</pre>
 */
final class RuleForms {
  private RuleForms() {}

  /** A CIDR or "Oracle Services Network", to a gateway; the description is left out when empty. */
  static final ObjectForm<RouteRule> ROUTE_RULE = new ObjectForm<>(RouteRule.class,
      "destination", String.class, "target", RouteTarget.class, "description", String.class) {
    @Override
    void write(RouteRule r, JsonGenerator gen) throws IOException {
      gen.writeStringField("destination", r.destinationText());
      gen.writeStringField("target", TextForms.ROUTE_TARGET.format(r.target()));
      if (!r.description().isEmpty()) {
        gen.writeStringField("description", r.description());
      }
    }

    @Override
    RouteRule read(Fields f) throws IOException {
      String destination = f.required("destination", "\"destination\": \"192.168.0.0/16\"");
      RouteTarget target = f.required("target", "\"target\": \"DRG\"");
      RouteRule rule;
      if (TextForms.isServiceNetwork(destination)) {
        rule = f.at(() -> RouteRule.toServiceNetwork(target), "target");
      } else {
        Cidr cidr = f.at(() -> Cidr.of(destination), "destination");
        // The rule refuses the service gateway for a CIDR: the target is what to change.
        rule = f.at(() -> RouteRule.to(cidr, target), "target");
      }
      RouteRule built = rule;
      return f.has("description") ? f.at(() -> built.withDescription(f.get("description")), "description") : rule;
    }
  };

  /** Stateful unless {@code "stateful": false}; the description is left out when empty. */
  static final ObjectForm<SecurityRule> SECURITY_RULE = new ObjectForm<>(SecurityRule.class,
      "direction", Direction.class, "peer", Peer.class, "port", Port.class, "stateful", Boolean.class, "description", String.class) {
    @Override
    void write(SecurityRule r, JsonGenerator gen) throws IOException {
      gen.writeStringField("direction", r.direction().name());
      gen.writeStringField("peer", TextForms.PEER.format(r.peer()));
      gen.writeStringField("port", TextForms.PORT.format(r.port()));
      if (!r.isStateful()) {
        gen.writeBooleanField("stateful", false);
      }
      if (!r.description().isEmpty()) {
        gen.writeStringField("description", r.description());
      }
    }

    @Override
    SecurityRule read(Fields f) throws IOException {
      Direction direction = f.required("direction", "\"direction\": \"INGRESS\"");
      Peer peer = f.required("peer", "\"peer\": \"10.0.0.0/16\"");
      Port port = f.required("port", "\"port\": \"TCP 443\"");
      SecurityRule rule = direction == Direction.INGRESS ? SecurityRule.ingress(peer, port) : SecurityRule.egress(peer, port);
      if (!f.get("stateful", Boolean.TRUE)) {
        rule = rule.withStateful(false);
      }
      SecurityRule built = rule;
      return f.has("description") ? f.at(() -> built.withDescription(f.get("description")), "description") : rule;
    }
  };

  /**
   * The kind follows from the fields present: cidr; pods (with an optional namespace); or a
   * namespace alone (every pod of it). {@code "pods": ""} selects all pods and differs from a
   * namespace alone, so a selector is written even when empty.
   */
  static final ObjectForm<PolicyPeer> POLICY_PEER = new ObjectForm<>(PolicyPeer.class,
      "namespace", String.class, "pods", String.class, "cidr", String.class) {
    @Override
    void write(PolicyPeer p, JsonGenerator gen) throws IOException {
      if (p instanceof PolicyPeer.IpBlock b) {
        gen.writeStringField("cidr", b.cidr().toString());
      } else if (p instanceof PolicyPeer.Namespace n) {
        gen.writeStringField("namespace", n.namespace());
      } else {
        PolicyPeer.Pods pods = (PolicyPeer.Pods) p;
        if (pods.namespace().isPresent()) {
          gen.writeStringField("namespace", pods.namespace().get());
        }
        gen.writeStringField("pods", TextForms.SELECTOR.format(pods.selector()));
      }
    }

    @Override
    PolicyPeer read(Fields f) throws IOException {
      String namespace = f.get("namespace");
      String pods = f.get("pods");
      if (f.has("cidr")) {
        if (pods != null || namespace != null) {
          throw f.fail("a peer is a cidr, or pods and/or a namespace, not both. Remove cidr or the other fields.");
        }
        return f.at(() -> PolicyPeer.cidr(f.get("cidr")), "cidr");
      }
      if (pods != null) {
        f.at(() -> Selector.parse(pods), "pods");
        return f.at(() -> namespace == null ? PolicyPeer.pods(pods) : PolicyPeer.pods(namespace, pods), "namespace");
      }
      if (namespace != null) {
        return f.at(() -> PolicyPeer.namespace(namespace), "namespace");
      }
      throw f.fail("this peer names nothing. Give {\"pods\": \"app=web\"}, {\"namespace\": \"ingress-nginx\"}, "
          + "{\"namespace\": \"kube-system\", \"pods\": \"k8s-app=kube-dns\"} or {\"cidr\": \"10.0.0.0/8\"}.");
    }
  };

  static final List<ObjectForm<?>> ALL = List.of(ROUTE_RULE, SECURITY_RULE, POLICY_PEER);
}
