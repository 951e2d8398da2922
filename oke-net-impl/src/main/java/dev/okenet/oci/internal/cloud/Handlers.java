package dev.okenet.oci.internal.cloud;

import dev.okenet.oci.ResourceType;
import java.util.EnumMap;
import java.util.Map;

/** The handler of each resource kind. */
public final class Handlers {
  private final Map<ResourceType, KindHandler> byType = new EnumMap<>(ResourceType.class);
  private final NsgHandler nsgs = new NsgHandler();

  /** The network handlers, plus the cluster handlers when given. */
  public Handlers(KindHandler... extra) {
    for (KindHandler h : new KindHandler[] {new VcnHandler(), new DrgHandler(), new InternetGatewayHandler(),
        new NatGatewayHandler(), new ServiceGatewayHandler(), new LocalPeeringGatewayHandler(), new DrgAttachmentHandler(), new RemotePeeringConnectionHandler(),
        new RouteTableHandler(), new SecurityListHandler(false), new SecurityListHandler(true), nsgs, new SubnetHandler()}) {
      byType.put(h.type(), h);
    }
    for (KindHandler h : extra) {
      byType.put(h.type(), h);
    }
  }

  /** The handler of {@code type}. */
  public KindHandler of(ResourceType type) {
    KindHandler h = byType.get(type);
    if (h == null) {
      throw new IllegalStateException("No handler for " + type.label() + "s: the provider was built without the client they need.");
    }
    return h;
  }

  /** Whether {@code type} is handled. */
  public boolean handles(ResourceType type) {
    return byType.containsKey(type);
  }

  /** The NSG handler (it also syncs rules). */
  public NsgHandler nsgs() {
    return nsgs;
  }
}
