package dev.okenet.render.internal;

import static dev.okenet.render.internal.Read.at;
import static dev.okenet.render.internal.Read.enumValue;
import static dev.okenet.render.internal.Read.flag;
import static dev.okenet.render.internal.Read.required;

import dev.okenet.Cidr;
import dev.okenet.render.ModelFormatException;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityRule;

/** Reads route rules, security rules and ports from their schema texts. */
final class RuleReader {
  private RuleReader() {}

  static RouteRule route(JsonPath path, Schema.Route d) {
    String destination = required(path.field("destination"), d.destination(), "\"destination\": \"192.168.0.0/16\"");
    RouteTarget target = at(path.field("target"), () -> RouteTargetText.parse(required(path.field("target"), d.target(), "\"target\": \"DRG\"")));
    // The rule itself refuses a service gateway paired with anything but the Oracle Services Network; the target is what to change.
    RouteRule rule = PeerText.isServiceNetwork(destination) ? at(path.field("target"), () -> RouteRule.toServiceNetwork(target))
        : at(path.field("target"), () -> RouteRule.to(at(path.field("destination"), () -> Cidr.of(destination)), target));
    return d.description() == null ? rule : rule.withDescription(d.description());
  }

  static SecurityRule rule(JsonPath path, Schema.Rule d) {
    Direction direction = enumValue(path.field("direction"), Direction.class,
        required(path.field("direction"), d.direction(), "\"direction\": \"INGRESS\""));
    Peer peer = at(path.field("peer"), () -> PeerText.parse(required(path.field("peer"), d.peer(), "\"peer\": \"10.0.0.0/16\"")));
    Port port = port(path.field("port"), required(path.field("port"), d.port(), "\"port\": \"TCP 443\""));
    SecurityRule rule = direction == Direction.INGRESS ? SecurityRule.ingress(peer, port) : SecurityRule.egress(peer, port);
    if (!flag(d.stateful(), true)) {
      rule = rule.stateless();
    }
    if (d.description() != null) {
      SecurityRule r = rule;
      rule = at(path.field("description"), () -> r.withDescription(d.description()));
    }
    return rule;
  }

  static Port port(JsonPath path, String text) {
    return Port.parse(text).orElseThrow(() -> new ModelFormatException(path.toString(), "'" + text
        + "' is not a port. Write e.g. \"TCP 443\", \"TCP 30000-32767\", \"UDP 53\", \"TCP all\", \"ICMP 3/4\", \"ICMP all\" or \"all\"."));
  }
}
