package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Port;
import java.util.Arrays;
import java.util.List;

/** The one class behind {@link NetworkPolicy#in}'s steps. */
final class Steps implements NetworkPolicy.Start, NetworkPolicy.AllowFrom, NetworkPolicy.AllowTo {
  private final String namespace;
  private PolicyPeer source;
  private PolicyPeer destination;

  Steps(String namespace) {
    this.namespace = namespace;
  }

  @Override
  public NetworkPolicy.DefaultDeny defaultDeny() {
    return new NetworkPolicy.DefaultDeny(namespace, "default-deny", true, true);
  }

  @Override
  public NetworkPolicy.DefaultDeny defaultDenyIngress() {
    return new NetworkPolicy.DefaultDeny(namespace, "default-deny-ingress", true, false);
  }

  @Override
  public NetworkPolicy.DefaultDeny defaultDenyEgress() {
    return new NetworkPolicy.DefaultDeny(namespace, "default-deny-egress", false, true);
  }

  @Override
  public NetworkPolicy.Allow allowDnsEgress() {
    return new NetworkPolicy.Allow(namespace, "allow-dns-egress", PolicyPeer.allPods(), PolicyPeer.KUBE_DNS, List.of(Port.udp(53), Port.tcp(53)));
  }

  @Override
  public NetworkPolicy.AllowFrom allow(PolicyPeer from) {
    this.source = Require.notNull(from, "NetworkPolicy.in(..).allow(source): source", "Give a source, e.g. PolicyPeer.pods(\"app=web\").");
    return this;
  }

  @Override
  public NetworkPolicy.AllowTo to(PolicyPeer to) {
    this.destination = Require.notNull(to, "NetworkPolicy.in(..).allow(..).to(destination): destination",
        "Give a destination, e.g. PolicyPeer.pods(\"app=api\").");
    return this;
  }

  @Override
  public NetworkPolicy.Allow on(Port... ports) {
    Require.elements(ports, "NetworkPolicy.in(..).allow(..).to(..).on(ports)", "ports", "Give ports, e.g. Port.tcp(8080), or use onAnyPort().");
    return new NetworkPolicy.Allow(namespace, defaultName(), source, destination, Arrays.asList(ports));
  }

  @Override
  public NetworkPolicy.Allow onAnyPort() {
    return on();
  }

  private String defaultName() {
    String name = "allow-" + slug(source) + "-to-" + slug(destination);
    name = name.length() > 63 ? name.substring(0, 63) : name;
    return name.replaceAll("-+$", "");
  }

  private static String slug(PolicyPeer peer) {
    String raw;
    if (peer instanceof PolicyPeer.Namespace n) {
      raw = "ns-" + n.namespace();
    } else if (peer instanceof PolicyPeer.IpBlock b) {
      raw = b.cidr().toString();
    } else {
      PolicyPeer.Pods p = (PolicyPeer.Pods) peer;
      raw = p.selector().isAll() ? "all" : String.join("-", p.selector().labels().values());
      raw = p.namespace().map(ns -> ns + "-").orElse("") + raw;
    }
    return raw.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
