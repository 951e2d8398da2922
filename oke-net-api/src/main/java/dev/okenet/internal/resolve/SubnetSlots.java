package dev.okenet.internal.resolve;

import dev.okenet.OkeNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists an intent's subnets in carving order: roles (API, workers, pods, LBs), then extras. */
public final class SubnetSlots {
  private SubnetSlots() {}

  /** The slots of {@code network}, in carving order. */
  public static List<SubnetSlot> of(OkeNetwork network) {
    List<SubnetSlot> slots = new ArrayList<>();
    for (Map.Entry<SubnetRole, Subnet> e : network.roleSubnets().entrySet()) {
      slots.add(new SubnetSlot(ResourceKey.subnet(e.getKey()), e.getKey(), e.getKey().key(), e.getValue()));
    }
    for (Subnet s : network.extraSubnets()) {
      String name = s.name().orElse("extra");
      slots.add(new SubnetSlot(ResourceKey.extraSubnet(name), SubnetRole.CUSTOM, name, s));
    }
    return slots;
  }
}
